// The in-page overlay's presentational components and their stylesheet.
// Components with page coordinates (markers, bucket bar) place themselves;
// the card, banner and section reader are placed by the caller.

export { CritiqueCard, type CritiqueCardProps } from './CritiqueCard';
export { ChapterBanner, type ChapterBannerProps } from './ChapterBanner';
export { SectionReader, paragraphAnchor } from './SectionReader';
export { MarginMarkers, type Marker } from './MarginMarkers';
export { BucketBar, type BucketBarProps } from './BucketBar';
export { OVERLAY_CSS } from './overlay-styles';
export { chapterLine } from './labels';
export type { Theme, Translate } from './types';
export { SaveButton } from './SaveButton';
export { NoteEditor } from './NoteEditor';
export { EditorFrame } from './EditorFrame';
