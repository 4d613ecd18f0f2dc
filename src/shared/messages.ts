// The one message contract between content scripts / pages and the background,
// as a method map (hypothesis-style): a call is { method, args }, a reply is a Result.

import type { ChapterRecord, LayerRecord, QuoteCheck, ReviewParagraph, ReviewSource } from './dataset';
import type { DetectionThresholds } from './settings';
import type { LearnedPack, LearnedSummary } from './learned';
import type { AnchorStatus, ExportFile, ExportFormat, Highlight, HighlightDraft, HighlightEdit, ImportFormat, ImportReport } from './highlights';
import type { IndexTransfer } from './index-transfer';

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

/** What a page tells the background so it can say which chapter the page is. */
export interface PageIdentity {
  url: string;
  title: string;
  /** The page's first few h1–h3 headings, trimmed. */
  headings: string[];
}

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
  /** In review order. */
  paragraphs: ReviewParagraph[];
}

/** A chapter and the review's paragraphs on it or on its passages, by section in review order. */
export interface ChapterView {
  chapter: ChapterRecord;
  sections: ChapterSection[];
}

/** An imported critique pack, as the options page and the popup list it. */
export interface PackSummary {
  id: string;
  name: string;
  attribution: string;
  layers: LayerRecord[];
  paragraphs: number;
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

/** Longest text detectText takes in one call: a content script sends longer pages in segments. */
export const MAX_DETECT_CHARS = 400_000;

export interface BackgroundApi {
  /** The passage index, built from the stored passages (serialised typed arrays). */
  getPassageIndex(): IndexTransfer;
  /**
   * Passages and chapter openings in a page's text (at most MAX_DETECT_CHARS). Detection runs
   * here, where the engine's code stays compiled between pages, not in each page's fresh world.
   * `learnAs`: the text is the whole of a page that claims to be a chapter (its URL on a listed
   * site): after answering, the background learns the chapter from it if the page passes its
   * checks and learning is on, keeping hashes only. The text travels once for both.
   */
  detectText(text: string, thresholds: DetectionThresholds, learnAs: PageIdentity | null): TextMatch[];
  /** A content script's detections for its frame (badge, lists). */
  reportDetections(report: PageReport): void;
  /** The chapter a page is, from its URL, title and headings; null when none. */
  recogniseChapter(page: PageIdentity): ChapterRecord | null;
  /** Critique, labels, layers and the review's attribution for the given passages (null: every passage). */
  getOverlayData(passageIds: string[] | null): OverlayData;
  /** One section of the review, whole, or null for an unknown section id. */
  getSection(sectionId: string): ChapterSection | null;
  /** The last report of a tab, or null. */
  getTabReport(tabId: number): PageReport | null;
  /** Critique for passage ids (at most 500 ids of ≤ 64 characters). */
  getCritiques(passageIds: string[]): Critiques;
  /** The chapter view, or null for an unknown chapter id. */
  getChapterView(chapterId: string): ChapterView | null;
  /** Every layer, in display order. */
  getLayers(): LayerRecord[];
  /** Every quote check. */
  getQuoteChecks(): QuoteCheck[];
  /** The review's source and section outline. */
  getReviewOutline(): ReviewOutline;
  /** Review paragraphs whose text contains every word of the query (case and accents aside); at most 50, review order. */
  searchReview(query: string): ReviewParagraph[];
  /** A site's state for the popup and options page (host name, not URL). */
  getSiteState(host: string): SiteState;
  /** Runs the content script once in a tab the reader invoked us on (activeTab); no standing permission. */
  scanTab(tabId: number): { scanned: boolean };
  /** Detection on the most recently scanned open page, with the current and with the given thresholds. */
  previewThresholds(thresholds: DetectionThresholds): ThresholdPreview | null;
  /** Imports a critique pack (a parsed JSON file); a rejected pack changes nothing and the error names what is wrong. */
  importPack(pack: unknown): PackSummary;
  listPacks(): PackSummary[];
  removePack(packId: string): void;
  /** Removes every imported pack and restores the bundled dataset; the reader's highlights and settings stay. */
  resetDataset(): { version: string };
  /** Content scripts: insert the CSS for layers without bundled styles (packs) and the reader's custom colours into the sender's frame. */
  applyStyles(): void;

