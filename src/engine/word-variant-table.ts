// Hash-keyed table of spelling variants: open addressing over typed arrays,
// behind an 8 KB bit prefilter, so a word with no variant costs one array read.

import { FNV_OFFSET, FNV_PRIME, slotOf } from './hash';
import { WORD_VARIANTS } from './variants';

const BITS = 12;
const SIZE = 1 << BITS;
const SHIFT = 32 - BITS;

/** The hash the tokeniser computes for a lowercase ASCII word. */
function wordHash(word: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), FNV_PRIME);
  return h | 0;
}

function build() {
  const keys = new Int32Array(SIZE);
  const values = new Int32Array(SIZE);
  const used = new Uint8Array(SIZE);
  const maybe = new Uint32Array(1 << 11); // 65,536 bits: 8 KB, stays in L1
  for (const [from, to] of WORD_VARIANTS) {
    const key = wordHash(from);
    let slot = slotOf(key, SHIFT);
    while (used[slot] && keys[slot] !== key) slot = (slot + 1) & (SIZE - 1);
    keys[slot] = key;
    values[slot] = wordHash(to);
    used[slot] = 1;
    maybe[key >>> 21] |= 1 << ((key >>> 16) & 31);
  }
  return { keys, values, used, maybe };
}

const { keys, values, used, maybe } = build();
/** The prefilter, for the tokeniser's inline test: bit (hash >>> 16) is set when some variant's hash has that top half. */
export const VARIANT_PREFILTER = maybe;

export function canonicalWordHash(hash: number): number {
  if ((maybe[hash >>> 21] & (1 << ((hash >>> 16) & 31))) === 0) return hash;
  let slot = slotOf(hash, SHIFT);
  while (used[slot]) {
    if (keys[slot] === hash) return values[slot];
    slot = (slot + 1) & (SIZE - 1);
  }
  return hash;
}
