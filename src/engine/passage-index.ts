// The passage index: 5-word shingles of every entry in an open-addressing table
// with postings in one packed array, plus a small bit filter that turns away
// most page shingles before they touch the (larger) table. All state is typed
// arrays, so the background builds it once and hands it to content scripts.

import { shingleHash, slotOf } from './hash';
import { POSITION_BITS } from './postings';
import { soleShingles } from './runs';
import { newScratch, type Scratch } from './scratch';
import type { EntryKind, IndexEntry } from './types';

const SHINGLE = 5;
/** Shingles shared by more entries than this are dropped (book-wide boilerplate). */
const MAX_ENTRIES_PER_SHINGLE = 24;
/**
 * Filter size: 2^2 = 4 bits per table slot, about 9 per shingle at the table's
 * load; 256 KB at N = 5,000, so it stays in L2. Each shingle sets two bits in
 * one 32-bit word (a blocked Bloom filter), so a test is one memory access and
 * only about 4 % of absent shingles go on to probe the (much larger) key table.
 */
export const FILTER_BITS_PER_SLOT_LOG2 = 2;
export const USED = 1;
const STOP = 2;

export interface PassageIndex {
  k: number;
  ids: string[];
  kinds: EntryKind[];
  chapters: (string | null)[];
  /** All entries' word hashes, concatenated (int32 view of the fingerprints' bits). */
  words: Int32Array;
  /** Entry e owns words[entryStart[e] .. entryStart[e + 1]). */
  entryStart: Uint32Array;
  shift: number;
  /** Shingle hash per slot; 0 marks an empty slot (a hash of 0 is stored as 1). */
  keys: Int32Array;
  /** USED or STOP per slot. */
  flags: Uint8Array;
  /** One bit per filter position; a clear bit means "no entry has this shingle". */
  filter: Uint32Array;
  /** Postings of slot s are postings[postingStart[s] .. postingStart[s + 1]): entry << POSITION_BITS | word position in the entry. */
  postingStart: Uint32Array;
  postings: Uint32Array;
  /** Per word of `words`: 1 when the shingle starting there is its slot's only posting (runs.ts). */
  sole: Uint8Array;
  /** What detect() reuses from page to page with this index (scratch.ts): not data, never transferred. */
  scratch: Scratch;
}

export { POSITION_BITS } from './postings';
const MAX_ENTRY_WORDS = 1 << POSITION_BITS;
const MAX_ENTRIES = 1 << (32 - POSITION_BITS);

function concatWords(entries: readonly IndexEntry[]) {
  if (entries.length > MAX_ENTRIES)
    throw new Error(`passage index: at most ${MAX_ENTRIES} entries`);
  const entryStart = new Uint32Array(entries.length + 1);
  entries.forEach((e, i) => {
    if (e.hashes.length > MAX_ENTRY_WORDS)
      throw new Error(`passage index: entry ${e.id} is longer than ${MAX_ENTRY_WORDS} words`);
    entryStart[i + 1] = entryStart[i] + e.hashes.length;
  });
  const words = new Int32Array(entryStart[entries.length]);
  entries.forEach((e, i) => words.set(e.hashes, entryStart[i]));
  return { words, entryStart };
}

function tableBits(shingles: number): number {
  let bits = 4;
  while (1 << bits < shingles / 0.5) bits++;
  return bits;
}

const keyOf = (hash: number) => hash | 0 || 1;
/** Filter hash: other bits than the slot's. Its top bits pick a 32-bit word, its low ten bits two bits in it. */
export const FILTER_MULTIPLIER = 0x85ebca6b | 0;
const filterHash = (key: number) => Math.imul(key, FILTER_MULTIPLIER);
const filterWord = (h: number, shift: number) => h >>> (shift - FILTER_BITS_PER_SLOT_LOG2 + 5);
const filterMask = (h: number) => (1 << (h & 31)) | (1 << ((h >>> 5) & 31));

