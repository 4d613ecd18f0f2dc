// Detection's working memory: buffers that grow to the largest page seen, and
// the cursors of one page scan. Every step gets it as an argument (the engine
// keeps no module-level state), so two scans never share a buffer. Each index
// owns one (PassageIndex.scratch), which detect() reuses from page to page: a
// fresh set per call cost more than the hits themselves. A caller that scans
// with one index from two places at once brings its own (newScratch()).

import type { Cluster } from './cluster-state';
import type { TokenBuffers } from './tokenize';

/** The page a scan reads: an int32 view of its word hashes (hot loops then never box a hash), and its word count. */
export interface PageWords {
  page: Int32Array;
  count: number;
}

export interface Scratch extends PageWords {
  /** Lent to tokenize() by detect(). */
  tokens: TokenBuffers;
  /** The scan's clusters (cluster-state.ts); empty between scans. */
  clusters: Cluster[];
  /** Seeding (seed.ts): flat pairs (page word, shingle key) that passed the filter… */
  candidates: Int32Array;
  /** …and the last seedFrom() call's hits, flat pairs (page word, slot). */
  hits: Int32Array;
  /** Page word after the last one the filter tested. */
  filterEnd: number;
  /** Candidates probed since the page started (tests check that the skip-ahead skips). */
  probed: number;
  /** The key table was streamed in for this page: probes need not touch their slots first. */
  keysWarm: boolean;
  /** Sink for the prefetching reads, so the JIT keeps them. */
  sink: number;
  /**
   * Per entry (cluster-state.ts): its open cluster (an index into `clusters`;
   * -1 except for entries touched by the current scan) and the last anchor added to it.
   */
  open: Int32Array;
  lastI: Int32Array;
  lastQ: Int32Array;
  /** The predicted next run start (page word, or -1) and its posting: see runs.ts's soleAhead(). */
  predictedAt: number;
  predicted: number;
}

export function newScratch(): Scratch {
  return {
    page: new Int32Array(0),
    count: 0,
    tokens: { hashes: new Uint32Array(0), starts: new Uint32Array(0) },
    clusters: [],
    candidates: new Int32Array(1024),
    hits: new Int32Array(1024),
    filterEnd: 0,
    probed: 0,
    keysWarm: false,
    sink: 0,
    open: new Int32Array(0),
    lastI: new Int32Array(0),
    lastQ: new Int32Array(0),
    predictedAt: -1,
    predicted: 0,
  };
}

/** Starts a scan of `page`; its arrays stay the caller's: endPage() lets go of them. */
export function beginPage(s: Scratch, page: Int32Array, count: number): void {
  s.page = page;
  s.count = count;
  s.clusters = [];
}

export function endPage(s: Scratch): void {
  s.page = new Int32Array(0);
  s.count = 0;
  s.clusters = [];
}
