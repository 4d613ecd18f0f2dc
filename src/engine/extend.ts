// Step 4 of detection: word-level X-drop extension from a cluster's anchors,
// repairing single substitutions, insertions and deletions, and jumping to the
// next anchor across omissions.

import { MAX_PAGE_GAP, type Cluster } from './cluster-state';
import type { PassageIndex } from './passage-index';

const X_DROP = 3;

export interface Alignment {
  firstI: number;
  lastI: number;
  firstQ: number;
  lastQ: number;
  matched: number;
}

/**
 * The page and one entry, and a walk's result. One per detection, its entry
 * fields set per cluster: a walk allocates nothing per word (a learned page
 * walks some 35,000 words per scan).
 */
export interface Pair {
  page: Int32Array;
  pageCount: number;
  /** All entries' words and where each starts (the index's). */
  words: Int32Array;
  entryStart: Uint32Array;
  /** The entry being aligned: words[base .. base + length), and its cluster's anchor segments. */
  base: number;
  length: number;
  segments: number[];
  /** walk()'s result: matched, last i, last q. */
  out: Int32Array;
}

export function newPair(page: Int32Array, pageCount: number, index: PassageIndex): Pair {
  return {
    page,
    pageCount,
    words: index.words,
    entryStart: index.entryStart,
    base: 0,
    length: 0,
    segments: [],
    out: new Int32Array(3),
  };
}

/** Page word i equals entry word j (both inside their sequences). Hashes are int32, so no sentinel value is free. */
function same(s: Pair, i: number, j: number): boolean {
  return i >= 0 && i < s.pageCount && j >= 0 && j < s.length && s.page[i] === s.words[s.base + j];
}

/** Step (a, b) = (step >> 2, step & 3) confirmed: the words there agree, and so do the next ones (or the page ends). */
function sure(s: Pair, i: number, j: number, dir: number, step: number): boolean {
  const a = step >> 2,
    b = step & 3,
    ni = i + (a + 1) * dir;
  return (
    same(s, i + a * dir, j + b * dir) &&
    (same(s, ni, j + (b + 1) * dir) || ni < 0 || ni >= s.pageCount)
  );
}

/** Two-word confirmed repair at a mismatch, as page step * 4 + entry step; -1 when none. */
function repair(s: Pair, i: number, j: number, dir: number): number {
  if (sure(s, i, j, dir, 5)) return 5;
  if (sure(s, i, j, dir, 4)) return 4;
  if (sure(s, i, j, dir, 1)) return 1;
  if (sure(s, i, j, dir, 8)) return 8;
  if (sure(s, i, j, dir, 2)) return 2;
  if (sure(s, i, j, dir, 10)) return 10;
  return -1;
}

/**
 * Walk from (i, j) in direction dir; forward, the cluster's segments let the
 * walk jump omissions. Returns [matched, lastI, lastQ] in s.out.
 */
// long-function: one hot loop over every word of a candidate (X-drop with repairs and anchor
// jumps); split, its eight running values would cross a call per word.
function walk(s: Pair, i: number, j: number, dir: number): void {
  let score = 0,
    best = 0,
    matched = 0,
    bestMatched = 0;
  let bestI = i - dir,
    bestJ = j - dir;
  const segs = s.segments,
    segEnd = dir > 0 ? segs.length : 0;
  let seg = 0,
    t = 0; // anchor cursor: segment (flat index) and offset in it
  while (i >= 0 && i < s.pageCount && j >= 0 && j < s.length) {
    if (s.page[i] === s.words[s.base + j]) {
      // A run of equal words: best can only be reached at its last word.
      do {
        matched++;
        score++;
        i += dir;
        j += dir;
      } while (
        i >= 0 &&
        i < s.pageCount &&
        j >= 0 &&
        j < s.length &&
        s.page[i] === s.words[s.base + j]
      );
      if (score >= best) {
        best = score;
        bestI = i - dir;
        bestJ = j - dir;
        bestMatched = matched;
      }
      continue;
    }
    // The first anchor at or beyond (i, j) in both sequences.
    let ai = -1,
      aq = -1;
    for (; seg < segEnd; seg += 3, t = 0) {
      t = Math.max(t, i - segs[seg], j - segs[seg + 1]);
      if (t < segs[seg + 2]) {
        ai = segs[seg] + t;
        aq = segs[seg + 1] + t;
        break;
      }
    }
    const anchorNear = ai >= 0 && ai - i <= MAX_PAGE_GAP;
    const fix = repair(s, i, j, dir);
    if (fix >= 0) {
      i += (fix >> 2) * dir;
      j += (fix & 3) * dir;
      score -= 1;
    } else if (anchorNear) {
      score -= ai - i;
      i = ai;
      j = aq;
    } else {
      i += dir;
      j += dir;
      score -= 1;
    }
    if (best - score > X_DROP && !anchorNear) break;
  }
  s.out[0] = bestMatched;
  s.out[1] = bestI;
  s.out[2] = bestJ;
}

/** Cluster c's alignment: walks forward from its first anchor, then back. */
export function align(s: Pair, c: Cluster): Alignment {
  s.base = s.entryStart[c.entry];
  s.length = s.entryStart[c.entry + 1] - s.base;
  s.segments = c.segments;
  const i0 = c.segments[0],
    q0 = c.segments[1];
  walk(s, i0, q0, 1);
  const matched = s.out[0],
    lastI = s.out[1],
    lastQ = s.out[2];
  walk(s, i0 - 1, q0 - 1, -1);
  const back = s.out[0] > 0;
  return {
    firstI: back ? s.out[1] : i0,
    firstQ: back ? s.out[2] : q0,
    lastI,
    lastQ,
    matched: matched + s.out[0],
  };
}
