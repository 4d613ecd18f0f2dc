// The passage index, built from the `passages` store and the chapters the
// browser learned, kept in memory per dataset version and learned revision:
// the service worker may be stopped at any time, so this is a cache, never
// the only copy of anything.

import { buildIndex, type IndexEntry, type PassageIndex } from '../engine';
import { base64ToU32 } from '../shared/base64';
import type { PassageRecord } from '../shared/dataset';
import type { Db } from './db';
import { chunksOf, type LearnedChunk } from '../data/learned-chunks';
import { seeded } from './seed';
import { TOKENISER_VERSION } from '../engine';

export interface DetectionIndex {
  index: PassageIndex;
  /** Learned chunks by entry number. */
  learned: Map<number, LearnedChunk>;
}

let cached: { key: string; index: Promise<DetectionIndex> } | null = null;
/**
 * Bumped when what the index holds besides the bundled passages changes: a chapter learned or
 * forgotten, a pack's passages imported or removed (lost with the worker, as the cache is).
 */
let sourcesRevision = 0;

export function indexSourcesChanged(): void {
  sourcesRevision++;
}

const toEntry = (p: PassageRecord): IndexEntry => ({
  id: p.id,
  kind: p.kind,
  chapter: p.chapter,
  hashes: base64ToU32(p.hashes),
});

async function buildFromStore(db: Db): Promise<DetectionIndex> {
  const [stored, learned] = await Promise.all([db.getAll('passages'), db.getAll('learned')]);
  // A pack's passages hashed by another tokeniser (an older Counterpoint) cannot match: left out.
  const passages = stored.filter(
    (p) => p.tokeniser === undefined || p.tokeniser === TOKENISER_VERSION,
  );
  const chunks = learned.filter((l) => l.tokeniser === TOKENISER_VERSION).flatMap(chunksOf);
  const entries = [...passages.map(toEntry), ...chunks.map((c) => c.entry)];
  return {
    index: buildIndex(entries),
    learned: new Map(chunks.map((c, i) => [passages.length + i, c])),
  };
}

export async function passageIndex(): Promise<PassageIndex> {
  return (await detectionIndex()).index;
}

export async function detectionIndex(): Promise<DetectionIndex> {
  const { db, version } = await seeded();
  const key = `${version}/${sourcesRevision}`;
  if (cached?.key !== key) {
    const entry = { key, index: buildFromStore(db) };
    cached = entry;
    // A failed build is retried by the next request.
    entry.index.catch(() => {
      if (cached === entry) cached = null;
    });
  }
  return cached.index;
}
