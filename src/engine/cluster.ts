// Step 3 of detection: shingle hits grouped per entry along the diagonal.
// A cluster is a chain of anchors (page word i, entry word q) that may drift
// for edits and jump forward in the entry for "[...]" omissions.

import { POSITION_BITS, type PassageIndex } from './passage-index';
import { seedHits } from './seed';

const POSITION_MASK = (1 << POSITION_BITS) - 1;

/** Most page words between two anchors of one cluster. */
export const MAX_PAGE_GAP = 12;
/** Most entry words an omission may skip beyond the page's own advance. */
export const MAX_OMISSION = 60;
const MAX_BACKWARD_DRIFT = 3;

export interface Cluster {
  entry: number;
  /** Flat pairs: i0, q0, i1, q1, … (page word, entry word), increasing in i. */
  anchors: number[];
}

function fits(di: number, dq: number): boolean {
  return di > 0 && di <= MAX_PAGE_GAP && dq >= -MAX_BACKWARD_DRIFT && dq <= di + MAX_OMISSION;
}

/** Per-entry cluster state, reused across calls; `open` is -1 except for entries touched by the current call. */
let open = new Int32Array(0), lastI = new Int32Array(0), lastQ = new Int32Array(0);

function stateFor(entries: number): void {
  if (open.length >= entries) return;
  open = new Int32Array(entries).fill(-1);
  lastI = new Int32Array(entries);
  lastQ = new Int32Array(entries);
}

export function findClusters(index: PassageIndex, hashes: Int32Array, count: number): Cluster[] {
  stateFor(index.ids.length);
  const clusters: Cluster[] = [];
  try {
    collect(index, hashes, count, clusters);
  } finally {
    for (const c of clusters) open[c.entry] = -1;
  }
  return clusters;
}

function collect(index: PassageIndex, hashes: Int32Array, count: number, clusters: Cluster[]): void {
  const { postingStart, postings } = index;
  const hits = seedHits(index, hashes, count);
  for (let h = 0; h < hits.length; h += 2) {
    const i = hits[h];
    const slot = hits[h + 1];
    const end = postingStart[slot + 1];
    for (let p = postingStart[slot]; p < end; ) {
      const e = postings[p] >>> POSITION_BITS;
      let best = -1;
      let runEnd = p;
      // Postings of one entry are contiguous: pick the one that continues the open cluster.
      for (; runEnd < end && postings[runEnd] >>> POSITION_BITS === e; runEnd++) {
        const q = postings[runEnd] & POSITION_MASK;
        if (best < 0 && open[e] >= 0 && fits(i - lastI[e], q - lastQ[e])) best = q;
      }
      const first = postings[p] & POSITION_MASK;
      p = runEnd;
      if (open[e] >= 0 && lastI[e] === i) continue;
      if (best >= 0) clusters[open[e]].anchors.push(i, best);
      else {
        open[e] = clusters.length;
        clusters.push({ entry: e, anchors: [i, first] });
      }
      lastI[e] = i;
      lastQ[e] = best >= 0 ? best : first;
    }
  }
}
