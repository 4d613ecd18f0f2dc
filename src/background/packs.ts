// Critique packs and the reader's own perspectives (issue 18): extra layers
// with their own paragraphs, placed on the History's passages and chapters
// like the review's, and the passages they bring as fingerprints. An import
// is validated whole (schema, then every id it refers to) before one
// transaction writes it; a rejected pack changes nothing. Seeding never
// touches pack records, and no pack touches the reader's highlights.

import * as v from 'valibot';
import { TOKENISER_VERSION } from '../engine';
import { checkPackReferences } from '../data/pack-checks';
import {
  layerOrder,
  paragraphOrder,
  packFromRecords,
  packRecords,
  type PackRecords,
} from '../data/pack-records';
import { describeIssues, PackSchema } from '../data/schema';
import type { PackAbout, PackCredit, PackSummary } from '../shared/messages';
import type { PackFileV2 } from '../shared/pack-file';
import type { IDBPTransaction } from 'idb';
import type { CounterpointDB, Db, PackMeta } from './db';
import { indexSourcesChanged } from './index-cache';
import { BUNDLED_DATASET, writeDataset } from './seed';

const PACK_STORES = ['meta', 'layers', 'paragraphs', 'passages'] as const;
type PackTx = IDBPTransaction<CounterpointDB, (typeof PACK_STORES)[number][], 'readwrite'>;
const metaKey = (id: string) => `pack:${id}`;
/** Issues listed in a refusal. Checking stops there: a hostile file could hold a million. */
const MAX_LISTED_ISSUES = 8;
const STRICT = { durability: 'strict' } as const;

function refuse(issues: string[]): never {
  const listed = issues.slice(0, MAX_LISTED_ISSUES).join('; ');
  const more = issues.length > MAX_LISTED_ISSUES ? ' (and more)' : '';
  throw new Error(`refused: the pack is not valid: ${listed}${more}`);
}

/** Collects issues; one past the limit is enough to say "and more", so it refuses there. */
function issueList(): { issues: string[]; add: (issue: string) => void } {
  const issues: string[] = [];
  return {
    issues,
    add: (issue) => {
      issues.push(issue);
      if (issues.length > MAX_LISTED_ISSUES) refuse(issues);
    },
  };
}

const isPackMeta = (m: unknown): m is PackMeta =>
  typeof m === 'object' && m !== null && 'importedAt' in m;

async function knownIds(db: Db, packId: string) {
  const [passages, chapters, layers] = await Promise.all([
    db.getAll('passages'),
    db.getAllKeys('chapters'),
    db.getAll('layers'),
  ]);
  return {
    passages: new Set(passages.filter((p) => p.pack === undefined).map((p) => p.id)),
    chapters: new Set(chapters),
    bundledLayers: new Set(BUNDLED_DATASET.layers.map((l) => l.id)),
    otherPacksLayers: new Map(
      layers.filter((l) => l.pack !== undefined && l.pack !== packId).map((l) => [l.id, l.pack!]),
    ),
    tokeniser: TOKENISER_VERSION,
  };
}

/** Deletes a pack's records inside `tx` (queued requests). */
async function deletePack(tx: PackTx, packId: string): Promise<void> {
  const stores = ['layers', 'paragraphs', 'passages'] as const;
  const all = await Promise.all(stores.map((s) => tx.objectStore(s).getAll()));
  await Promise.all([
    ...stores.flatMap((s, i) =>
      all[i].filter((r) => r.pack === packId).map((r) => tx.objectStore(s).delete(r.id)),
    ),
    tx.objectStore('meta').delete(metaKey(packId)),
  ]);
}

const summaryOf = (about: PackAbout, r: Omit<PackRecords, 'about'>): PackSummary => ({
  ...about,
  layers: [...r.layers].sort((a, b) => a.order - b.order),
  paragraphs: r.paragraphs.length,
  passages: r.passages.length,
});

/** The pack's place among the others: kept on a re-import, last for a new one. */
async function orderFor(db: Db, packId: string): Promise<number> {
  const metas = (await db.getAll('meta')).filter(isPackMeta);
  const own = metas.find((m) => m.id === packId);
  if (own) return own.order ?? 0;
  return metas.reduce((n, m) => Math.max(n, (m.order ?? 0) + 1), 0);
}

