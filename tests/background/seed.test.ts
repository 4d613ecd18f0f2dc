// Seeding the bundled dataset: first open, updates, what seeding must never
// touch, and all-or-nothing.
import { getDb, closeDb, type Db, type StoredHighlight } from '../../src/background/db';
import {
  BUNDLED_DATASET,
  ensureSeeded,
  readyDb,
  seedIfStale,
  storedDatasetMeta,
  writeDataset,
} from '../../src/background/seed';
import type { Dataset, LayerRecord, ReviewParagraph } from '../../src/shared/dataset';
import { datasetCopy, freshIndexedDb, ids } from './fresh-db';

beforeEach(freshIndexedDb);
afterAll(closeDb);

const COUNTS: [
  store: 'paragraphs' | 'passages' | 'chapters' | 'layers' | 'quoteChecks',
  expected: number,
][] = [
  ['paragraphs', 70],
  ['passages', 109],
  ['chapters', BUNDLED_DATASET.chapters.length],
  ['layers', BUNDLED_DATASET.layers.length],
  ['quoteChecks', BUNDLED_DATASET.quoteChecks.length],
];

const HIGHLIGHT: StoredHighlight = {
  id: 'h-1',
  url: 'https://www.marxists.org/archive/trotsky/1930/hrr/ch26.htm',
  chapter: 'ch26',
  passage: null,
  created: 1,
  note: 'mine',
};
const PACK_PARAGRAPH: ReviewParagraph = {
  ...BUNDLED_DATASET.paragraphs[1],
  id: 'pack:x.1',
  pack: 'x',
  layers: ['pack:x'],
};
const PACK_LAYER: LayerRecord = {
  ...BUNDLED_DATASET.layers[0],
  id: 'pack:x',
  kind: 'pack',
  pack: 'x',
  order: 20,
};

async function storeReaderData(db: Db): Promise<void> {
  await db.put('highlights', HIGHLIGHT);
  await db.put('paragraphs', PACK_PARAGRAPH);
  await db.put('layers', PACK_LAYER);
}

describe('first open', () => {
  test.each(COUNTS)('%s holds the bundled records (%i)', async (store, expected) => {
    const db = await readyDb();
    expect(await db.count(store)).toBe(expected);
    expect((await db.getAllKeys(store)).sort()).toEqual(ids(BUNDLED_DATASET[store]).sort());
  });

  test('meta records the dataset version and when it was seeded', async () => {
    const before = Date.now();
    expect(await ensureSeeded()).toBe(BUNDLED_DATASET.version);
    const meta = await storedDatasetMeta(await getDb());
    expect(meta?.version).toBe(BUNDLED_DATASET.version);
    expect(meta?.seededAt).toBeGreaterThanOrEqual(before);
  });

  test('records are stored as bundled', async () => {
    const db = await readyDb();
    expect(await db.get('paragraphs', 'IV.3')).toEqual(
      BUNDLED_DATASET.paragraphs.find((p) => p.id === 'IV.3'),
    );
    expect(await db.get('passages', 'IV-04')).toEqual(
      BUNDLED_DATASET.passages.find((p) => p.id === 'IV-04'),
    );
  });

  test('concurrent callers share one seeding (one readwrite transaction)', async () => {
    const spy = jest.spyOn(IDBDatabase.prototype, 'transaction');
    await Promise.all([ensureSeeded(), readyDb(), ensureSeeded(), readyDb()]);
    expect(spy.mock.calls.filter(([, mode]) => mode === 'readwrite')).toHaveLength(1);
    spy.mockRestore();
  });

  test('a store already at the bundled version is not rewritten', async () => {
    const db = await readyDb();
    const meta = await db.get('meta', 'dataset');
    await closeDb();
    const spy = jest.spyOn(IDBDatabase.prototype, 'transaction');
    await readyDb();
    expect(spy.mock.calls.filter(([, mode]) => mode === 'readwrite')).toHaveLength(0);
    spy.mockRestore();
    expect(await (await getDb()).get('meta', 'dataset')).toEqual(meta);
  });
});

describe('an update: a dataset with another version', () => {
  function newer(): Dataset {
    const next = datasetCopy('2-test');
    next.paragraphs = next.paragraphs.filter((p) => p.id !== 'IX.7');
    next.paragraphs.find((p) => p.id === 'IV.3')!.text = 'Rewritten for the test.';
    next.layers = next.layers.filter((l) => l.id !== 'theme:historian');
    return next;
  }

  let db: Db;
  beforeEach(async () => {
    db = await readyDb();
    await storeReaderData(db);
    expect(await seedIfStale(db, newer())).toBe('2-test');
  });

  test('meta holds the new version', async () => {
    expect((await storedDatasetMeta(db))?.version).toBe('2-test');
  });

  test('changed records are replaced and dropped records removed', async () => {
    expect((await db.get('paragraphs', 'IV.3'))?.text).toBe('Rewritten for the test.');
    expect(await db.get('paragraphs', 'IX.7')).toBeUndefined();
    expect(await db.get('layers', 'theme:historian')).toBeUndefined();
  });

  test("the reader's highlight is untouched", async () => {
    expect(await db.getAll('highlights')).toEqual([HIGHLIGHT]);
  });

  test('records from packs are kept', async () => {
    expect(await db.get('paragraphs', 'pack:x.1')).toEqual(PACK_PARAGRAPH);
    expect(await db.get('layers', 'pack:x')).toEqual(PACK_LAYER);
    expect(await db.count('paragraphs')).toBe(70 - 1 + 1);
  });
});

describe('all or nothing', () => {
  // Each dataset changes a paragraph first (the first store written) and then breaks a later record.
  const BROKEN: [name: string, breakIt: (d: Dataset) => void][] = [
    [
      'a quote check without an id',
      (d) => {
        delete (d.quoteChecks[3] as Partial<(typeof d.quoteChecks)[3]>).id;
      },
    ],
    [
      'a layer whose id is not a valid key',
      (d) => {
        (d.layers[2] as { id: unknown }).id = { not: 'a key' };
      },
    ],
    [
      'a passage that cannot be cloned',
      (d) => {
        (d.passages[5] as { extra?: unknown }).extra = () => 0;
      },
    ],
  ];

  test.each(BROKEN)(
    '%s: the seeding fails and the old version stays whole',
    async (_name, breakIt) => {
      const db = await readyDb();
      await storeReaderData(db);
      const bad = datasetCopy('3-broken');
      bad.paragraphs.find((p) => p.id === 'IV.3')!.text = 'Must not land.';
      bad.paragraphs = bad.paragraphs.filter((p) => p.id !== 'I.1');
      breakIt(bad);

      await expect(writeDataset(db, bad)).rejects.toBeDefined();

      expect((await storedDatasetMeta(db))?.version).toBe(BUNDLED_DATASET.version);
      expect((await db.get('paragraphs', 'IV.3'))?.text).toBe(
        BUNDLED_DATASET.paragraphs.find((p) => p.id === 'IV.3')!.text,
      );
      expect(await db.get('paragraphs', 'I.1')).toBeDefined();
      for (const [store, expected] of COUNTS)
        expect(await db.count(store)).toBe(
          expected + (store === 'paragraphs' || store === 'layers' ? 1 : 0),
        );
      expect(await db.getAll('highlights')).toEqual([HIGHLIGHT]);
    },
  );
});
