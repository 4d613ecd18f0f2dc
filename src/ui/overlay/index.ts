// The in-page overlay's presentational components and their stylesheet.
// Components with page coordinates (markers, bucket bar) place themselves;
// the card, banner and section reader are placed by the caller.

export { CritiqueCard, type CritiqueCardProps } from './CritiqueCard';
export { ChapterBanner, type ChapterBannerProps } from './ChapterBanner';
export { SectionReader, paragraphAnchor, type SectionReaderProps } from './SectionReader';
export { MarginMarkers, type Marker, type MarginMarkersProps } from './MarginMarkers';
export { BucketBar, type Bucket, type BucketBarProps } from './BucketBar';
export { OVERLAY_CSS } from './overlay-styles';
export { chapterLine, sectionLabel } from './labels';
export type { ReviewInfo, Theme, Translate } from './types';
export { SaveButton, type SaveButtonProps } from './SaveButton';
export { NoteEditor, splitTags, type NoteEditorProps } from './NoteEditor';
export { EditorFrame, type EditorFrameProps } from './EditorFrame';
