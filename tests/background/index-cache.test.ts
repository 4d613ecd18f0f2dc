// The passage index comes from the `passages` store, not from the bundle.
import { closeDb, getDb } from '../../src/background/db';
import { passageIndex } from '../../src/background/index-cache';
import { BUNDLED_DATASET } from '../../src/background/seed';
import { bundledEntries } from '../../src/data/fingerprints';
import { buildIndex } from '../../src/engine';
import { freshIndexedDb } from './fresh-db';

beforeAll(freshIndexedDb);
afterAll(closeDb);

test('built from the stored passages: the same index as from the bundled fingerprints', async () => {
  const byId = [...bundledEntries()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  expect(await passageIndex()).toEqual(buildIndex(byId));
});

test('it seeds first, and reads what the store holds', async () => {
  const index = await passageIndex();
  expect(index.ids).toHaveLength(BUNDLED_DATASET.passages.length);
  expect(await (await getDb()).count('passages')).toBe(BUNDLED_DATASET.passages.length);
});

test('cached per dataset version: a new connection at the same version reuses it', async () => {
  const first = await passageIndex();
  await closeDb();
  expect(await passageIndex()).toBe(first);
});
