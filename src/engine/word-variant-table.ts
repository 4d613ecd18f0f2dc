// Hash-keyed table of spelling variants: open addressing over typed arrays,
// behind a 64 KB one-byte-per-bucket prefilter, so a word with no variant costs
// one array read.

import { FNV_OFFSET, FNV_PRIME, slotOf } from './hash';
import { WORD_VARIANTS } from './variants';

const BITS = 12;
const SIZE = 1 << BITS;
const SHIFT = 32 - BITS;

/** The hash the tokeniser computes for a lowercase ASCII word. */
export function wordHash(word: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), FNV_PRIME);
  return h | 0;
}

function build() {
  const keys = new Int32Array(SIZE);
  const values = new Int32Array(SIZE);
  const used = new Uint8Array(SIZE);
  const maybe = new Uint8Array(1 << 16);
  for (const [from, to] of WORD_VARIANTS) {
    const key = wordHash(from);
    let slot = slotOf(key, SHIFT);
    while (used[slot] && keys[slot] !== key) slot = (slot + 1) & (SIZE - 1);
    keys[slot] = key;
    values[slot] = wordHash(to);
    used[slot] = 1;
    maybe[key >>> 16] = 1;
  }
  return { keys, values, used, maybe };
}

const { keys, values, used, maybe } = build();

export function canonicalWordHash(hash: number): number {
  if (maybe[hash >>> 16] === 0) return hash;
  let slot = slotOf(hash, SHIFT);
  while (used[slot]) {
    if (keys[slot] === hash) return values[slot];
    slot = (slot + 1) & (SIZE - 1);
  }
  return hash;
}
