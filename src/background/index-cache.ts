// The passage index, built from the `passages` store and kept in
// memory per dataset version: the service worker may be stopped at any time,
// so this is a cache, never the only copy of anything.

import { buildIndex, serializeIndex, type IndexEntry, type IndexTransfer, type PassageIndex } from '../engine';
import { base64ToU32 } from '../shared/base64';
import type { PassageRecord } from '../shared/dataset';
import type { Db } from './db';
import { seeded } from './seed';

let cached: { version: string; index: Promise<PassageIndex> } | null = null;

const toEntry = (p: PassageRecord): IndexEntry => ({ id: p.id, kind: p.kind, chapter: p.chapter, hashes: base64ToU32(p.hashes) });

async function buildFromStore(db: Db): Promise<PassageIndex> {
  const passages = await db.getAll('passages');
  return buildIndex(passages.map(toEntry));
}

/** The index as typed arrays, for another context. */
export async function passageIndexTransfer(): Promise<IndexTransfer> {
  return serializeIndex(await passageIndex());
}

export async function passageIndex(): Promise<PassageIndex> {
  const { db, version } = await seeded();
  if (cached?.version !== version) {
    const entry = { version, index: buildFromStore(db) };
    cached = entry;
    // A failed build is retried by the next request.
    entry.index.catch(() => {
      if (cached === entry) cached = null;
    });
  }
  return cached.index;
}
