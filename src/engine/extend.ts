// Step 4 of detection: word-level X-drop extension from a cluster's anchors,
// repairing single substitutions, insertions and deletions, and jumping to the
// next anchor across omissions.

import type { Cluster } from './cluster';
import { MAX_PAGE_GAP } from './cluster';

const X_DROP = 3;

export interface Alignment {
  firstI: number;
  lastI: number;
  firstQ: number;
  lastQ: number;
  matched: number;
}

interface Walk {
  matched: number;
  lastI: number;
  lastQ: number;
}

type Seq = { words: Int32Array; base: number; length: number };

const inside = (s: Seq, pos: number) => pos >= 0 && pos < s.length;

/** Page word i equals entry word j (both inside their sequences). Hashes are int32, so no sentinel value is free. */
function same(p: Seq, i: number, q: Seq, j: number): boolean {
  return inside(p, i) && inside(q, j) && p.words[p.base + i] === q.words[q.base + j];
}

/** Two-word confirmed repair at a mismatch: [page step, entry step], or null. */
function repair(p: Seq, i: number, q: Seq, j: number, dir: number): [number, number] | null {
  const sure = (a: number, b: number) =>
    same(p, i + a * dir, q, j + b * dir) && (same(p, i + (a + 1) * dir, q, j + (b + 1) * dir) || !inside(p, i + (a + 1) * dir));
  if (sure(1, 1)) return [1, 1];
  if (sure(1, 0)) return [1, 0];
  if (sure(0, 1)) return [0, 1];
  if (sure(2, 0)) return [2, 0];
  if (sure(0, 2)) return [0, 2];
  if (sure(2, 2)) return [2, 2];
  return null;
}

/** Walk from (i, j) in direction dir; anchors (forward only) let the walk jump omissions. */
function walk(page: Seq, entry: Seq, i: number, j: number, dir: number, anchors: number[]): Walk {
  let score = 0, best = 0, matched = 0, bestMatched = 0;
  let bestI = i - dir, bestJ = j - dir, a = 0;
  while (inside(page, i) && inside(entry, j)) {
    if (same(page, i, entry, j)) {
      matched++; score++;
      if (score >= best) [best, bestI, bestJ, bestMatched] = [score, i, j, matched];
      i += dir; j += dir;
      continue;
    }
    while (a < anchors.length && (anchors[a] < i || anchors[a + 1] < j)) a += 2;
    const anchorNear = a < anchors.length && anchors[a] - i <= MAX_PAGE_GAP;
    const fix = repair(page, i, entry, j, dir);
    if (fix) {
      i += fix[0] * dir; j += fix[1] * dir; score -= 1;
    } else if (anchorNear) {
      score -= anchors[a] - i;
      [i, j] = [anchors[a], anchors[a + 1]];
    } else {
      i += dir; j += dir; score -= 1;
    }
    if (best - score > X_DROP && !anchorNear) break;
  }
  return { matched: bestMatched, lastI: bestI, lastQ: bestJ };
}

export function align(page: Int32Array, pageCount: number, entryWords: Int32Array, base: number, length: number, cluster: Cluster): Alignment {
  const p: Seq = { words: page, base: 0, length: pageCount };
  const e: Seq = { words: entryWords, base, length };
  const [i0, q0] = cluster.anchors;
  const fwd = walk(p, e, i0, q0, 1, cluster.anchors);
  const back = walk(p, e, i0 - 1, q0 - 1, -1, []);
  return {
    firstI: back.matched > 0 ? back.lastI : i0,
    firstQ: back.matched > 0 ? back.lastQ : q0,
    lastI: fwd.lastI,
    lastQ: fwd.lastQ,
    matched: fwd.matched + back.matched,
  };
}