export async function importPack(db: Db, input: unknown): Promise<PackSummary> {
  // The first schema issue only: collecting them all costs ~1 s on a file of 100,000 bad items.
  const parsed = v.safeParse(PackSchema, input, { abortEarly: true });
  if (!parsed.success) refuse(describeIssues(parsed.issues, 'pack'));
  const pack = parsed.output;
  const { issues, add } = issueList();
  checkPackReferences(pack, await knownIds(db, pack.id), add);
  if (issues.length > 0) refuse(issues);
  const order = await orderFor(db, pack.id);
  const records = packRecords(pack, order);
  const meta: PackMeta = { ...records.about, importedAt: Date.now(), order };
  const tx: PackTx = db.transaction([...PACK_STORES], 'readwrite', STRICT);
  await deletePack(tx, pack.id); // a re-import replaces the pack
  await Promise.all([
    ...records.layers.map((l) => tx.objectStore('layers').put(l)),
    ...records.paragraphs.map((p) => tx.objectStore('paragraphs').put(p)),
    ...records.passages.map((p) => tx.objectStore('passages').put(p)),
    tx.objectStore('meta').put(meta, metaKey(pack.id)),
    tx.done,
  ]);
  indexSourcesChanged();
  return summaryOf(records.about, records);
}

/** Every pack's meta and records, in the packs' order. */
async function storedPacks(db: Db): Promise<(PackRecords & { meta: PackMeta })[]> {
  const tx = db.transaction([...PACK_STORES]);
  const [metas, layers, paragraphs, passages] = await Promise.all([
    tx.objectStore('meta').getAll(),
    tx.objectStore('layers').getAll(),
    tx.objectStore('paragraphs').getAll(),
    tx.objectStore('passages').getAll(),
  ]);
  return metas
    .filter(isPackMeta)
    .sort((a, b) => (a.order ?? 0) - (b.order ?? 0) || a.importedAt - b.importedAt)
    .map((meta) => ({
      meta,
      about: aboutOf(meta),
      layers: layers.filter((l) => l.pack === meta.id),
      paragraphs: paragraphs.filter((p) => p.pack === meta.id),
      passages: passages.filter((p) => p.pack === meta.id),
    }));
}

/** Who wrote each pack, for the cards: the meta records only (a page load asks, so no records are read). */
export async function packCredits(db: Db): Promise<PackCredit[]> {
  return (await db.getAll('meta'))
    .filter(isPackMeta)
    .map(({ id, name, attribution }) => ({ id, name, attribution }));
}

export async function listPacks(db: Db): Promise<PackSummary[]> {
  return (await storedPacks(db)).map((p) => summaryOf(p.about, p));
}

const aboutOf = ({ importedAt: _at, order: _order, version, ...about }: PackMeta): PackAbout => ({
  ...about,
  version: version ?? 1,
});

/** One pack as a version 2 file (the perspectives page's export), or null. */
export async function exportPack(db: Db, packId: string): Promise<PackFileV2 | null> {
  const stored = (await storedPacks(db)).find((p) => p.meta.id === packId);
  return stored ? packFromRecords(stored, { tokeniser: TOKENISER_VERSION }) : null;
}

/** Puts the packs in the given order (ids not listed keep theirs, after): their layers follow. */
export async function reorderPacks(db: Db, ids: string[]): Promise<void> {
  const packs = await storedPacks(db);
  const ordered = [
    ...ids.map((id) => packs.find((p) => p.meta.id === id)).filter((p) => p !== undefined),
    ...packs.filter((p) => !ids.includes(p.meta.id)),
  ];
  const tx = db.transaction(['meta', 'layers', 'paragraphs'], 'readwrite', STRICT);
  const inOrder = <T extends { order: number }>(records: T[]) =>
    [...records].sort((a, b) => a.order - b.order);
  await Promise.all([
    ...ordered.flatMap((p, order) => [
      tx.objectStore('meta').put({ ...p.meta, order }, metaKey(p.meta.id)),
      ...inOrder(p.layers).map((l, i) =>
        tx.objectStore('layers').put({ ...l, order: layerOrder(order, i) }),
      ),
      ...inOrder(p.paragraphs).map((r, i) =>
        tx.objectStore('paragraphs').put({ ...r, order: paragraphOrder(order, i) }),
      ),
    ]),
    tx.done,
  ]);
}

export async function removePack(db: Db, packId: string): Promise<void> {
  const tx: PackTx = db.transaction([...PACK_STORES], 'readwrite', STRICT);
  await Promise.all([deletePack(tx, packId), tx.done]);
  indexSourcesChanged();
}

/** Every pack removed, the bundled dataset written again; highlights and settings are not in these stores. */
export async function resetDataset(db: Db): Promise<{ version: string }> {
  for (const pack of await listPacks(db)) await removePack(db, pack.id);
  await writeDataset(db, BUNDLED_DATASET);
  return { version: BUNDLED_DATASET.version };
}
