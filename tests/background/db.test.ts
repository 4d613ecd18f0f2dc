// The store's schema and the shared connection.
import { openDB } from 'idb';
import { CRITIQUE_STORES, DB_NAME, DB_VERSION, closeDb, getDb } from '../../src/background/db';
import { freshIndexedDb } from './fresh-db';

beforeEach(freshIndexedDb);
afterAll(closeDb);

const SCHEMA: [
  store: string,
  keyPath: string | null,
  indexes: [name: string, keyPath: string, multiEntry: boolean][],
][] = [
  ['meta', null, []],
  [
    'paragraphs',
    'id',
    [
      ['by-passage', 'passages', true],
      ['by-chapter', 'chapters', true],
      ['by-layer', 'layers', true],
      ['by-section', 'section', false],
    ],
  ],
  ['passages', 'id', [['by-chapter', 'chapter', false]]],
  ['chapters', 'id', []],
  ['layers', 'id', []],
  [
    'quoteChecks',
    'id',
    [
      ['by-paragraph', 'paragraph', false],
      ['by-passage', 'nearestPassages', true],
    ],
  ],
  [
    'highlights',
    'id',
    [
      ['by-url', 'url', false],
      ['by-chapter', 'chapter', false],
      ['by-passage', 'passage', false],
      ['by-created', 'created', false],
    ],
  ],
  ['learned', 'chapter', []],
];

describe('schema, version 2', () => {
  test('exactly the expected stores', async () => {
    const db = await getDb();
    expect(db.name).toBe(DB_NAME);
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(SCHEMA.map(([name]) => name).sort());
  });

  test.each(SCHEMA)('%s: keyPath %s and its indexes', async (name, keyPath, indexes) => {
    const store = (await getDb()).transaction(name as 'meta').store;
    expect(store.keyPath).toBe(keyPath);
    expect([...store.indexNames].sort()).toEqual(indexes.map(([i]) => i).sort());
    for (const [index, path, multiEntry] of indexes) {
      const idx = store.index(index as never);
      expect([idx.keyPath, idx.multiEntry]).toEqual([path, multiEntry]);
    }
  });

  test('the critique stores are the ones seeding replaces; highlights is not among them', () => {
    expect([...CRITIQUE_STORES]).toEqual([
      'paragraphs',
      'passages',
      'chapters',
      'layers',
      'quoteChecks',
    ]);
  });
});

describe('the shared connection', () => {
  test('concurrent callers get one connection', async () => {
    const [a, b] = await Promise.all([getDb(), getDb()]);
    expect(a).toBe(b);
  });

  test('records survive closing and reopening', async () => {
    await (await getDb()).put('meta', { version: 'v', seededAt: 1 }, 'dataset');
    await closeDb();
    const reopened = await getDb();
    expect(await reopened.get('meta', 'dataset')).toEqual({ version: 'v', seededAt: 1 });
  });

  test('a newer version elsewhere is not blocked: ours closes on versionchange and reopens on next use', async () => {
    await getDb();
    const newer = await openDB(DB_NAME, DB_VERSION + 1);
    expect(newer.version).toBe(DB_VERSION + 1);
    newer.close();
    // The next use opens afresh (a cached promise would hand back the closed connection);
    // this older code then cannot open the newer store.
    await expect(getDb()).rejects.toThrow(/version/i);
  });
});
