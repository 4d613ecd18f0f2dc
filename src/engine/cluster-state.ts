// Step 3 of detection, its state: shingle hits grouped per entry along the
// diagonal. A cluster is a chain of anchors (page word i, entry word q) that
// may drift for edits and jump forward in the entry for "[...]" omissions.
// cluster.ts reads the page and brings the hits here, in page order.

import { POSITION_BITS, POSITION_MASK } from './postings';
import type { PassageIndex } from './passage-index';
import type { Scratch } from './scratch';

/** Most page words between two anchors of one cluster. */
export const MAX_PAGE_GAP = 12;
/** Most entry words an omission may skip beyond the page's own advance. */
const MAX_OMISSION = 60;
const MAX_BACKWARD_DRIFT = 3;

export interface Cluster {
  entry: number;
  /**
   * The anchors (page word, entry word), increasing in i, as diagonal
   * segments: flat triples i, q, n for the anchors (i + t, q + t), t < n.
   * A learned page has anchors at nearly every word; segments keep that to
   * a few numbers per cluster instead of megabytes of garbage per scan.
   */
  segments: number[];
  /** How many anchors. */
  anchors: number;
}

function fits(di: number, dq: number): boolean {
  return di > 0 && di <= MAX_PAGE_GAP && dq >= -MAX_BACKWARD_DRIFT && dq <= di + MAX_OMISSION;
}

/** Sizes the per-entry state (scratch.ts) for an index of `entries` entries. */
export function stateFor(s: Scratch, entries: number): void {
  if (s.open.length >= entries) return;
  s.open = new Int32Array(entries).fill(-1);
  s.lastI = new Int32Array(entries);
  s.lastQ = new Int32Array(entries);
}

/** Appends anchor (i, q) to a cluster, lengthening its last segment when (i, q) continues it. */
function addAnchor(c: Cluster, i: number, q: number): void {
  const s = c.segments,
    at = s.length - 3;
  if (s[at] + s[at + 2] === i && s[at + 1] + s[at + 2] === q) s[at + 2]++;
  else s.push(i, q, 1);
  c.anchors++;
}

/** Entry e's hit at page word i: at `best` if that continues its open cluster, else a cluster opens at `first`. */
export function place(s: Scratch, i: number, e: number, best: number, first: number): void {
  const { open, lastI, lastQ, clusters } = s;
  if (open[e] >= 0 && lastI[e] === i) return;
  if (open[e] < 0 || !fits(i - lastI[e], best - lastQ[e])) best = -1;
  if (best >= 0) addAnchor(clusters[open[e]], i, best);
  else {
    open[e] = clusters.length;
    clusters.push({ entry: e, segments: [i, first, 1], anchors: 1 });
  }
  lastI[e] = i;
  lastQ[e] = best >= 0 ? best : first;
}

/** A hit's postings into the clusters; returns the posting when it is the slot's only one, else -1. */
export function addHit(index: PassageIndex, s: Scratch, i: number, slot: number): number {
  const { postingStart, postings } = index;
  const { open, lastI, lastQ } = s;
  const end = postingStart[slot + 1];
  for (let p = postingStart[slot]; p < end;) {
    const e = postings[p] >>> POSITION_BITS;
    let best = -1;
    let runEnd = p;
    // Postings of one entry are contiguous: pick the one that continues the open cluster.
    for (; runEnd < end && postings[runEnd] >>> POSITION_BITS === e; runEnd++) {
      const q = postings[runEnd] & POSITION_MASK;
      if (best < 0 && open[e] >= 0 && fits(i - lastI[e], q - lastQ[e])) best = q;
    }
    place(s, i, e, best, postings[p] & POSITION_MASK);
    p = runEnd;
  }
  return end - postingStart[slot] === 1 ? postings[end - 1] : -1;
}
