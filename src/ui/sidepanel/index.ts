// The side panel's presentational components and view model.

export { SidePanel, type SidePanelProps, type PanelStatus } from './Panel';
export { PassageList } from './PassageList';
export { ChapterReading, type ChapterReadingProps } from './ChapterReading';
export { ReviewSearch, SEARCH_LIMIT, type ReviewSearchProps } from './ReviewSearch';
export { type PanelView } from './ViewTabs';
export * from './model';
