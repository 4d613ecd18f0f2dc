// Step 2 of detection: the page's shingles looked up in the passage index.
// The hottest code after the tokeniser, so the filter test and the probe are
// written out here (the arithmetic of passage-index.ts's filterHash/Word/Mask,
// slotOf, findSlot and hash.ts's rollShingle) rather than called. The loops
// read constants from locals: bundlers emit module constants as `var`, which
// optimised code re-reads and type-checks on every use.

import { FIBONACCI, SHINGLE_BASE, shingleDropFactor, shingleHash } from './hash';
import {
  FILTER_BITS_PER_SLOT_LOG2,
  FILTER_MULTIPLIER,
  USED,
  type PassageIndex,
} from './passage-index';
import { beginPage, endPage, type Scratch } from './scratch';

function grown(a: Int32Array): Int32Array {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

/**
 * Reads one word per 64-byte cache line, in order. A table that a page scan
 * will touch in most of its lines (the filter of a large index, the key table
 * of a small one) is cold when the scan starts; streamed in like this the
 * hardware prefetcher brings it in far faster than the scattered first reads
 * would: seeding a 200 KB page at N = 5,000 took about 30 % less time.
 */
function warm(s: Scratch, a: Uint32Array | Int32Array): void {
  let sink = 0;
  for (let j = 0; j < a.length; j += 16) sink ^= a[j];
  s.sink ^= sink;
}

/**
 * Pass 1, from page word `from` until `want` candidates are found, page word
 * `stop` is reached (at least `from` is tested) or the page ends: flat pairs
 * (page word, shingle key) in s.candidates; returns their length.
 */
function filterCandidates(
  index: PassageIndex,
  s: Scratch,
  from: number,
  want: number,
  stop: number,
): number {
  const { k, filter, shift } = index;
  const hashes = s.page,
    count = s.count;
  const wordShift = shift - FILTER_BITS_PER_SLOT_LOG2 + 5,
    dropFactor = shingleDropFactor(k);
  const multiplier = FILTER_MULTIPLIER,
    base = SHINGLE_BASE; // see the note above
  const max = 2 * want;
  let out = s.candidates,
    c = 0,
    i = from;
  let shingle = shingleHash(hashes, from, k);
  for (; ; i++) {
    const key = shingle | 0 || 1;
    const h = Math.imul(key, multiplier);
    const bits = (1 << (h & 31)) | (1 << ((h >>> 5) & 31));
    if ((filter[h >>> wordShift] & bits) === bits) {
      if (c + 2 > out.length) out = grown(out);
      out[c++] = i;
      out[c++] = key;
    }
    if (i + k >= count || c >= max || i + 1 >= stop) break;
    shingle =
      (Math.imul((shingle - Math.imul(hashes[i], dropFactor)) | 0, base) + hashes[i + k]) | 0;
  }
  s.candidates = out;
  s.filterEnd = i + 1;
  return c;
}

/** Pass 2: the c / 2 candidates whose key is in the table, as flat pairs (page word, slot) in s.hits; returns their length. */
function probeCandidates(index: PassageIndex, s: Scratch, c: number): number {
  const { keys, shift } = index;
  const cand = s.candidates,
    mask = keys.length - 1,
    fibonacci = FIBONACCI;
  s.probed += c >> 1;
  if (!s.keysWarm && s.probed >= keys.length >> 4) {
    // at least one candidate per line
    warm(s, keys);
    s.keysWarm = true;
  }
  if (!s.keysWarm) {
    let sink = 0;
    for (let j = 1; j < c; j += 2) sink ^= keys[Math.imul(cand[j], fibonacci) >>> shift];
    s.sink ^= sink;
  }
  let hits = s.hits,
    n = 0;
  for (let j = 0; j < c; j += 2) {
    const key = cand[j + 1];
    let slot = Math.imul(key, fibonacci) >>> shift;
    while (keys[slot] !== 0 && keys[slot] !== key) slot = (slot + 1) & mask;
    if (keys[slot] === key) {
      if (n + 2 > hits.length) hits = grown(hits);
      hits[n++] = cand[j];
      hits[n++] = slot;
    }
  }
  s.hits = hits;
  return n;
}

/** Pass 3: stop-shingles dropped, after the reads clustering makes next are started together; returns the new length. */
function keepUsed(index: PassageIndex, s: Scratch, n: number): number {
  const { flags, postingStart, postings } = index;
  const hits = s.hits,
    used = USED;
  let sink = 0,
    m = 0;
  for (let j = 1; j < n; j += 2) sink ^= flags[hits[j]] ^ postingStart[hits[j]];
  for (let j = 1; j < n; j += 2) sink ^= postings[postingStart[hits[j]]];
  s.sink ^= sink;
  for (let j = 0; j < n; j += 2) {
    if (flags[hits[j + 1]] !== used) continue;
    hits[m++] = hits[j];
    hits[m++] = hits[j + 1];
  }
  return m;
}

/**
 * The slot of a shingle known to be in the index (an entry's own shingle), or
 * -1 for a stop-shingle. No filter test; the slot's flag and posting range are
 * read with its key, so the three misses overlap.
 */
export function probeKnown(index: PassageIndex, s: Scratch, hash: number): number {
  const { keys, flags, postingStart, shift } = index;
  const key = hash | 0 || 1,
    mask = keys.length - 1;
  let slot = Math.imul(key, FIBONACCI) >>> shift;
  s.sink ^= keys[slot] ^ flags[slot] ^ postingStart[slot];
  while (keys[slot] !== key) slot = (slot + 1) & mask;
  return flags[slot] === USED ? slot : -1;
}

/** A new page (beginPage() set it): streams in the filter when the scan will test most of its lines. */
export function startPage(index: PassageIndex, s: Scratch): void {
  s.probed = 0;
  s.keysWarm = false;
  if (s.count >= index.filter.length >> 4) warm(s, index.filter); // at least one shingle per line
}

/**
 * Filters the page from word `from` on (until `want` candidates, page word
 * `stop` or the page's end) and probes those candidates: the hits, as flat
 * pairs (page word, slot), stop-shingles dropped, in s.hits; returns their
 * length. s.filterEnd then tells where the filter stopped. (s.hits is not
 * trimmed to n: a learned page seeds hundreds of blocks, a view per block
 * would be garbage.)
 *
 * The index is megabytes at N = 5,000 and cold when a page scan starts, so
 * each probe is a cache miss, and so is each hit's flag, posting range and
 * first posting. Reading them in loops that branch on the loaded values
 * serialised those misses. Here each kind of read is first made in a loop
 * without such branches (its result only goes to a sink), so the CPU overlaps
 * the misses: seeding and clustering at N = 5,000 took about 40 % less time.
 * Candidates go in blocks (the caller's `want`), so clustering can skip the
 * words a verbatim run accounts for (runs.ts).
 */
export function seedFrom(
  index: PassageIndex,
  s: Scratch,
  from: number,
  want: number,
  stop: number,
): number {
  if (s.count - from < index.k) {
    s.filterEnd = s.count;
    return 0;
  }
  const c = filterCandidates(index, s, from, want, stop);
  return keepUsed(index, s, probeCandidates(index, s, c));
}

/** Every page position whose shingle is in the index, as flat pairs (page word, slot), in a copy. */
export function seedHits(
  index: PassageIndex,
  hashes: Int32Array,
  count: number,
  s = index.scratch,
): Int32Array {
  beginPage(s, hashes, count);
  try {
    startPage(index, s);
    const n = seedFrom(index, s, 0, count, count);
    return s.hits.slice(0, n); // read after the call: it may replace the buffer
  } finally {
    endPage(s);
  }
}
