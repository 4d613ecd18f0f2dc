// Seeding: the bundled critique dataset goes into IndexedDB, keyed by its
// version. Runs on install/update and, lazily, before the first read (the
// worker may start for a message before onInstalled has finished, or after a
// seeding that failed). The reader's highlights and settings are never touched.

import type { IDBPTransaction } from 'idb';
import type { Dataset } from '../shared/dataset';
import bundledJson from '../data/dataset.json';
import { CRITIQUE_STORES, getDb, type CounterpointDB, type DatasetMeta, type Db } from './db';

export const BUNDLED_DATASET = bundledJson as unknown as Dataset;

const SEED_STORES = ['meta', ...CRITIQUE_STORES] as const;
type SeedTx = IDBPTransaction<CounterpointDB, (typeof SEED_STORES)[number][], 'readwrite'>;
type CritiqueStore = (typeof CRITIQUE_STORES)[number];

/** Records from imported packs carry a `pack` field; seeding leaves them alone. */
const fromPack = (record: object) => 'pack' in record && record.pack !== undefined;

/** Ids of the bundled (non-pack) records in one store: the ones the new bundle replaces. */
async function bundledIds(tx: SeedTx, name: CritiqueStore): Promise<string[]> {
  const records: { id: string }[] = await tx.objectStore(name).getAll();
  return records.filter((r) => !fromPack(r)).map((r) => r.id);
}

/** Queues the deletes and puts of one store; the requests run inside `tx`. */
function queueReplace<N extends CritiqueStore>(
  tx: SeedTx,
  name: N,
  stale: string[],
  records: CounterpointDB[N]['value'][],
  pending: Promise<unknown>[],
): void {
  const store = tx.objectStore(name);
  for (const id of stale) pending.push(store.delete(id));
  for (const record of records) pending.push(store.put(record));
}

/**
 * Replaces the bundled critique records with `dataset`'s and records its
 * version, in ONE transaction: a bad record (or a crash) aborts it all and
 * leaves the previous version in place. Relaxed durability: a lost seeding is
 * simply redone on the next start.
 */
export async function writeDataset(db: Db, dataset: Dataset): Promise<void> {
  const tx: SeedTx = db.transaction([...SEED_STORES], 'readwrite', { durability: 'relaxed' });
  const pending: Promise<unknown>[] = [tx.done];
  try {
    const stale = await Promise.all(CRITIQUE_STORES.map((name) => bundledIds(tx, name)));
    queueReplace(tx, 'paragraphs', stale[0], dataset.paragraphs, pending);
    queueReplace(tx, 'passages', stale[1], dataset.passages, pending);
    queueReplace(tx, 'chapters', stale[2], dataset.chapters, pending);
    queueReplace(tx, 'layers', stale[3], dataset.layers, pending);
    queueReplace(tx, 'quoteChecks', stale[4], dataset.quoteChecks, pending);
    pending.push(
      tx.objectStore('meta').put({ version: dataset.version, seededAt: Date.now() }, 'dataset'),
    );
    await Promise.all(pending);
  } catch (e) {
    // A put that throws synchronously (no key, uncloneable value) does not abort
    // the transaction by itself: the requests already queued would commit.
    void Promise.allSettled(pending);
    try {
      tx.abort();
    } catch {
      // Already aborted by the failing request.
    }
    throw e;
  }
}

/** The version and time of the last seeding, if any. */
export async function storedDatasetMeta(db: Db): Promise<DatasetMeta | undefined> {
  return (await db.get('meta', 'dataset')) as DatasetMeta | undefined;
}

/** Seeds `dataset` unless the store already holds its version; returns the stored version. */
export async function seedIfStale(db: Db, dataset: Dataset): Promise<string> {
  const meta = await storedDatasetMeta(db);
  if (meta?.version !== dataset.version) await writeDataset(db, dataset);
  return dataset.version;
}

// One seeding per connection: concurrent callers share it, and a reopened
// connection (after `terminated` or `blocking`) checks again.
const seedings = new WeakMap<Db, Promise<string>>();

/** The open store, seeded with the bundled dataset, and the dataset version it holds. */
export async function seeded(): Promise<{ db: Db; version: string }> {
  const db = await getDb();
  let seeding = seedings.get(db);
  if (!seeding) {
    seeding = seedIfStale(db, BUNDLED_DATASET);
    seedings.set(db, seeding);
    // A failed seeding is retried by the next caller.
    seeding.catch(() => seedings.delete(db));
  }
  return { db, version: await seeding };
}

export const ensureSeeded = async (): Promise<string> => (await seeded()).version;
export const readyDb = async (): Promise<Db> => (await seeded()).db;
