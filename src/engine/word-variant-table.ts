// Hash-keyed table of whole-word spelling variants: an open-addressing pair of
// typed arrays, so the tokeniser pays one array read for a word that has none.

import { hashCodes, slotOf } from './hash';
import { foldSpelling, WORD_VARIANTS } from './variants';

const BITS = 8;
const SIZE = 1 << BITS;
const SHIFT = 32 - BITS;

function build(): { keys: Uint32Array; values: Uint32Array; used: Uint8Array } {
  const keys = new Uint32Array(SIZE);
  const values = new Uint32Array(SIZE);
  const used = new Uint8Array(SIZE);
  for (const [from, to] of WORD_VARIANTS) {
    const key = spelledHash(from);
    let slot = slotOf(key, SHIFT);
    while (used[slot] && keys[slot] !== key) slot = (slot + 1) & (SIZE - 1);
    keys[slot] = key;
    values[slot] = spelledHash(to);
    used[slot] = 1;
  }
  return { keys, values, used };
}

const table = build();

/** Hash of a lowercase ASCII word after the suffix rules, as the tokeniser computes it. */
function spelledHash(word: string): number {
  const buf = Uint16Array.from(word, (ch) => ch.charCodeAt(0));
  return hashCodes(buf, foldSpelling(buf, buf.length));
}

/** One byte per top-hash-byte: most words are known to have no variant without a probe. */
const maybe = new Uint8Array(256);
for (const [from] of WORD_VARIANTS) maybe[spelledHash(from) >>> 24] = 1;

export function canonicalWordHash(hash: number): number {
  if (maybe[hash >>> 24] === 0) return hash;
  let slot = slotOf(hash, SHIFT);
  while (table.used[slot]) {
    if (table.keys[slot] === hash) return table.values[slot];
    slot = (slot + 1) & (SIZE - 1);
  }
  return hash;
}
