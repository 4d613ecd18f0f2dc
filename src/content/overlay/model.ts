// The overlay's view model: what the Preact tree renders, computed by the
// content script from the scan, the critique data and the reader's settings.

import type {
  ChapterRecord,
  LayerRecord,
  QuoteCheck,
  ReviewParagraph,
  ReviewSource,
} from '../../shared/dataset';
import type { ChapterSection, PackCredit } from '../../shared/messages';
import { chapterLine } from '../../ui/overlay/labels';
import type { Placement } from '../placement';

export interface PassageView {
  key: string;
  passageId: string;
  label: string | null;
  /** The label without the chapter's name, which the card shows on its own line. */
  cardLabel: string | null;
  chapterTitle: string | null;
  paragraphs: ReviewParagraph[];
  quoteChecks: QuoteCheck[];
  /** Shown layers of the passage, display order; the first gives the marker its colour. */
  layers: LayerRecord[];
  marker: { top: number; left: number } | null;
  /** Position in the document, 0..1, for the bucket bar. */
  fraction: number;
}

export interface ActiveCard {
  key: string;
  page: number;
  pinned: boolean;
  placement: Placement;
}

/** The note editor frame: where it sits and what it loads (editor.html#token). */
export interface EditorView {
  top: number;
  left: number;
  width: number;
  height: number;
  src: string;
}

export interface OverlayState {
  theme: 'light' | 'dark';
  passages: PassageView[];
  layers: LayerRecord[];
  review: ReviewSource | null;
  /** Who wrote each pack (a card page of a perspective names it instead of the review). */
  packs: PackCredit[];
  active: ActiveCard | null;
  banner: { chapter: ChapterRecord; sections: ChapterSection[] } | null;
  reader: { section: ChapterSection; highlight: string[] } | null;
  /** Passages entirely above / below the viewport. */
  above: number;
  below: number;
  saveButton: { top: number; left: number } | null;
  editor: EditorView | null;
}

export interface OverlayActions {
  activate(key: string): void;
  focusMarker(key: string): void;
  blurMarker(key: string): void;
  hoverCard(inside: boolean): void;
  closeCard(): void;
  page(n: number): void;
  readSection(section: string): void;
  /** The card's "Add your perspective": the note editor on the passage, its perspective part open. */
  addPerspective(key: string): void;
  closeReader(): void;
  dismissBanner(): void;
  jump(key: string): void;
  previous(): void;
  next(): void;
  /** The floating button: open the note editor for the selection. */
  editSelection(): void;
  /** The editor frame mounted (or went). */
  editorFrame(frame: HTMLIFrameElement | null): void;
  cancelEditor(): void;
}

/** The chapter as every page writes it (src/ui/overlay/labels.ts chapterLine). */
export function chapterTitle(
  chapter: ChapterRecord | undefined,
  t: (k: string, s?: string[]) => string,
): string | null {
  return chapter ? chapterLine(chapter, t) : null;
}
