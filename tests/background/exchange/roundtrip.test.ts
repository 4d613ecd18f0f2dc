// Export → import into a fresh profile restores identical records, field by
// field, for each of our three formats' importable ones (JSON-LD and CSV);
// Markdown is for reading and is not imported.

import { closeDb } from '../../../src/background/db';
import { exportHighlights, importHighlights } from '../../../src/background/exchange';
import { listHighlights } from '../../../src/background/highlights-repo';
import { readyDb } from '../../../src/background/seed';
import type { ImportFormat } from '../../../src/shared/highlights';
import { HIGHLIGHTS } from '../../fixtures/exchange/highlights';
import { freshIndexedDb } from '../fresh-db';
import { expectSameRecords, storeWith } from './helpers';

beforeEach(freshIndexedDb);
afterAll(closeDb);

const NOW = Date.parse('2026-11-27T16:00:00Z');

describe.each<[ImportFormat & ('jsonld' | 'csv')]>([['jsonld'], ['csv']])('%s', (format) => {
  test('export → import into a fresh store restores every record, field by field', async () => {
    const file = await exportHighlights(await storeWith(HIGHLIGHTS), format, NOW);
    const before = await listHighlights(await readyDb());

    await freshIndexedDb();
    const report = await importHighlights(await readyDb(), format, file.text, NOW + 1000);
    expect(report).toEqual({ added: HIGHLIGHTS.length, merged: 0, skipped: [] });
    const after = await listHighlights(await readyDb());
    expectSameRecords(after, before);
    expectSameRecords(after, HIGHLIGHTS);
    expect(after).toEqual(before);
  });

  test('importing the same file again changes nothing and says why', async () => {
    const db = await storeWith(HIGHLIGHTS);
    const file = await exportHighlights(db, format, NOW);
    const report = await importHighlights(db, format, file.text, NOW);
    expect(report.added).toBe(0);
    expect(report.merged).toBe(0);
    expect(report.skipped).toEqual(
      HIGHLIGHTS.map((_, i) => ({ item: i + 1, reason: 'already there (same id)' })),
    );
    expectSameRecords(await listHighlights(db), HIGHLIGHTS);
  });
});

test('file names and types', async () => {
  const db = await storeWith(HIGHLIGHTS);
  expect(await exportHighlights(db, 'markdown', NOW)).toMatchObject({
    filename: 'counterpoint-highlights-2026-11-27.md',
    mime: 'text/markdown;charset=utf-8',
  });
  expect(await exportHighlights(db, 'csv', NOW)).toMatchObject({
    filename: 'counterpoint-highlights-2026-11-27.csv',
    mime: 'text/csv;charset=utf-8',
  });
  expect(await exportHighlights(db, 'jsonld', NOW)).toMatchObject({
    filename: 'counterpoint-highlights-2026-11-27.jsonld',
    mime: 'application/ld+json;charset=utf-8',
  });
});

describe('a highlight made in a PDF', () => {
  const PDF_HIGHLIGHT = {
    ...HIGHLIGHTS[0],
    id: '0b7e5c1a-6f43-4d8e-9a2b-7c1d2e3f4a5b',
    url: 'https://www.marxists.org/archive/trotsky/1930/hrr/hrr-vol2.pdf',
    pdf: { fingerprint: '3c5f0e9d1a2b4c6d8e0f1a2b3c4d5e6f', page: 214 },
  };

  test.each<[ImportFormat & ('jsonld' | 'csv')]>([['jsonld'], ['csv']])(
    '%s carries its PDF and page there and back',
    async (format) => {
      const file = await exportHighlights(await storeWith([PDF_HIGHLIGHT]), format, NOW);
      await freshIndexedDb();
      await importHighlights(await readyDb(), format, file.text, NOW);
      const [back] = await listHighlights(await readyDb());
      expect(back.pdf).toEqual(PDF_HIGHLIGHT.pdf);
      expect(back).toEqual(PDF_HIGHLIGHT);
    },
  );

  test('JSON-LD names the page with the model’s FragmentSelector (RFC 3778); Markdown says it', async () => {
    const db = await storeWith([PDF_HIGHLIGHT]);
    const jsonld = JSON.parse((await exportHighlights(db, 'jsonld', NOW)).text);
    expect(jsonld.first.items[0].target.selector).toContainEqual({
      type: 'FragmentSelector',
      conformsTo: 'http://tools.ietf.org/rfc/rfc3778',
      value: 'page=214',
    });
    expect((await exportHighlights(db, 'markdown', NOW)).text).toContain('PDF page 214');
  });

  test('a malformed PDF place is left out, the highlight kept', async () => {
    const file = await exportHighlights(await storeWith([PDF_HIGHLIGHT]), 'csv', NOW);
    await freshIndexedDb();
    const broken = file.text.replace('3c5f0e9d1a2b4c6d8e0f1a2b3c4d5e6f', 'not-hex');
    expect((await importHighlights(await readyDb(), 'csv', broken, NOW)).added).toBe(1);
    const [back] = await listHighlights(await readyDb());
    expect(back.pdf).toBeUndefined();
    expect(back.quote).toEqual(PDF_HIGHLIGHT.quote);
  });
});
