// The index as JSON-safe data (typed arrays as base64), for the message from
// the background to content scripts; and back.

import { base64ToBytes, base64ToU32, bytesToBase64, u32ToBase64 } from '../shared/base64';
import type { IndexTransfer } from '../shared/index-transfer';
import type { PassageIndex } from './passage-index';

export type { IndexTransfer };

const U32_FIELDS = ['words', 'entryStart', 'wordEntry', 'keys', 'filter', 'postingStart', 'postings'] as const;

export function serializeIndex(index: PassageIndex): IndexTransfer {
  const out = { k: index.k, ids: index.ids, kinds: index.kinds, chapters: index.chapters, shift: index.shift } as IndexTransfer;
  for (const f of U32_FIELDS) out[f] = u32ToBase64(index[f]);
  out.flags = bytesToBase64(index.flags);
  return out;
}

export function deserializeIndex(t: IndexTransfer): PassageIndex {
  const index = { k: t.k, ids: t.ids, kinds: t.kinds, chapters: t.chapters, shift: t.shift } as PassageIndex;
  for (const f of U32_FIELDS) index[f] = base64ToU32(t[f]);
  index.flags = base64ToBytes(t.flags);
  if (index.keys.length !== index.flags.length || index.postingStart.length !== index.keys.length + 1) {
    throw new Error('passage index transfer is inconsistent');
  }
  return index;
}
