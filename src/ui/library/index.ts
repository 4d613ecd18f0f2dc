export { ExchangePanel, type ExchangePanelProps, type ImportChoice, type ImportState } from './ExchangePanel';
export { CLAMP_CHARS, HighlightCard, type HighlightCardProps } from './HighlightCard';
export { filterChoices, filterHighlights, fold, layersOf, matches, NO_FILTERS, OTHER_PAGES, parseTags, siteOf, type FilterChoices, type LibraryContext, type LibraryFilters } from './model';
export { inline, NoteText } from './NoteText';
export { Toolbar, type ToolbarProps } from './Toolbar';
export { UndoToast } from './UndoToast';