function findSlot(keys: Int32Array, key: number, shift: number): number {
  const mask = keys.length - 1;
  let slot = slotOf(key, shift);
  while (keys[slot] !== 0 && keys[slot] !== key) slot = (slot + 1) & mask;
  return slot;
}

function markStopShingles(index: PassageIndex): void {
  const { postingStart, postings, flags } = index;
  for (let s = 0; s < flags.length; s++) {
    if (postingStart[s + 1] - postingStart[s] <= MAX_ENTRIES_PER_SHINGLE) continue;
    const distinct = new Set<number>();
    for (let p = postingStart[s]; p < postingStart[s + 1]; p++)
      distinct.add(postings[p] >>> POSITION_BITS);
    if (distinct.size > MAX_ENTRIES_PER_SHINGLE) flags[s] = STOP;
  }
}

export function buildIndex(entries: readonly IndexEntry[], k = SHINGLE): PassageIndex {
  const { words, entryStart } = concatWords(entries);
  // Typed arrays sized up front: a learned book has some 300,000 shingles.
  let total = 0;
  for (let e = 0; e < entries.length; e++)
    total += Math.max(0, entryStart[e + 1] - entryStart[e] - k + 1);
  const positions = new Uint32Array(total); // global word positions of shingle starts
  const packed = new Uint32Array(total); // the same, as postings
  let at = 0;
  for (let e = 0; e < entries.length; e++) {
    for (let q = entryStart[e]; q + k <= entryStart[e + 1]; q++, at++) {
      positions[at] = q;
      packed[at] = ((e << POSITION_BITS) | (q - entryStart[e])) >>> 0;
    }
  }
  const bits = tableBits(positions.length);
  const shift = 32 - bits;
  const keys = new Int32Array(1 << bits);
  const flags = new Uint8Array(1 << bits);
  const filter = new Uint32Array((1 << (bits + FILTER_BITS_PER_SLOT_LOG2)) >>> 5);
  const counts = new Uint32Array((1 << bits) + 1);
  const slots = new Uint32Array(positions.length);
  positions.forEach((q, n) => {
    const key = keyOf(shingleHash(words, q, k));
    const slot = findSlot(keys, key, shift);
    keys[slot] = key;
    flags[slot] = USED;
    const h = filterHash(key);
    filter[filterWord(h, shift)] |= filterMask(h);
    counts[slot + 1]++;
    slots[n] = slot;
  });
  for (let s = 0; s < keys.length; s++) counts[s + 1] += counts[s];
  const postingStart = counts;
  const fill = postingStart.slice(0, keys.length);
  const postings = new Uint32Array(positions.length);
  packed.forEach((posting, n) => (postings[fill[slots[n]]++] = posting));
  const index: PassageIndex = {
    k,
    ids: entries.map((e) => e.id),
    kinds: entries.map((e) => e.kind),
    chapters: entries.map((e) => e.chapter),
    words,
    entryStart,
    shift,
    keys,
    flags,
    filter,
    postingStart,
    postings,
    sole: soleShingles(words.length, entryStart, postingStart, postings),
    scratch: newScratch(),
  };
  markStopShingles(index);
  return index;
}

/** True when the filter rules the shingle out: no entry has it. */
function filteredOut(filter: Uint32Array, shift: number, hash: number): boolean {
  const h = filterHash(keyOf(hash));
  const mask = filterMask(h);
  return (filter[filterWord(h, shift)] & mask) !== mask;
}

/** The slot holding a shingle's postings, or -1 when absent or a stop-shingle. */
export function lookupShingle(index: PassageIndex, hash: number): number {
  if (filteredOut(index.filter, index.shift, hash)) return -1;
  const key = keyOf(hash);
  const slot = findSlot(index.keys, key, index.shift);
  return index.keys[slot] === key && index.flags[slot] === USED ? slot : -1;
}

export function entryLength(index: PassageIndex, entry: number): number {
  return index.entryStart[entry + 1] - index.entryStart[entry];
}
