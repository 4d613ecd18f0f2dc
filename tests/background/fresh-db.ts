// Test helpers for the store: each test starts on an empty IndexedDB (a new
// fake-indexeddb factory) with the shared connection closed.
import { IDBFactory } from 'fake-indexeddb';
import { closeDb } from '../../src/background/db';
import { BUNDLED_DATASET } from '../../src/background/seed';
import type { Dataset } from '../../src/shared/dataset';

export async function freshIndexedDb(): Promise<void> {
  await closeDb();
  globalThis.indexedDB = new IDBFactory();
}

/** A deep copy of the bundled dataset under another version, to seed as an "update". */
export function datasetCopy(version: string): Dataset {
  return { ...structuredClone(BUNDLED_DATASET), version };
}

export const ids = (records: { id: string }[]) => records.map((r) => r.id);
