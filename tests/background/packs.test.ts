// Critique packs on a fake-indexeddb store: import validated whole, one
// transaction, re-import replaces, remove and reset leave the reader's
// highlights (and the bundled records) in place.

import { closeDb, getDb } from '../../src/background/db';
import { critiquesFor } from '../../src/background/critique-repo';
import { importPack, listPacks, removePack, resetDataset } from '../../src/background/packs';
import { BUNDLED_DATASET, readyDb } from '../../src/background/seed';
import { freshIndexedDb, ids } from './fresh-db';

const pack = () => ({
  format: 'counterpoint-pack',
  version: 1,
  id: 'test-pack',
  name: 'Test pack',
  attribution: 'Written for the test suite',
  layers: [
    {
      id: 'test-pack:notes',
      kind: 'pack',
      name: 'Test notes',
      description: 'Notes written for tests.',
      color: { light: '#005f73', dark: '#94d2bd' },
      underline: 'dashed',
      icon: 'diamond',
    },
  ],
  paragraphs: [
    {
      id: 'n1',
      stance: 'mixed',
      themes: ['historian'],
      passages: ['VII-01'],
      chapters: ['ch26'],
      text: 'A test note on the first passage.',
      layer: 'test-pack:notes',
    },
    {
      id: 'n2',
      stance: 'critique',
      themes: ['spontaneity'],
      passages: ['VI-04'],
      chapters: ['ch26'],
      text: 'A test note on another passage.',
      layer: 'test-pack:notes',
    },
  ],
});

/** Every record of every store, for "nothing changed" checks. */
async function snapshot() {
  const db = await getDb();
  const stores = [
    'meta',
    'paragraphs',
    'passages',
    'chapters',
    'layers',
    'quoteChecks',
    'highlights',
  ] as const;
  const all = await Promise.all(
    stores.map(async (s) => [s, await db.getAll(s), await db.getAllKeys(s)]),
  );
  return JSON.stringify(all);
}

beforeEach(async () => {
  await freshIndexedDb();
  const db = await readyDb();
  await db.put('highlights', {
    id: 'h1',
    url: 'https://www.marxists.org/archive/trotsky/1930/hrr/ch26.htm',
    chapter: 'ch26',
    passage: null,
    created: 1,
  });
});
afterAll(closeDb);

test('an import adds the layer and places the paragraphs on their passages', async () => {
  const db = await readyDb();
  const summary = await importPack(db, pack());
  expect([summary.id, summary.paragraphs, ids(summary.layers)]).toEqual([
    'test-pack',
    2,
    ['test-pack:notes'],
  ]);
  const got = await critiquesFor(db, ['VII-01']);
  expect(got.paragraphs.find((p) => p.pack === 'test-pack')).toMatchObject({
    id: 'test-pack/n1',
    layers: ['test-pack:notes'],
    text: 'A test note on the first passage.',
  });
  expect((await listPacks(db)).map((p) => [p.id, p.paragraphs])).toEqual([['test-pack', 2]]);
});

test('a re-import replaces the pack, it does not add to it', async () => {
  const db = await readyDb();
  await importPack(db, pack());
  const smaller = { ...pack(), paragraphs: pack().paragraphs.slice(0, 1) };
  await importPack(db, smaller);
  expect((await listPacks(db))[0].paragraphs).toBe(1);
  expect((await db.getAll('paragraphs')).filter((p) => p.pack === 'test-pack')).toHaveLength(1);
});

const BAD: [name: string, change: (p: ReturnType<typeof pack>) => unknown, message: RegExp][] = [
  ['not a pack', () => ({ hello: 1 }), /refused: the pack is not valid: pack/],
  [
    'an unknown passage',
    (p) => ({ ...p, paragraphs: [{ ...p.paragraphs[0], passages: ['XX-99'] }] }),
    /no passage XX-99/,
  ],
  [
    'an unknown chapter',
    (p) => ({ ...p, paragraphs: [{ ...p.paragraphs[0], chapters: ['ch99'] }] }),
    /no chapter ch99/,
  ],
  [
    'a layer not in the pack',
    (p) => ({ ...p, paragraphs: [{ ...p.paragraphs[0], layer: 'critique' }] }),
    /not one of the pack's layers/,
  ],
  [
    'a bundled layer id',
    (p) => ({
      ...p,
      layers: [{ ...p.layers[0], id: 'critique' }],
      paragraphs: p.paragraphs.map((x) => ({ ...x, layer: 'critique' })),
    }),
    /bundled layer/,
  ],
  [
    'a duplicate paragraph id',
    (p) => ({ ...p, paragraphs: [p.paragraphs[0], p.paragraphs[0]] }),
    /appears twice/,
  ],
  [
    'a script in a colour',
    (p) => ({
      ...p,
      layers: [{ ...p.layers[0], color: { light: 'red;}</style><script>', dark: '#000000' } }],
    }),
    /colour/,
  ],
  [
    'a __proto__ key',
    () => JSON.parse('{"__proto__": {"polluted": true}, "format": "counterpoint-pack"}'),
    /refused/,
  ],
];

test.each(BAD)('%s: refused with a reason, the store unchanged', async (_name, change, message) => {
  const db = await readyDb();
  await importPack(db, pack());
  const before = await snapshot();
  await expect(importPack(db, change(pack()))).rejects.toThrow(message);
  expect(await snapshot()).toBe(before);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});

test('a pack of 100,001 bad paragraphs is refused at the first, without checking the rest', async () => {
  const db = await readyDb();
  const started = performance.now();
  await expect(
    importPack(db, { ...pack(), paragraphs: new Array(100_001).fill(0) }),
  ).rejects.toThrow(/^refused: the pack is not valid: pack paragraphs\.0: .*Object/);
  expect(performance.now() - started).toBeLessThan(200); // every issue collected took ~1 s
});

test('a million unknown references: refused after the first few, naming them', async () => {
  const db = await readyDb();
  const many = Array.from({ length: 500 }, (_, i) => `XX-${i}`);
  const bad = {
    ...pack(),
    paragraphs: Array.from({ length: 2000 }, (_, i) => ({
      ...pack().paragraphs[0],
      id: `n${i}`,
      passages: many,
    })),
  };
  await expect(importPack(db, bad)).rejects.toThrow(
    /^refused: the pack is not valid: paragraphs\.0\.passages: no passage XX-0; .*XX-7 \(and more\)$/,
  );
});

test("remove and reset take packs away, keep the bundled records and the reader's highlights", async () => {
  const db = await readyDb();
  await importPack(db, pack());
  await removePack(db, 'test-pack');
  expect(await listPacks(db)).toEqual([]);
  await importPack(db, pack());
  await resetDataset(db);
  expect(await listPacks(db)).toEqual([]);
  expect(await db.count('layers')).toBe(BUNDLED_DATASET.layers.length);
  expect(await db.count('paragraphs')).toBe(BUNDLED_DATASET.paragraphs.length);
  expect(ids(await db.getAll('highlights'))).toEqual(['h1']);
});
