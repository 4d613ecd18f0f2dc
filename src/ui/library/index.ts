export { CountHeading, countText } from './CountHeading';
export { ExchangePanel, type ImportChoice, type ImportState } from './ExchangePanel';
export { HighlightList } from './HighlightList';
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
