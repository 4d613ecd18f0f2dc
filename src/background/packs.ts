// Critique packs: extra layers with their own paragraphs, placed on the
// History's passages and chapters like the review's. An import is validated
// whole (schema, then every id it refers to) before one transaction writes
// it; a rejected pack changes nothing. Seeding never touches pack records.

import * as v from 'valibot';
import { describeIssues, PackSchema, type Pack } from '../data/schema';
import type { LayerRecord, ReviewParagraph } from '../shared/dataset';
import type { PackSummary } from '../shared/messages';
import type { IDBPTransaction } from 'idb';
import type { CounterpointDB, Db, PackMeta } from './db';
import { BUNDLED_DATASET, writeDataset } from './seed';

const PACK_STORES = ['meta', 'layers', 'paragraphs'] as const;
type PackTx = IDBPTransaction<CounterpointDB, (typeof PACK_STORES)[number][], 'readwrite'>;
const metaKey = (id: string) => `pack:${id}`;
/** Pack layers sort after the bundled ones. */
const PACK_ORDER_BASE = 1000;
/** Issues listed in a refusal. Checking stops there: a hostile file could hold a million. */
const MAX_LISTED_ISSUES = 8;

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

/** Every passage, chapter and layer a pack's paragraphs name must exist (its own layers count). */
async function unknownReferences(db: Db, pack: Pack): Promise<string[]> {
  const [passages, chapters, layers] = await Promise.all([
    db.getAllKeys('passages'),
    db.getAllKeys('chapters'),
    db.getAll('layers'),
  ]);
  const known = {
    passages: new Set(passages),
    chapters: new Set(chapters),
    layers: new Set(pack.layers.map((l) => l.id)),
  };
  const { issues, add } = issueList();
  const ids = new Set<string>();
  for (const [i, p] of pack.paragraphs.entries()) {
    if (ids.has(p.id)) add(`paragraphs.${i}.id: ${p.id} appears twice`);
    ids.add(p.id);
    for (const id of p.passages)
      if (!known.passages.has(id)) add(`paragraphs.${i}.passages: no passage ${id}`);
    for (const id of p.chapters)
      if (!known.chapters.has(id)) add(`paragraphs.${i}.chapters: no chapter ${id}`);
    if (!known.layers.has(p.layer))
      add(`paragraphs.${i}.layer: ${p.layer} is not one of the pack's layers`);
  }
  const bundledLayers = new Set(BUNDLED_DATASET.layers.map((l) => l.id));
  // A layer id held by another pack would be overwritten, and taken away with this pack later.
  const otherPacks = new Map(
    layers.filter((l) => l.pack !== undefined && l.pack !== pack.id).map((l) => [l.id, l.pack]),
  );
  const layerIds = new Set<string>();
  for (const l of pack.layers) {
    if (bundledLayers.has(l.id)) add(`layers: ${l.id} is a bundled layer's id`);
    else if (otherPacks.has(l.id))
      add(`layers: ${l.id} is a layer of the pack ${otherPacks.get(l.id)}`);
    if (layerIds.has(l.id)) add(`layers: ${l.id} appears twice`);
    layerIds.add(l.id);
  }
  return issues;
}

function records(pack: Pack): { layers: LayerRecord[]; paragraphs: ReviewParagraph[] } {
  const layers = pack.layers.map((l, i) => ({ ...l, order: PACK_ORDER_BASE + i, pack: pack.id }));
  const paragraphs = pack.paragraphs.map((p, order) => ({
    id: `${pack.id}/${p.id}`,
    section: `pack:${pack.id}`,
    sectionHeading: pack.name,
    order: PACK_ORDER_BASE + order,
    text: p.text,
    stance: p.stance,
    themes: p.themes,
    passages: p.passages,
    chapters: p.chapters,
    layers: [p.layer],
    pack: pack.id,
  }));
  return { layers, paragraphs };
}

/** Deletes a pack's records inside `tx` (queued requests). */
async function deletePack(tx: PackTx, packId: string): Promise<void> {
  const layers = tx.objectStore('layers');
  const paragraphs = tx.objectStore('paragraphs');
  const [ls, ps] = await Promise.all([layers.getAll(), paragraphs.getAll()]);
  await Promise.all([
    ...ls.filter((l) => l.pack === packId).map((l) => layers.delete(l.id)),
    ...ps.filter((p) => p.pack === packId).map((p) => paragraphs.delete(p.id)),
    tx.objectStore('meta').delete(metaKey(packId)),
  ]);
}

export async function importPack(db: Db, input: unknown): Promise<PackSummary> {
  // The first schema issue only: collecting them all costs ~1 s on a file of 100,000 bad items.
  const parsed = v.safeParse(PackSchema, input, { abortEarly: true });
  if (!parsed.success) refuse(describeIssues(parsed.issues, 'pack'));
  const pack = parsed.output;
  const issues = await unknownReferences(db, pack);
  if (issues.length > 0) refuse(issues);
  const { layers, paragraphs } = records(pack);
  const meta: PackMeta = {
    id: pack.id,
    name: pack.name,
    attribution: pack.attribution,
    importedAt: Date.now(),
  };
  const tx: PackTx = db.transaction([...PACK_STORES], 'readwrite', { durability: 'strict' });
  await deletePack(tx, pack.id); // a re-import replaces the pack
  await Promise.all([
    ...layers.map((l) => tx.objectStore('layers').put(l)),
    ...paragraphs.map((p) => tx.objectStore('paragraphs').put(p)),
    tx.objectStore('meta').put(meta, metaKey(pack.id)),
    tx.done,
  ]);
  return {
    id: pack.id,
    name: pack.name,
    attribution: pack.attribution,
    layers,
    paragraphs: paragraphs.length,
  };
}

export async function listPacks(db: Db): Promise<PackSummary[]> {
  const tx = db.transaction([...PACK_STORES]);
  const [metas, layers, paragraphs] = await Promise.all([
    tx.objectStore('meta').getAll(),
    tx.objectStore('layers').getAll(),
    tx.objectStore('paragraphs').getAll(),
  ]);
  return metas
    .filter((m): m is PackMeta => 'importedAt' in m)
    .sort((a, b) => a.importedAt - b.importedAt)
    .map((m) => ({
      id: m.id,
      name: m.name,
      attribution: m.attribution,
      layers: layers.filter((l) => l.pack === m.id).sort((a, b) => a.order - b.order),
      paragraphs: paragraphs.filter((p) => p.pack === m.id).length,
    }));
}

export async function removePack(db: Db, packId: string): Promise<void> {
  const tx: PackTx = db.transaction([...PACK_STORES], 'readwrite', { durability: 'strict' });
  await Promise.all([deletePack(tx, packId), tx.done]);
}

/** Every pack removed, the bundled dataset written again; highlights and settings are not in these stores. */
export async function resetDataset(db: Db): Promise<{ version: string }> {
  for (const pack of await listPacks(db)) await removePack(db, pack.id);
  await writeDataset(db, BUNDLED_DATASET);
  return { version: BUNDLED_DATASET.version };
}
