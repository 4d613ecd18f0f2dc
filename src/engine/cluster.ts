// Step 3 of detection: the page read in order, its hits brought into
// clusters (cluster-state.ts). Hits come from seeding in blocks (seed.ts),
// except along verbatim runs of an entry's text, where they are known
// without probing (runs.ts): a learned chapter's own page is nearly all run.

import { addHit, place, stateFor, type Cluster } from './cluster-state';
import { shingleHash } from './hash';
import type { PassageIndex } from './passage-index';
import { POSITION_BITS, POSITION_MASK } from './postings';
import { soleAhead, soleRun } from './runs';
import { beginPage, endPage, type Scratch } from './scratch';
import { probeKnown, seedFrom, startPage } from './seed';

/**
 * Candidates probed together (see seed.ts). After a run starts, the rest of
 * its block was probed in vain, so blocks start small and double while no
 * long run starts: few wasted probes on learned text, large batches elsewhere.
 */
const MIN_BLOCK = 4,
  MAX_BLOCK = 1024;

/** `skipRuns: false` probes every page position: the reference the skip-ahead (runs.ts) is tested against. */
export function findClusters(
  index: PassageIndex,
  page: Int32Array,
  count: number,
  skipRuns = true,
  s = index.scratch,
): Cluster[] {
  stateFor(s, index.ids.length);
  beginPage(s, page, count);
  const clusters = s.clusters;
  try {
    collect(index, s, skipRuns);
  } finally {
    for (const c of clusters) s.open[c.entry] = -1;
    endPage(s);
  }
  return clusters;
}

function collect(index: PassageIndex, s: Scratch, skipRuns: boolean): void {
  const count = s.count;
  startPage(index, s);
  s.predictedAt = -1;
  let covered = 0; // page words below this are tested, or accounted for by a run
  let block = MIN_BLOCK;
  while (covered + index.k <= count) {
    if (covered === s.predictedAt) {
      // Everything before it is done: its hit is the one posting a probe would find.
      const predicted = s.predicted;
      s.predictedAt = -1;
      place(
        s,
        covered,
        predicted >>> POSITION_BITS,
        predicted & POSITION_MASK,
        predicted & POSITION_MASK,
      );
      covered = extendRun(index, s, covered, predicted);
      block = MIN_BLOCK;
      continue;
    }
    const stop = s.predictedAt > covered ? s.predictedAt : count;
    const n = seedFrom(index, s, covered, block, stop),
      hits = s.hits; // extendRun() seeds no block: s.hits stays this block's
    let next = s.filterEnd;
    if (next < stop) block = Math.min(MAX_BLOCK, block * 2); // grows only while it finds no run
    for (let h = 0; h < n; h += 2) {
      const i = hits[h];
      if (i < covered) continue;
      const sole = addHit(index, s, i, hits[h + 1]);
      if (sole < 0 || !skipRuns) continue;
      covered = extendRun(index, s, i, sole);
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
function extendRun(index: PassageIndex, s: Scratch, i: number, posting: number): number {
  const { words, k, entryStart } = index;
  const { page, count, lastI, lastQ } = s;
  const e = posting >>> POSITION_BITS,
    base = entryStart[e],
    length = entryStart[e + 1] - base;
  const c = s.clusters[s.open[e]],
    from = i;
  for (let q = posting & POSITION_MASK; ;) {
    const n = soleRun(index, s, e, i, q);
    c.segments[c.segments.length - 1] += n;
    c.anchors += n;
    i += n;
    q += n;
    lastI[e] = i;
    lastQ[e] = q;
    // The next position: on the page and in the entry, its words equal, its shingle shared?
    if (i + 1 + k > count || q + 1 + k > length || page[i + k] !== words[base + q + k]) {
      const ahead = i - from > k ? soleAhead(index, s, i + k, e, q + k + 1) : -1;
      if (ahead >= 0) {
        s.predictedAt = i + k;
        s.predicted = ahead;
      }
      return i + 1;
    }
    const slot = probeKnown(index, s, shingleHash(page, i + 1, k));
    if (slot < 0) return i + 1; // a stop-shingle: no hit there
    addHit(index, s, i + 1, slot);
    i++;
    q++;
    if (lastI[e] !== i || lastQ[e] !== q) return i + 1;
  }
}
