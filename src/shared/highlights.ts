// The reader's own highlights: what is stored, what travels between the
// content script, the background and the library, and the W3C selectors
// (Web Annotation Data Model §4.2) they are anchored by.

/** W3C TextQuoteSelector: the quoted text with sentence-level context. */
interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

/** W3C TextPositionSelector: offsets in Unicode code points of the page's text. */
interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

/** Where a highlight was found on the reader's last visit. */
export type AnchorStatus = 'anchored' | 'uncertain' | 'orphaned';

export interface Highlight {
  id: string;
  /** The page, without its fragment. */
  url: string;
  title: string;
  quote: TextQuoteSelector;
  position: TextPositionSelector;
  /** Markdown, as the reader typed it. */
  note: string;
  tags: string[];
  /** Epoch milliseconds. */
  created: number;
  updated: number;
  /** The chapter and reference passage the selection lies in, when recognised. */
  chapter: string | null;
  passage: string | null;
  /** In a PDF: its pdf.js fingerprint and the page the quote starts on (found again from any URL). */
  pdf?: PdfPlace;
  /** The result of the last re-anchoring on a visit (new highlights are anchored). */
  status: AnchorStatus;
  /** Epoch milliseconds of that visit. */
  checked: number;
}

/**
 * What a content script sends to save a selection. The page gives it its id when
 * the editor opens: a save whose answer was lost (the worker stopped) can then be
 * looked up, and a second try writes the same record instead of a duplicate.
 */
export type HighlightDraft = Pick<
  Highlight,
  'url' | 'title' | 'quote' | 'position' | 'note' | 'tags' | 'chapter' | 'passage' | 'pdf'
> & { id?: string };

/** Where a highlight in a PDF is: the PDF (its first pdf.js fingerprint, hex) and the page (1-based). */
export interface PdfPlace {
  fingerprint: string;
  page: number;
}

export const PDF_FINGERPRINT = /^[0-9a-f]{16,64}$/i;

/** A PDF place as stored or imported, or undefined when it is not one. */
export function pdfPlaceOf(value: unknown): PdfPlace | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { fingerprint, page } = value as Record<string, unknown>;
  return typeof fingerprint === 'string' &&
    PDF_FINGERPRINT.test(fingerprint) &&
    Number.isSafeInteger(page) &&
    (page as number) >= 1
    ? { fingerprint: fingerprint.toLowerCase(), page: page as number }
    : undefined;
}

export type HighlightEdit = Partial<Pick<Highlight, 'note' | 'tags'>>;

export type ExportFormat = 'markdown' | 'csv' | 'jsonld';
export type ImportFormat = 'jsonld' | 'hypothesis' | 'csv';

export interface ExportFile {
  filename: string;
  mime: string;
  text: string;
}

export interface ImportReport {
  added: number;
  /** Same page and quote as a stored highlight: notes and tags merged into it. */
  merged: number;
  skipped: { item: number; reason: string }[];
}

/** The page URL highlights are keyed by: no fragment (text fragments, anchors). */
export function pageKey(url: string): string {
  const hash = url.indexOf('#');
  return hash < 0 ? url : url.slice(0, hash);
}
