// What travels over the message contract (./contract.ts): the replies' types,
// the data they carry, and the Result every reply is wrapped in.

import type {
  ChapterRecord,
  LayerRecord,
  QuoteCheck,
  ReviewParagraph,
  ReviewSource,
} from './dataset';
import type { BookChapterReport, LearnedPack, LearnedSummary, LearnReport } from './learned';
import type { ExportFile, Highlight, ImportReport } from './highlights';
import type { Args, Caller, Method, Params } from './contract';
import type { PackFileV2 } from './pack-file';

export type { Args, Method } from './contract';

/** What a content script reports about the page it scanned. */
export interface Detection {
  passage: string | null;
  chapter: string | null;
  start: number;
  end: number;
  score: number;
  /** The first words of the matched page text, for lists. */
  excerpt: string;
  /** A match in a learned chapter: the paragraph (1-based) where it begins. */
  paragraph?: number;
}

export interface PageReport {
  url: string;
  title: string;
  /** The chapter the page is (URL, heading or opening), or null. */
  chapter: string | null;
  /** In reading order; a tab's report lists its top frame's detections first, then its frames'. */
  detections: Detection[];
}

/** Which chapter a page is, the background works out from its URL (the sender's), title and headings. */
export interface PageIdentity {
  url: string;
  title: string;
  /** The page's first few h1–h3 headings, trimmed. */
  headings: string[];
}

/** What a content script tells about its page: the URL is the browser's to say. */
export type PageTraits = Omit<PageIdentity, 'url'>;

/** A passage as the overlay names it: our label, never the History's words. */
export interface PassageSummary {
  id: string;
  label: string;
  chapter: string | null;
}

/** Everything the overlay needs to explain a set of recognised passages. */
export interface OverlayData {
  critiques: Critiques;
  passages: PassageSummary[];
  /** The chapters of those passages. */
  chapters: ChapterRecord[];
  layers: LayerRecord[];
  review: ReviewSource;
  /** Who wrote each pack or perspective whose paragraphs may show: the card names them. */
  packs: PackCredit[];
}

/** A pack's name and who wrote it, as a card's footer shows them (text only). */
export interface PackCredit {
  id: string;
  name: string;
  attribution: string;
}

/** What the review says about some passages. */
export interface Critiques {
  /**
   * Paragraphs placed on the passages, plus the paragraphs that make the
   * returned quote checks' claims; in review order, each once.
   */
  paragraphs: ReviewParagraph[];
  /** Quote checks whose nearest real wording is one of the passages, in review order. */
  quoteChecks: QuoteCheck[];
}

export interface ChapterSection {
  section: string;
  heading: string;
  /** Most specific first (src/shared/grouping.ts), then in review order. */
  paragraphs: ReviewParagraph[];
}

/** A chapter and the review's paragraphs on it or on its passages, by section in review order. */
export interface ChapterView {
  chapter: ChapterRecord;
  sections: ChapterSection[];
}

/** What a pack or perspective says about itself. */
export interface PackAbout {
  id: string;
  name: string;
  /** One line: who wrote it (composed from author and licence for a perspective). */
  attribution: string;
  author?: string;
  description?: string;
  licence?: string;
  version: 1 | 2;
}

/** An imported critique pack or a perspective, as the options page and the popup list it. */
export interface PackSummary extends PackAbout {
  layers: LayerRecord[];
  paragraphs: number;
  /** Passages it brought as fingerprints. */
  passages: number;
}

/** Whether Counterpoint reads pages of a site, and why. */
export interface SiteState {
  host: string;
  /** marxists.org or one of its mirrors: the content script is in the manifest. */
  builtIn: boolean;
  /** The reader's choice, else on for built-in sites. */
  enabled: boolean;
  /** The host permission is held (always for built-in sites). */
  permitted: boolean;
}

/** A preview of the detection thresholds on a page the reader has open. */
export interface ThresholdPreview {
  url: string;
  title: string;
  /** Passages found on that page with the current thresholds and with the previewed ones. */
  current: string[];
  previewed: string[];
}

/** The review as a whole: its source and its sections in order. */
export interface ReviewOutline {
  review: ReviewSource;
  sections: { section: string; heading: string; paragraphs: number }[];
}

/** A passage or chapter opening found in a text (the engine's Match). */
export interface TextMatch {
  /** Index of the entry in the background's passage index. */
  entry: number;
  passage: string | null;
  chapter: string | null;
  /** [start, end) offsets into the text sent. */
  start: number;
  end: number;
  coverage: number;
  score: number;
  matchedWords: number;
  /** Set on a match in a chapter the browser learned: the paragraph (1-based) where it begins. */
  paragraph?: number;
}

/** What each method of the contract (./contract.ts) answers. */
interface Replies {
  detectText: TextMatch[];
  learnFromPdf: LearnReport & { chapters: BookChapterReport[] };
  reportDetections: void;
  recogniseChapter: ChapterRecord | null;
  applyStyles: void;
  takePendingHighlight: string | null;
  /** The token of the editor frame for the draft. */
  openNoteEditor: string;
  noteEditorDraft: { quote: string; title: string; id: string };
  /** Throws with a message the reader can read when the save did not happen. */
  saveNote: Highlight;
  closeNoteEditor: void;
  highlightsForPage: Highlight[];
  highlightsForPdf: Highlight[];
  reportAnchoring: void;
  getOverlayData: OverlayData;
  getSection: ChapterSection | null;
  getChapterView: ChapterView | null;
  getCritiques: Critiques;
  getLayers: LayerRecord[];
  getReviewOutline: ReviewOutline;
  searchReview: ReviewParagraph[];
  getTabReport: PageReport | null;
  getSiteState: SiteState;
  scanTab: { scanned: boolean };
  previewThresholds: ThresholdPreview | null;
  /** A rejected pack changes nothing and the error names what is wrong. */
  importPack: PackSummary;
  listPacks: PackSummary[];
  removePack: void;
  exportPack: PackFileV2 | null;
  reorderPacks: void;
  createPerspective: PackSummary;
  addToPerspective: PackSummary;
  /** Imported packs removed, the bundled dataset back; highlights and settings stay. */
  resetDataset: { version: string };
  listHighlights: Highlight[];
  updateHighlight: Highlight;
  deleteHighlight: Highlight;
  restoreHighlight: void;
  exportHighlights: ExportFile;
  /** A rejected file changes nothing. */
  importHighlights: ImportReport;
  openHighlight: void;
  listLearned: LearnedSummary[];
  forgetLearned: void;
  exportLearned: LearnedPack;
  /** A rejected file changes nothing. */
  importLearned: { imported: number };
}

/** A method without a reply type here does not compile (Replies[M] needs every M). */
export type Returns<M extends Method> = Replies[M];

/** A typed call to the background: what pages take as `deps.call` (src/platform/messaging.ts sends it). */
export type CallBackground = <M extends Method>(method: M, ...args: Args<M>) => Promise<Returns<M>>;

export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

/** Who sent a message, as the dispatcher established it (src/platform/dispatch.ts). */
export interface SenderInfo {
  caller: Caller;
  tabId?: number;
  /** 0 for a tab's top frame. */
  frameId?: number;
  /** The sender's document: for a content script, the page (or frame) it runs in. */
  url?: string;
}

export type Handlers = {
  [M in Method]: (sender: SenderInfo, ...args: Params<M>) => Returns<M> | Promise<Returns<M>>;
};
