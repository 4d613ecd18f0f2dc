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
  /** Stable while the text is: entry id and page offset. */
  key: string;
  match: Match;
  range: Range;
}

export interface ScanResult {
  page: PageText;
  /** What detection found in the text, offsets into it (`found` holds those that have a range). */
  matches: Match[];
  found: Found[];
  /** When the text was the earlier scan's: the keys whose ranges were made anew (the rest kept). */
  remade: string[] | null;
  /** Main-thread time the scan used, without the pauses (ms). */
  busyMs: number;
}

export function toDetection(page: PageText, m: Match): Detection {
  // The excerpt's worth of the match, not the whole of it: a whole book reports thousands.
  const end = Math.min(m.end, m.start + EXCERPT_CHARS * 4);
  const text = page.pieces.slice(m.start, end).replace(/\s+/g, ' ').trim();
  return {
    passage: m.passage,
    chapter: m.chapter,
    start: m.start,
    end: m.end,
    score: Math.round(m.score * 100) / 100,
    excerpt:
      text.length > EXCERPT_CHARS || end < m.end ? text.slice(0, EXCERPT_CHARS - 1) + '…' : text,
    ...(m.paragraph !== undefined ? { paragraph: m.paragraph } : {}),
  };
}

/** An earlier scan's finds, good for a text that is the same again. */
export interface Detected {
  page: PageText;
  matches: Match[];
  found: Found[];
}

/** A range still over the text it was made on: both ends in text nodes still in the document. */
const stillInText = (r: Range) =>
  r.startContainer.nodeType === 3 &&
  r.endContainer.nodeType === 3 &&
  r.startContainer.isConnected &&
  r.endContainer.isConnected;

/** Matches given ranges between two checks of the slice's time. */
const MATCHES_PER_CHECK = 256;

/**
 * Ranges for the matches, in slices: an earlier find whose range is still over its text is kept
 * as it is (a whole book's pages but one or two are as they were); the rest are made, and listed
 * in `remade`.
 */
async function rangesFor(
  page: PageText,
  matches: Match[],
  earlier: Found[],
  pauseIfDue: () => Promise<void>,
) {
  const kept = new Map(earlier.map((f) => [f.key, f]));
  const found: Found[] = [];
  const remade: string[] = [];
  for (let i = 0; i < matches.length; i += 1) {
    if (i % MATCHES_PER_CHECK === MATCHES_PER_CHECK - 1) await pauseIfDue();
    const m = matches[i];
    const key = `${m.passage ?? m.chapter}@${m.start}`;
    const before = kept.get(key);
    if (before && stillInText(before.range)) {
      found.push(before);
      continue;
    }
    const range = rangeFor(page, m.start, m.end);
    if (range) found.push({ key, match: m, range });
    remade.push(key);
  }
  return { found, remade };
}

/** Whether two texts are the same: their lengths first, so a changed page is not joined for it. */
const sameText = (a: PageText, b: PageText) =>
  a.pieces.length === b.pieces.length && a.text === b.text;

/**
 * Reads the text of `root` and finds the passages in it, yielding between slices. When the text
 * is `earlier`'s again (its nodes replaced, not its words: the PDF viewer's pages taking their
 * runs and letting them go), its matches are kept, and its finds whose ranges are still over
 * the text; the other ranges are made anew.
 */
export async function scanRoot(
  root: Node,
  detectWindow: DetectWindow,
  earlier: Detected | null = null,
): Promise<ScanResult> {
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
  const pauseIfDue = () => (slice.due() ? pause() : Promise.resolve());
  const walker = new PageTextWalker(root);
  while (!walker.walk(() => !slice.due())) await pause();
  const page = walker.result();
  // A whole book's text is joined to be compared: in a slice of its own when this one is spent.
  if (earlier !== null) await pauseIfDue();
  const same = earlier !== null && sameText(page, earlier.page);
  endSlice();
  // Detection runs in the background: the page's thread waits without working.
  const matches = same ? earlier.matches : await detectInSegments(page.pieces, detectWindow);
  sliceStart = performance.now();
  const { found, remade } = await rangesFor(page, matches, same ? earlier.found : [], pauseIfDue);
  endSlice();
  return { page, matches, found, remade: same ? remade : null, busyMs };
}

/** What the page says about itself, for chapter recognition (its URL the background has from the browser). */
export function pageTraits(doc: Document): PageTraits {
  const headings = [...doc.querySelectorAll('h1, h2, h3')]
    .slice(0, MAX_HEADINGS)
    .map((h) => (h.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 300))
    .filter((h) => h.length > 0);
  return { title: doc.title.slice(0, 300), headings };
}
