// One scan of a document: text model (walked in slices that yield to the
// page) → detection (in the background, segment by segment) → one Range per
// match, and the report for the background.

import { PageTextWalker, rangeFor, type PageText } from '../dom/page-text';
import type { Detection, PageTraits, TextMatch } from '../shared/messages';
import { detectInSegments, type DetectWindow } from './segments';
import { Slice } from './schedule';

type Match = TextMatch;

const EXCERPT_CHARS = 80;
const MAX_HEADINGS = 5;

export interface Found {
  /** Stable within a scan: entry id and page offset. */
  key: string;
  match: Match;
  range: Range;
}

export interface ScanResult {
  page: PageText;
  found: Found[];
  /** Main-thread time the scan used, without the pauses (ms). */
  busyMs: number;
}

export function toDetection(page: PageText, m: Match): Detection {
  const text = page.pieces.slice(m.start, m.end).replace(/\s+/g, ' ').trim();
  return {
    passage: m.passage,
    chapter: m.chapter,
    start: m.start,
    end: m.end,
    score: Math.round(m.score * 100) / 100,
    excerpt: text.length > EXCERPT_CHARS ? text.slice(0, EXCERPT_CHARS - 1) + '…' : text,
    ...(m.paragraph !== undefined ? { paragraph: m.paragraph } : {}),
  };
}

/** Reads the text of `root` and finds the passages in it, yielding between slices. */
export async function scanRoot(root: Node, detectWindow: DetectWindow): Promise<ScanResult> {
  const slice = new Slice();
  let busyMs = 0;
  let sliceStart = performance.now();
  // Each slice is a performance measure, so the page's own timeline shows how long we held the main thread.
  const endSlice = () => {
    busyMs += performance.now() - sliceStart;
    performance.measure('counterpoint:slice', { start: sliceStart, end: performance.now() });
  };
  const pause = async () => {
    endSlice();
    await slice.next();
    sliceStart = performance.now();
  };
  const walker = new PageTextWalker(root);
  while (!walker.walk(() => !slice.due())) await pause();
  const page = walker.result();
  endSlice();
  // Detection runs in the background: the page's thread waits without working.
  const matches = await detectInSegments(page.pieces, detectWindow);
  sliceStart = performance.now();
  const found: Found[] = [];
  for (const m of matches) {
    const range = rangeFor(page, m.start, m.end);
    if (range) found.push({ key: `${m.passage ?? m.chapter}@${m.start}`, match: m, range });
  }
  endSlice();
  return { page, found, busyMs };
}

/** What the page says about itself, for chapter recognition (its URL the background has from the browser). */
export function pageTraits(doc: Document): PageTraits {
  const headings = [...doc.querySelectorAll('h1, h2, h3')]
    .slice(0, MAX_HEADINGS)
    .map((h) => (h.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 300))
    .filter((h) => h.length > 0);
  return { title: doc.title.slice(0, 300), headings };
}
