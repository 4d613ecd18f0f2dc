// The passage index: 5-word shingles of every entry in an open-addressing table
// with postings in one packed array, plus a small bit filter that turns away
// most page shingles before they touch the (larger) table. All state is typed
// arrays, so the background builds it once and hands it to content scripts.

import { shingleHash, slotOf } from './hash';
import type { EntryKind, IndexEntry } from './types';

export const SHINGLE = 5;
/** Shingles shared by more entries than this are dropped (book-wide boilerplate). */
const MAX_ENTRIES_PER_SHINGLE = 24;
/**
 * Filter bits per table slot (2^1 = 2, i.e. about 4 per shingle at the table's
 * load): small enough to stay in L2 at N = 5,000 (128 KB), turning away about
 * four in five absent shingles before they touch the 2 MB key table.
 */
const FILTER_BITS_PER_SLOT_LOG2 = 1;
const USED = 1;
const STOP = 2;

export interface PassageIndex {
  k: number;
  ids: string[];
  kinds: EntryKind[];
  chapters: (string | null)[];
  /** All entries' word hashes, concatenated. */
  words: Uint32Array;
  /** Entry e owns words[entryStart[e] .. entryStart[e + 1]). */
  entryStart: Uint32Array;
  /** For each global word position, its entry. */
  wordEntry: Uint32Array;
  shift: number;
  /** Shingle hash per slot; 0 marks an empty slot (a hash of 0 is stored as 1). */
  keys: Uint32Array;
  /** USED or STOP per slot. */
  flags: Uint8Array;
  /** One bit per filter position; a clear bit means "no entry has this shingle". */
  filter: Uint32Array;
  /** Postings of slot s are postings[postingStart[s] .. postingStart[s + 1]): global word positions. */
  postingStart: Uint32Array;
  postings: Uint32Array;
}

function concatWords(entries: readonly IndexEntry[]) {
  const entryStart = new Uint32Array(entries.length + 1);
  entries.forEach((e, i) => (entryStart[i + 1] = entryStart[i] + e.hashes.length));
  const words = new Uint32Array(entryStart[entries.length]);
  const wordEntry = new Uint32Array(words.length);
  entries.forEach((e, i) => {
    words.set(e.hashes, entryStart[i]);
    wordEntry.fill(i, entryStart[i], entryStart[i + 1]);
  });
  return { words, entryStart, wordEntry };
}

function tableBits(shingles: number): number {
  let bits = 4;
  while (1 << bits < shingles / 0.5) bits++;
  return bits;
}

const keyOf = (hash: number) => hash || 1;
/** Filter position from other hash bits than the slot's. */
const filterPos = (key: number, shift: number) => Math.imul(key, 0x85ebca6b) >>> (shift - FILTER_BITS_PER_SLOT_LOG2);

function findSlot(keys: Uint32Array, key: number, shift: number): number {
  const mask = keys.length - 1;
  let slot = slotOf(key, shift);
  while (keys[slot] !== 0 && keys[slot] !== key) slot = (slot + 1) & mask;
  return slot;
}

function markStopShingles(index: PassageIndex): void {
  const { postingStart, postings, wordEntry, flags } = index;
  for (let s = 0; s < flags.length; s++) {
    if (postingStart[s + 1] - postingStart[s] <= MAX_ENTRIES_PER_SHINGLE) continue;
    const distinct = new Set<number>();
    for (let p = postingStart[s]; p < postingStart[s + 1]; p++) distinct.add(wordEntry[postings[p]]);
    if (distinct.size > MAX_ENTRIES_PER_SHINGLE) flags[s] = STOP;
  }
}

export function buildIndex(entries: readonly IndexEntry[], k = SHINGLE): PassageIndex {
  const { words, entryStart, wordEntry } = concatWords(entries);
  const positions: number[] = [];
  for (let e = 0; e < entries.length; e++) {
    for (let q = entryStart[e]; q + k <= entryStart[e + 1]; q++) positions.push(q);
  }
  const bits = tableBits(positions.length);
  const shift = 32 - bits;
  const keys = new Uint32Array(1 << bits);
  const flags = new Uint8Array(1 << bits);
  const filter = new Uint32Array((1 << (bits + FILTER_BITS_PER_SLOT_LOG2)) >>> 5);
  const counts = new Uint32Array((1 << bits) + 1);
  const slots = new Uint32Array(positions.length);
  positions.forEach((q, n) => {
    const key = keyOf(shingleHash(words, q, k));
    const slot = findSlot(keys, key, shift);
    keys[slot] = key;
    flags[slot] = USED;
    const f = filterPos(key, shift);
    filter[f >>> 5] |= 1 << (f & 31);
    counts[slot + 1]++;
    slots[n] = slot;
  });
  for (let s = 0; s < keys.length; s++) counts[s + 1] += counts[s];
  const postingStart = counts;
  const fill = postingStart.slice(0, keys.length);
  const postings = new Uint32Array(positions.length);
  positions.forEach((q, n) => (postings[fill[slots[n]]++] = q));
  const index: PassageIndex = {
    k, ids: entries.map((e) => e.id), kinds: entries.map((e) => e.kind), chapters: entries.map((e) => e.chapter),
    words, entryStart, wordEntry, shift, keys, flags, filter, postingStart, postings,
  };
  markStopShingles(index);
  return index;
}

/** The slot holding a shingle's postings, or -1 when absent or a stop-shingle. */
export function lookupShingle(index: PassageIndex, hash: number): number {
  const key = keyOf(hash);
  const f = filterPos(key, index.shift);
  if ((index.filter[f >>> 5] & (1 << (f & 31))) === 0) return -1;
  const slot = findSlot(index.keys, key, index.shift);
  return index.keys[slot] === key && index.flags[slot] === USED ? slot : -1;
}

export function entryLength(index: PassageIndex, entry: number): number {
  return index.entryStart[entry + 1] - index.entryStart[entry];
}
