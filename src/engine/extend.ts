// Step 4 of detection: word-level X-drop extension from a cluster's anchors,
// repairing single substitutions, insertions and deletions, and jumping to the
// next anchor across omissions.

import { MAX_PAGE_GAP, type Cluster } from './cluster-state';

const X_DROP = 3;

export interface Alignment {
  firstI: number;
  lastI: number;
  firstQ: number;
  lastQ: number;
  matched: number;
}

/** The page and one entry. A walk allocates nothing per word: a learned page walks some 35,000 words per scan. */
interface Pair {
  page: Int32Array;
  pageCount: number;
  words: Int32Array;
  base: number;
  length: number;
}

/** Page word i equals entry word j (both inside their sequences). Hashes are int32, so no sentinel value is free. */
function same(s: Pair, i: number, j: number): boolean {
  return i >= 0 && i < s.pageCount && j >= 0 && j < s.length && s.page[i] === s.words[s.base + j];
}

/** Step (a, b) confirmed: the words there agree, and so do the next ones (or the page ends). */
function sure(s: Pair, i: number, j: number, dir: number, a: number, b: number): boolean {
  const ni = i + (a + 1) * dir;
  return same(s, i + a * dir, j + b * dir) && (same(s, ni, j + (b + 1) * dir) || ni < 0 || ni >= s.pageCount);
}

/** Two-word confirmed repair at a mismatch, as page step * 4 + entry step; -1 when none. */
function repair(s: Pair, i: number, j: number, dir: number): number {
  if (sure(s, i, j, dir, 1, 1)) return 5;
  if (sure(s, i, j, dir, 1, 0)) return 4;
  if (sure(s, i, j, dir, 0, 1)) return 1;
  if (sure(s, i, j, dir, 2, 0)) return 8;
  if (sure(s, i, j, dir, 0, 2)) return 2;
  if (sure(s, i, j, dir, 2, 2)) return 10;
  return -1;
}

/**
 * Walk from (i, j) in direction dir; the segments (forward only, else empty)
 * let the walk jump omissions. Returns [matched, lastI, lastQ] in `out`.
 */
function walk(s: Pair, i: number, j: number, dir: number, segs: number[], out: Int32Array): void {
  let score = 0, best = 0, matched = 0, bestMatched = 0;
  let bestI = i - dir, bestJ = j - dir;
  let seg = 0, t = 0; // anchor cursor: segment (flat index) and offset in it
  while (i >= 0 && i < s.pageCount && j >= 0 && j < s.length) {
    if (s.page[i] === s.words[s.base + j]) {
      // A run of equal words: best can only be reached at its last word.
      do {
        matched++; score++;
        i += dir; j += dir;
      } while (i >= 0 && i < s.pageCount && j >= 0 && j < s.length && s.page[i] === s.words[s.base + j]);
      if (score >= best) {
        best = score; bestI = i - dir; bestJ = j - dir; bestMatched = matched;
      }
      continue;
    }
    // The first anchor at or beyond (i, j) in both sequences.
    let ai = -1, aq = -1;
    for (; seg < segs.length; seg += 3, t = 0) {
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
      i += (fix >> 2) * dir; j += (fix & 3) * dir; score -= 1;
    } else if (anchorNear) {
      score -= ai - i;
      i = ai; j = aq;
    } else {
      i += dir; j += dir; score -= 1;
    }
    if (best - score > X_DROP && !anchorNear) break;
  }
  out[0] = bestMatched; out[1] = bestI; out[2] = bestJ;
}

const NO_SEGMENTS: number[] = [];
const fwd = new Int32Array(3), back = new Int32Array(3);

export function align(page: Int32Array, pageCount: number, entryWords: Int32Array, base: number, length: number, cluster: Cluster): Alignment {
  const s: Pair = { page, pageCount, words: entryWords, base, length };
  const [i0, q0] = cluster.segments;
  walk(s, i0, q0, 1, cluster.segments, fwd);
  walk(s, i0 - 1, q0 - 1, -1, NO_SEGMENTS, back);
  return {
    firstI: back[0] > 0 ? back[1] : i0,
    firstQ: back[0] > 0 ? back[2] : q0,
    lastI: fwd[1],
    lastQ: fwd[2],
    matched: fwd[0] + back[0],
  };
}
