// The options page's presentational sections (the page itself is src/options).

export { SitesSection } from './SitesSection';
export {
  ThresholdsSection,
  previewText,
  type PreviewState,
  type ThresholdsSectionProps,
} from './ThresholdsSection';
export { AppearanceSection, sampleStyle, type AppearanceSectionProps } from './AppearanceSection';
export { ShortcutsSection, type ShortcutsSectionProps } from './ShortcutsSection';
export { DataSection, type DataSectionProps } from './DataSection';
export { LearnedSection, type LearnedSectionProps } from './LearnedSection';
export { learnedChapterLabel, learnedFileName } from './learned-labels';
export { OptionsHeader, OptionsNav } from './PageHeader';
export { useSiteChoices } from './useSiteChoices';
export type { SiteChoiceDeps } from './site-deps';
export type { Notice, ShortcutCommand, Translate } from './types';
export {
  NEW_PERSPECTIVE_DRAFT,
  type PerspectiveAboutDraft,
  type PerspectiveCreation,
  type PerspectiveEditDraft,
  type PerspectiveEditing,
} from './perspective-drafts';
