// Step 3 of detection: shingle hits grouped per entry along the diagonal.
// A cluster is a chain of anchors (page word i, entry word q) that may drift
// for edits and jump forward in the entry for "[...]" omissions.

import { rollShingle, shingleDropFactor, shingleHash } from './hash';
import { lookupShingle, type PassageIndex } from './passage-index';

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

export function findClusters(index: PassageIndex, hashes: Uint32Array, count: number): Cluster[] {
  const entries = index.ids.length;
  const open = new Int32Array(entries).fill(-1);
  const lastI = new Int32Array(entries);
  const lastQ = new Int32Array(entries);
  const clusters: Cluster[] = [];
  const { k, postingStart, postings, wordEntry, entryStart } = index;
  const dropFactor = shingleDropFactor(k);
  let shingle = count >= k ? shingleHash(hashes, 0, k) : 0;
  for (let i = 0; i + k <= count; i++) {
    if (i > 0) shingle = rollShingle(shingle, hashes[i - 1], hashes[i + k - 1], dropFactor);
    const slot = lookupShingle(index, shingle);
    if (slot < 0) continue;
    const end = postingStart[slot + 1];
    for (let p = postingStart[slot]; p < end; ) {
      const e = wordEntry[postings[p]];
      let best = -1;
      let runEnd = p;
      // Postings of one entry are contiguous: pick the one that continues the open cluster.
      for (; runEnd < end && wordEntry[postings[runEnd]] === e; runEnd++) {
        const q = postings[runEnd] - entryStart[e];
        if (best < 0 && open[e] >= 0 && fits(i - lastI[e], q - lastQ[e])) best = q;
      }
      const first = postings[p] - entryStart[e];
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
  return clusters;
}
