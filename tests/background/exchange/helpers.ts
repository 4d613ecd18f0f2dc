// Store helpers for the exchange tests: a seeded store holding some
// highlights, and a dump of every store to compare before and after.

import { getDb, type Db } from '../../../src/background/db';
import { readyDb } from '../../../src/background/seed';
import type { Highlight } from '../../../src/shared/highlights';

export async function storeWith(highlights: Highlight[]): Promise<Db> {
  const db = await readyDb();
  const tx = db.transaction('highlights', 'readwrite');
  await Promise.all([...highlights.map((h) => tx.store.put(structuredClone(h))), tx.done]);
  return db;
}

const STORES = [
  'meta',
  'paragraphs',
  'passages',
  'chapters',
  'layers',
  'quoteChecks',
  'highlights',
] as const;

/** Every record of every store, with its key, as JSON. */
export async function dump(): Promise<string> {
  const db = await getDb();
  const out: Record<string, unknown> = {};
  for (const s of STORES) {
    const [keys, values] = await Promise.all([db.getAllKeys(s), db.getAll(s)]);
    out[s] = keys.map((k, i) => [k, values[i]]);
  }
  return JSON.stringify(out);
}

/** The fields of a Highlight, each compared on its own so a failure names the field. */
const FIELDS: (keyof Highlight)[] = [
  'id',
  'url',
  'title',
  'quote',
  'position',
  'note',
  'tags',
  'created',
  'updated',
  'chapter',
  'passage',
  'status',
  'checked',
];

export function expectSameRecords(actual: Highlight[], expected: Highlight[]): void {
  expect(actual.map((h) => h.id).sort()).toEqual(expected.map((h) => h.id).sort());
  for (const want of expected) {
    const got = actual.find((h) => h.id === want.id)!;
    for (const field of FIELDS)
      expect({ id: want.id, field, value: got[field] }).toEqual({
        id: want.id,
        field,
        value: want[field],
      });
    expect(Object.keys(got).sort()).toEqual(Object.keys(want).sort());
  }
}
