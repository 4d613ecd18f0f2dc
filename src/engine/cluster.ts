// Step 3 of detection: the page read in order, its hits brought into
// clusters (cluster-state.ts). Hits come from seeding in blocks (seed.ts),
// except along verbatim runs of an entry's text, where they are known
// without probing (runs.ts): a learned chapter's own page is nearly all run.

import { addHit, lastI, lastQ, open, place, stateFor, type Cluster } from './cluster-state';
import { shingleHash } from './hash';
import type { PassageIndex } from './passage-index';
import { POSITION_BITS, POSITION_MASK } from './postings';
import { soleAhead, soleRun } from './runs';
import { nextWord, probeKnown, seededHits, seedFrom, startPage } from './seed';

/**
 * Candidates probed together (see seed.ts). After a run starts, the rest of
 * its block was probed in vain, so blocks start small and double while no
 * long run starts: few wasted probes on learned text, large batches elsewhere.
 */
const MIN_BLOCK = 4, MAX_BLOCK = 1024;

/** `skipRuns: false` probes every page position: the reference the skip-ahead (runs.ts) is tested against. */
export function findClusters(index: PassageIndex, hashes: Int32Array, count: number, skipRuns = true): Cluster[] {
  stateFor(index.ids.length);
  const clusters: Cluster[] = [];
  try {
    collect(index, hashes, count, clusters, skipRuns);
  } finally {
    for (const c of clusters) open[c.entry] = -1;
  }
  return clusters;
}

/** The predicted next run start (page word, or -1) and its posting: see runs.ts's soleAhead(). */
let predictedAt = -1, predicted = 0;

function collect(index: PassageIndex, hashes: Int32Array, count: number, clusters: Cluster[], skipRuns: boolean): void {
  startPage(index, count);
  predictedAt = -1;
  let covered = 0; // page words below this are tested, or accounted for by a run
  let block = MIN_BLOCK;
  while (covered + index.k <= count) {
    if (covered === predictedAt) {
      // Everything before it is done: its hit is the one posting a probe would find.
      predictedAt = -1;
      place(covered, predicted >>> POSITION_BITS, predicted & POSITION_MASK, predicted & POSITION_MASK, clusters);
      covered = extendRun(index, hashes, count, clusters, covered, predicted);
      block = MIN_BLOCK;
      continue;
    }
    const stop = predictedAt > covered ? predictedAt : count;
    const n = seedFrom(index, hashes, count, covered, block, stop), hits = seededHits();
    let next = nextWord();
    if (next < stop) block = Math.min(MAX_BLOCK, block * 2); // grows only while it finds no run
    for (let h = 0; h < n; h += 2) {
      const i = hits[h];
      if (i < covered) continue;
      const sole = addHit(index, i, hits[h + 1], clusters);
      if (sole < 0 || !skipRuns) continue;
      covered = extendRun(index, hashes, count, clusters, i, sole);
      next = Math.max(next, covered);
      // Only a long run says the text goes on in the index (a lone sole shingle is common on any page).
      if (covered - i > index.k) block = MIN_BLOCK;
    }
    covered = next; // a prediction the block went past is stale: covered never comes back to it
  }
}

/**
 * After a sole hit (i, q) of entry e: the anchors (i + t, q + t) that probing
 * the next positions would have added (runs.ts), on the segment that ends at
 * (i, q). Where the words still agree but the shingle is shared (a phrase the
 * book repeats, a curated passage), that one position is probed and its
 * postings added as usual, and the run goes on if e stayed on its diagonal.
 * Returns the first page position not yet accounted for, and predicts where
 * the next run starts when the run was long.
 */
function extendRun(index: PassageIndex, page: Int32Array, count: number, clusters: Cluster[], i: number, posting: number): number {
  const { words, sole, k, entryStart } = index;
  const e = posting >>> POSITION_BITS, base = entryStart[e], length = entryStart[e + 1] - base;
  const c = clusters[open[e]], from = i;
  for (let q = posting & POSITION_MASK; ; ) {
    const n = soleRun(page, count, words, sole, base, length, i, q, k);
    c.segments[c.segments.length - 1] += n;
    c.anchors += n;
    i += n; q += n;
    lastI[e] = i; lastQ[e] = q;
    // The next position: on the page and in the entry, its words equal, its shingle shared?
    if (i + 1 + k > count || q + 1 + k > length || page[i + k] !== words[base + q + k]) {
      const ahead = i - from > k ? soleAhead(page, count, i + k, words, sole, entryStart, e, q + k + 1, k) : -1;
      if (ahead >= 0) {
        predictedAt = i + k;
        predicted = ahead;
      }
      return i + 1;
    }
    const slot = probeKnown(index, shingleHash(page, i + 1, k));
    if (slot < 0) return i + 1; // a stop-shingle: no hit there
    addHit(index, i + 1, slot, clusters);
    i++; q++;
    if (lastI[e] !== i || lastQ[e] !== q) return i + 1;
  }
}
