// The one message contract between content scripts / pages and the background,
// as a method map (hypothesis-style): a call is { method, args }, a reply is a Result.

import type { ChapterRecord, LayerRecord, QuoteCheck, ReviewParagraph } from './dataset';
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
}

export interface PageReport {
  url: string;
  title: string;
  detections: Detection[];
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

export interface BackgroundApi {
  /** The passage index for detection, built from the stored passages. */
  getPassageIndex(): IndexTransfer;
  /** A content script's detections for its tab (badge, lists). */
  reportDetections(report: PageReport): void;
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
  url?: string;
  /** True when the sender is one of our own extension pages or content scripts. */
  fromExtension: boolean;
}

export type Handlers = {
  [M in Method]: (sender: SenderInfo, ...args: Args<M>) => Returns<M> | Promise<Returns<M>>;
};

// A record over Method, so the compiler reports a method missing here.
const METHOD_NAMES: Record<Method, true> = {
  getPassageIndex: true, reportDetections: true, getTabReport: true,
  getCritiques: true, getChapterView: true, getLayers: true, getQuoteChecks: true,
};
const METHODS: ReadonlySet<string> = new Set(Object.keys(METHOD_NAMES));

export function isCall(value: unknown): value is Call {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.method === 'string' && METHODS.has(v.method) && Array.isArray(v.args);
}
