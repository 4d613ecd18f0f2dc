// The index as JSON-safe data (typed arrays as base64), for the message from
// the background to content scripts; and back, with the same object shape as
// buildIndex makes (one hidden class for the hot loops).

import { base64ToBytes, base64ToU32, bytesToBase64, u32ToBase64 } from '../shared/base64';
import type { IndexTransfer } from '../shared/index-transfer';
import type { PassageIndex } from './passage-index';
import { soleShingles } from './runs';
import { newScratch } from './scratch';

export type { IndexTransfer };

const bitsOf = (a: Int32Array | Uint32Array) => new Uint32Array(a.buffer, a.byteOffset, a.length);
const int32Of = (a: Uint32Array) => new Int32Array(a.buffer, a.byteOffset, a.length);

export function serializeIndex(index: PassageIndex): IndexTransfer {
  return {
    k: index.k,
    ids: index.ids,
    kinds: index.kinds,
    chapters: index.chapters,
    shift: index.shift,
    words: u32ToBase64(bitsOf(index.words)),
    entryStart: u32ToBase64(index.entryStart),
    keys: u32ToBase64(bitsOf(index.keys)),
    flags: bytesToBase64(index.flags),
    filter: u32ToBase64(index.filter),
    postingStart: u32ToBase64(index.postingStart),
    postings: u32ToBase64(index.postings),
  };
}

export function deserializeIndex(t: IndexTransfer): PassageIndex {
  const words = int32Of(base64ToU32(t.words)),
    entryStart = base64ToU32(t.entryStart);
  const postingStart = base64ToU32(t.postingStart),
    postings = base64ToU32(t.postings);
  const index: PassageIndex = {
    k: t.k,
    ids: t.ids,
    kinds: t.kinds,
    chapters: t.chapters,
    words,
    entryStart,
    shift: t.shift,
    keys: int32Of(base64ToU32(t.keys)),
    flags: base64ToBytes(t.flags),
    filter: base64ToU32(t.filter),
    postingStart,
    postings,
    sole: new Uint8Array(0),
    scratch: newScratch(),
  };
  if (
    index.keys.length !== index.flags.length ||
    index.postingStart.length !== index.keys.length + 1 ||
    index.filter.length * 32 < index.keys.length ||
    index.entryStart.length !== index.ids.length + 1
  ) {
    throw new Error('passage index transfer is inconsistent');
  }
  // Derived, not sent: rebuilt once the sizes are known to agree.
  index.sole = soleShingles(words.length, entryStart, postingStart, postings);
  return index;
}