  /** Saves a selection as a highlight (strict durability); throws with a message the reader can read when it did not happen. */
  saveHighlight(draft: HighlightDraft): Highlight;
  /** The highlights of a page (URL without fragment), oldest first. */
  highlightsForPage(url: string): Highlight[];
  /** Content scripts: where each of the page's highlights was found on this visit. */
  reportAnchoring(url: string, results: { id: string; status: AnchorStatus }[]): void;
  /** Every highlight, newest first. */
  listHighlights(): Highlight[];
  updateHighlight(id: string, edit: HighlightEdit): Highlight;
  /** Deletes a highlight and returns it, so the library can undo. */
  deleteHighlight(id: string): Highlight;
  /** Puts back a deleted highlight (undo). */
  restoreHighlight(highlight: Highlight): void;
  exportHighlights(format: ExportFormat): ExportFile;
  /** Imports a file's text; a rejected file changes nothing. */
  importHighlights(format: ImportFormat, text: string): ImportReport;
  /** Opens the highlight's page in a new tab and, once loaded, scrolls to the highlight. */
  openHighlight(id: string): void;
  /** Content scripts: a highlight the background asked this tab to show on load, if any (asked once). */
  takePendingHighlight(): string | null;

  listLearned(): LearnedSummary[];
  /** Forgets one learned chapter, or every one (null). */
  forgetLearned(chapter: string | null): void;
  exportLearned(): LearnedPack;
  /** Imports a learned-chapters file (parsed JSON); a rejected file changes nothing. */
  importLearned(pack: unknown): { imported: number };
}

export type Method = keyof BackgroundApi;
export type Args<M extends Method> = Parameters<BackgroundApi[M]>;
export type Returns<M extends Method> = ReturnType<BackgroundApi[M]>;

export interface Call<M extends Method = Method> {
  method: M;
  args: Args<M>;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

/** Who sent a message, as far as handlers need to know. */
export interface SenderInfo {
  tabId?: number;
  /** 0 for a tab's top frame. */
  frameId?: number;
  url?: string;
  /** True when the sender is one of our own extension pages or content scripts. */
  fromExtension: boolean;
}

export type Handlers = {
  [M in Method]: (sender: SenderInfo, ...args: Args<M>) => Returns<M> | Promise<Returns<M>>;
};

// A record over Method, so the compiler reports a method missing here; each
// entry is the method's number of parameters (the tuple's length type, so a
// changed signature that is not changed here fails to compile).
type Arity = { [M in Method]: Args<M>['length'] };
const METHOD_ARITY: Arity = {
  getPassageIndex: 0, detectText: 3, reportDetections: 1, recogniseChapter: 1, getOverlayData: 1, getSection: 1, getTabReport: 1,
  getCritiques: 1, getChapterView: 1, getLayers: 0, getQuoteChecks: 0,
  getReviewOutline: 0, searchReview: 1, getSiteState: 1, scanTab: 1, previewThresholds: 1,
  importPack: 1, listPacks: 0, removePack: 1, resetDataset: 0, applyStyles: 0,
  saveHighlight: 1, highlightsForPage: 1, reportAnchoring: 2, listHighlights: 0, updateHighlight: 2,
  deleteHighlight: 1, restoreHighlight: 1, exportHighlights: 1, importHighlights: 2, openHighlight: 1, takePendingHighlight: 0,
  listLearned: 0, forgetLearned: 1, exportLearned: 0, importLearned: 1,
};
const METHODS: ReadonlySet<string> = new Set(Object.keys(METHOD_ARITY));

/** How many arguments a method of the contract takes: a call with more is outside the contract. */
export const arityOf = (method: Method): number => METHOD_ARITY[method];

export function isCall(value: unknown): value is Call {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.method === 'string' && METHODS.has(v.method) && Array.isArray(v.args);
}

/** Commands the background sends to a tab's content scripts (keyboard shortcuts, side panel). */
export type TabCommand =
  | { command: 'next-passage' }
  | { command: 'previous-passage' }
  /** Scroll to the report's detection `index` (top frame) and open its card. */
  | { command: 'open-passage'; index: number }
  /** Answered with the passage ids found with these thresholds (nothing painted). */
  | { command: 'preview-detections'; thresholds: DetectionThresholds }
  /** Save the current selection (context menu, keyboard shortcut): opens the note editor. */
  | { command: 'save-selection' }
  /** The reader's highlights changed elsewhere (library, import): re-anchor and repaint. */
  | { command: 'highlights-changed' };

const TAB_COMMANDS = new Set(['next-passage', 'previous-passage', 'open-passage', 'preview-detections', 'save-selection', 'highlights-changed']);

export function isTabCommand(value: unknown): value is TabCommand {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  if (typeof v.command !== 'string' || !TAB_COMMANDS.has(v.command)) return false;
  if (v.command === 'open-passage') return Number.isSafeInteger(v.index);
  if (v.command === 'preview-detections') return typeof v.thresholds === 'object' && v.thresholds !== null;
  return true;
}
