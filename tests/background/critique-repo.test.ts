// Lookups in the seeded store, checked against the bundled dataset itself.
import { closeDb, type Db } from '../../src/background/db';
import { allLayers, critiquesFor, paragraphsInLayer } from '../../src/background/critique-repo';
import { BUNDLED_DATASET as DATA, readyDb } from '../../src/background/seed';
import { freshIndexedDb, ids } from './fresh-db';

let db: Db;
beforeAll(async () => {
  await freshIndexedDb();
  db = await readyDb();
});
afterAll(closeDb);

const reviewOrder = (paragraphIds: Iterable<string>) =>
  DATA.paragraphs.filter((p) => new Set(paragraphIds).has(p.id)).map((p) => p.id);

describe('critiquesFor', () => {
  const CASES: [passages: string[], paragraphs: string[], quoteChecks: string[]][] = [
    // IV.2 and IV.3 are placed on IV-04; III.2, IV.2 and VIII.4 quote words whose nearest wording is there.
    [['IV-04'], ['III.2', 'IV.2', 'IV.3', 'VIII.4'], ['q02', 'q03', 'q12']],
    [
      ['IV-04', 'IV-04'],
      ['III.2', 'IV.2', 'IV.3', 'VIII.4'],
      ['q02', 'q03', 'q12'],
    ],
    [[], [], []],
    [['no-such-passage'], [], []],
  ];
  test.each(CASES)(
    '%j → paragraphs %j, quote checks %j',
    async (passages, paragraphs, quoteChecks) => {
      const got = await critiquesFor(db, passages);
      expect([ids(got.paragraphs), ids(got.quoteChecks)]).toEqual([paragraphs, quoteChecks]);
    },
  );

  test('records come whole, as bundled', async () => {
    const got = await critiquesFor(db, ['IV-04']);
    expect(got.paragraphs[1]).toEqual(DATA.paragraphs.find((p) => p.id === 'IV.2'));
    expect(got.quoteChecks[0]).toEqual(DATA.quoteChecks.find((q) => q.id === 'q02'));
  });

  // Every passage of the dataset: placed paragraphs and quote-check paragraphs, in review order.
  test.each(DATA.passages.map((p) => [p.id]))('%s matches the dataset', async (id) => {
    const checks = DATA.quoteChecks.filter((q) => q.nearestPassages.includes(id));
    const placed = DATA.paragraphs.filter((p) => p.passages.includes(id)).map((p) => p.id);
    const got = await critiquesFor(db, [id]);
    expect(ids(got.paragraphs)).toEqual(
      reviewOrder([...placed, ...checks.map((q) => q.paragraph)]),
    );
    expect(ids(got.quoteChecks).sort()).toEqual(ids(checks).sort());
  });

  test('several passages at once: the union, each paragraph once, in review order', async () => {
    const passages = ['IV-04', 'III-04', 'I-01'];
    const got = await critiquesFor(db, passages);
    const singles = await Promise.all(passages.map((p) => critiquesFor(db, [p])));
    expect(ids(got.paragraphs)).toEqual(reviewOrder(singles.flatMap((s) => ids(s.paragraphs))));
    expect(new Set(ids(got.paragraphs)).size).toBe(got.paragraphs.length);
  });
});

describe('layers', () => {
  test('every layer, by order: critique first, mine last', async () => {
    const layers = await allLayers(db);
    expect(ids(layers)).toEqual(
      [...DATA.layers].sort((a, b) => a.order - b.order).map((l) => l.id),
    );
    expect([layers[0].id, layers.at(-1)?.id]).toEqual(['critique', 'mine']);
  });

  test.each(DATA.layers.map((l) => [l.id]))('paragraphs in layer %s', async (layer) => {
    const expected = DATA.paragraphs.filter((p) => p.layers.includes(layer)).map((p) => p.id);
    expect(ids(await paragraphsInLayer(db, layer))).toEqual(expected);
  });

  test('theme:spontaneity includes the paragraphs on IV-04', async () => {
    expect(ids(await paragraphsInLayer(db, 'theme:spontaneity'))).toEqual(
      expect.arrayContaining(['IV.2', 'IV.3']),
    );
  });
});
