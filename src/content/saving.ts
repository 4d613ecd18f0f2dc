// From the reader's selection to a highlight draft: offsets in the page's text
// model, W3C selectors, and the chapter and passage the selection lies in.

import { describeSelection } from '../engine/anchor';
import type { PageAddress } from './address';
import { extractPageText, offsetOf, type PageText } from '../dom/page-text';
import type { HighlightDraft, PdfPlace } from '../shared/highlights';
import type { AppState } from './app';

/** Shortest selection worth a save button (fewer characters are usually a stray click). */
const MIN_SELECTION_CHARS = 3;

export interface Selected {
  range: Range;
  start: number;
  end: number;
  page: PageText;
}

/** The page's current selection in text-model offsets, trimmed of surrounding spaces; null when there is none worth saving. */
export function currentSelection(doc: Document, page: PageText | null): Selected | null {
  const sel = doc.getSelection();
  if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
  const range = sel.getRangeAt(0);
  const locate = (p: PageText) =>
    [
      offsetOf(p, range.startContainer, range.startOffset),
      offsetOf(p, range.endContainer, range.endOffset),
    ] as const;
  let model = page;
  let [start, end] = model ? locate(model) : [null, null];
  if (start === null || end === null) {
    // The page changed since the last scan: read it again (rare, and only on a save).
    model = extractPageText(doc.body);
    [start, end] = locate(model);
  }
  if (!model || start === null || end === null || end <= start) return null;
  while (start < end && /\s/.test(model.text[start])) start++;
  while (end > start && /\s/.test(model.text[end - 1])) end--;
  return end - start >= MIN_SELECTION_CHARS ? { range, start, end, page: model } : null;
}

/** The reference passage the selection overlaps most, and the chapter (the page's, else the passage's). */
function placeOf(state: AppState, s: Selected): { chapter: string | null; passage: string | null } {
  let best: { passage: string | null; chapter: string | null; overlap: number } = {
    passage: null,
    chapter: null,
    overlap: 0,
  };
  for (const f of state.found) {
    const overlap = Math.min(s.end, f.match.end) - Math.max(s.start, f.match.start);
    if (overlap > best.overlap && f.match.passage !== null)
      best = { passage: f.match.passage, chapter: f.match.chapter, overlap };
  }
  return { passage: best.passage, chapter: state.chapter?.id ?? best.chapter };
}

/**
 * A random UUID (v4). crypto.randomUUID is for secure contexts only, and a
 * content script on an http:// page is not one; getRandomValues works anywhere.
 */
function draftId(): string {
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const hex = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export function draftOf(address: PageAddress, state: AppState, s: Selected): HighlightDraft {
  const { quote, position } = describeSelection(s.page.text, s.start, s.end);
  return {
    id: draftId(),
    url: address.url(),
    title: address.title() || address.url(),
    quote: { type: 'TextQuoteSelector', ...quote },
    position: { type: 'TextPositionSelector', ...position },
    note: '',
    tags: [],
    ...placeOf(state, s),
    ...pdfOf(address, s.range),
  };
}

/** In the PDF viewer: the PDF and page the selection starts on. */
function pdfOf(address: PageAddress, range: Range): { pdf?: PdfPlace } {
  const pdf = address.pdfPlace?.(range);
  return pdf ? { pdf } : {};
}
