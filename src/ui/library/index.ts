export { CountHeading, countText } from './CountHeading';
export { ErrorAlert } from './ErrorAlert';
export { ExchangePanel } from './ExchangePanel';
export { HighlightList } from './HighlightList';
export type { ImportState } from './ImportReport';
export type { ImportChoice } from './ImportSection';
export { LibraryHeader } from './LibraryHeader';
export {
  filterChoices,
  filterHighlights,
  fold,
  NO_FILTERS,
  OTHER_PAGES,
  siteOf,
  type FilterChoices,
  type LibraryContext,
  type LibraryFilters,
} from './model';
export { NoteText } from './NoteText';
export { Toolbar } from './Toolbar';
export { UndoToast } from './UndoToast';
