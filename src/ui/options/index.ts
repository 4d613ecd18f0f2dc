// The options page's presentational sections (the page itself is src/options).

export { SitesSection, type SitesSectionProps } from './SitesSection';
export { ThresholdsSection, previewText, type PreviewState, type ThresholdsSectionProps } from './ThresholdsSection';
export { AppearanceSection, effectiveStyle, sampleStyle, type AppearanceSectionProps } from './AppearanceSection';
export { ShortcutsSection, commandLabel, type ShortcutsSectionProps } from './ShortcutsSection';
export { DataSection, type DataSectionProps } from './DataSection';
export { LearnedSection, inBookOrder, learnedChapterLabel, learnedFileName, type LearnedSectionProps } from './LearnedSection';
export { useSiteChoices, type SiteChoiceDeps } from './useSiteChoices';
export type { BuiltInSite, Notice, ReaderSite, ShortcutCommand, Translate } from './types';
export type { Theme } from '../overlay/types';
