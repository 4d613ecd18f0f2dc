// Skip-ahead along verbatim runs. A page that is itself learned text hits
// nearly every shingle, and probing each one (a cold read of the key table,
// flags, posting range and posting) cost some 30 times the char-loop floor.
// Where a shingle's slot holds a single posting ("sole"), the probe can only
// return that posting, so once a hit at (page i, entry q) is followed by
// equal words on both sides, the next positions' hits are known without
// probing: (i + t, q + t), for as long as the words agree and the entry's
// shingles stay sole. Clusters, and so matches, come out exactly as when
// every position is probed; a shingle shared with another entry (a curated
// passage inside a learned chapter) is never sole, so it is still probed.

import type { PassageIndex } from './passage-index';
import { POSITION_BITS, POSITION_MASK } from './postings';
import type { PageWords } from './scratch';

/**
 * Per word of `words` (global position): 1 when the entry's shingle starting
 * there is the only posting in its slot. Derived from the postings, so a
 * transferred index rebuilds it instead of carrying it.
 */
export function soleShingles(
  wordCount: number,
  entryStart: Uint32Array,
  postingStart: Uint32Array,
  postings: Uint32Array,
): Uint8Array {
  const sole = new Uint8Array(wordCount);
  const slots = postingStart.length - 1;
  for (let s = 0; s < slots; s++) {
    const p = postingStart[s];
    if (postingStart[s + 1] - p !== 1) continue;
    sole[entryStart[postings[p] >>> POSITION_BITS] + (postings[p] & POSITION_MASK)] = 1;
  }
  return sole;
}

/**
 * How many positions after page word i the hit (i, q) of entry e continues
 * with known, sole hits: t = 1..n, each (i + t, q + t). 0 when the shingle at
 * i matched by hash only (a collision), not word for word.
 */
export function soleRun(
  index: PassageIndex,
  p: PageWords,
  e: number,
  i: number,
  q: number,
): number {
  const { words, sole, k, entryStart } = index;
  const { page, count } = p;
  const base = entryStart[e],
    length = entryStart[e + 1] - base;
  for (let j = 0; j < k; j++) if (page[i + j] !== words[base + q + j]) return 0;
  // Loop bounds: the page's last shingle starts at count - k, the entry's at length - k.
  const limit = Math.min(count - i, length - q) - k;
  let t = 1;
  while (
    t <= limit &&
    page[i + t + k - 1] === words[base + q + t + k - 1] &&
    sole[base + q + t] === 1
  )
    t++;
  return t - 1;
}

/** Entry words read, per entry, for the text that follows a run. */
const LOOK_AHEAD = 256;

/**
 * The posting of page word m's shingle when it is a sole shingle of entry e
 * from word `from` on, or of entry e + 1 from its start (within LOOK_AHEAD
 * words each), found by reading entry words instead of probing the index:
 * where a long run ends, the page often goes on a little further in the same
 * text (a skipped paragraph) or in the next chunk of the chapter. -1 when
 * not found. A sole shingle is in one slot with one posting, so whichever
 * way it is found, this is exactly what a probe at m would return.
 */
export function soleAhead(
  index: PassageIndex,
  p: PageWords,
  m: number,
  e: number,
  from: number,
): number {
  const { words, sole, k, entryStart } = index;
  const { page, count } = p;
  if (m + k > count) return -1;
  const w = page[m];
  for (let entry = e; entry <= e + 1 && entry + 1 < entryStart.length; entry++, from = 0) {
    const base = entryStart[entry],
      last = Math.min(entryStart[entry + 1] - base - k, from + LOOK_AHEAD);
    for (let q = from; q <= last; q++) {
      if (words[base + q] !== w || sole[base + q] !== 1) continue;
      let j = 1;
      while (j < k && page[m + j] === words[base + q + j]) j++;
      if (j === k) return ((entry << POSITION_BITS) | q) >>> 0;
    }
  }
  return -1;
}
