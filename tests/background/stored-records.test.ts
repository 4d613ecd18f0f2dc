// Records an older version stored badly (a `created` of 1e20 or NaN, a quote
// that is not a string, tags that are not an array…) are read, listed,
// exported, edited and deleted like any other: normaliseHighlight never throws
// and never drops one, and what it returns passes the contract's record schema
// (so "Undo" after a delete can put it back). Learned chapters likewise.

import { closeDb } from '../../src/background/db';
import { exportHighlights } from '../../src/background/exchange';
import {
  deleteHighlight,
  listHighlights,
  normaliseHighlight,
  restoreHighlight,
  updateHighlight,
} from '../../src/background/highlights-repo';
import { listLearned } from '../../src/background/learned-repo';
import { readyDb } from '../../src/background/seed';
import { checkCall } from '../../src/shared/contract';
import type { Highlight } from '../../src/shared/highlights';
import { MAX_TIME } from '../../src/shared/limits';
import { UNKNOWN_TIME } from '../../src/shared/time';
import { HIGHLIGHTS } from '../fixtures/exchange/highlights';
import { storeWith } from './exchange/helpers';
import { freshIndexedDb } from './fresh-db';

beforeEach(freshIndexedDb);
afterAll(closeDb);

const GOOD = HIGHLIGHTS[1];
const T = Date.parse('2026-03-04T05:06:07Z');
type Raw = Record<string, unknown>;
const raw = (id: string, over: Raw): Raw => ({ ...structuredClone(GOOD), id, ...over });

/** [what, the stored record's bad fields, what the reader gets for them]. */
const BAD: [string, Raw, Partial<Highlight>][] = [
  [
    'created 1e20 (the security report)',
    { created: 1e20 },
    { created: UNKNOWN_TIME, updated: GOOD.updated, checked: GOOD.checked },
  ],
  [
    'created NaN, updated and checked missing',
    { created: NaN, updated: undefined, checked: undefined },
    { created: UNKNOWN_TIME, updated: UNKNOWN_TIME, checked: UNKNOWN_TIME },
  ],
  [
    'created negative, updated 1e300, checked a string',
    { created: -5, updated: 1e300, checked: 'yesterday' },
    { created: UNKNOWN_TIME, updated: UNKNOWN_TIME, checked: UNKNOWN_TIME },
  ],
  [
    'a fraction of a millisecond; MAX_TIME kept',
    { created: T + 0.5, updated: MAX_TIME },
    { created: T, updated: MAX_TIME, checked: GOOD.checked },
  ],
  [
    'a quote that is not a string, tags a string, a note an object',
    {
      quote: { type: 'TextQuoteSelector', exact: 42, prefix: null },
      tags: 'party',
      note: { text: 'x' },
    },
    { quote: { type: 'TextQuoteSelector', exact: '', prefix: '', suffix: '' }, tags: [], note: '' },
  ],
  [
    'the quote a string, not a selector; tags of mixed types',
    { quote: 'just text', tags: [1, 'kept', null, { t: 2 }] },
    { quote: { type: 'TextQuoteSelector', exact: '', prefix: '', suffix: '' }, tags: ['kept'] },
  ],
  [
    'a position that is not one; title a number; status unknown',
    { position: { start: -1, end: 'x' }, title: 7, status: 'lost' },
    {
      position: { type: 'TextPositionSelector', start: 0, end: [...GOOD.quote.exact].length },
      title: GOOD.url,
      status: 'anchored',
    },
  ],
  [
    'no quote, no position at all',
    { quote: undefined, position: null },
    {
      quote: { type: 'TextQuoteSelector', exact: '', prefix: '', suffix: '' },
      position: { type: 'TextPositionSelector', start: 0, end: 0 },
    },
  ],
  [
    'a chapter that is a number, a passage id too long',
    { chapter: 5, passage: 'p'.repeat(65) },
    { chapter: null, passage: null },
  ],
];

test.each(BAD)('normaliseHighlight: %s', (_what, bad, expected) => {
  const got = normaliseHighlight(raw('bad', bad) as never);
  expect(got).toEqual({ ...GOOD, id: 'bad', ...expected });
});

describe('a store holding every bad record and a good one', () => {
  async function store() {
    const db = await storeWith([GOOD]);
    const tx = db.transaction('highlights', 'readwrite');
    await Promise.all([
      ...BAD.map(([, bad], i) => tx.store.put(raw(`bad-${i}`, bad) as never)),
      tx.done,
    ]);
    return db;
  }

  test('listed whole: no record lost, newest first, unknown dates last', async () => {
    const list = await listHighlights(await store());
    expect(list).toHaveLength(BAD.length + 1);
    expect(list.map((h) => h.created)).toEqual(
      [...list.map((h) => h.created)].sort((a, b) => b - a),
    );
    expect(list.at(-1)!.created).toBe(UNKNOWN_TIME);
  });

  test.each(['markdown', 'csv', 'jsonld'] as const)(
    'the %s export holds every record',
    async (format) => {
      const file = await exportHighlights(await store(), format);
      if (format === 'csv') expect(file.text.trimEnd().split('\r\n')).toHaveLength(BAD.length + 2);
      if (format === 'jsonld')
        expect(JSON.parse(file.text).first.items).toHaveLength(BAD.length + 1);
      if (format === 'markdown') expect(file.text).toContain('date saved unknown');
    },
  );

  test.each(BAD.map(([what], i) => [what, i]))(
    '%s: edited, deleted, and put back by Undo through the contract',
    async (_what, i) => {
      const db = await store();
      const id = `bad-${i}`;
      expect((await updateHighlight(db, id, { note: 'edited' })).note).toBe('edited');
      const gone = await deleteHighlight(db, id);
      expect(await db.get('highlights', id)).toBeUndefined();
      expect((await listHighlights(db)).map((h) => h.id)).not.toContain(id);
      // Undo sends the deleted record back as restoreHighlight's argument (JSON, as Chrome's messaging does).
      const undo = checkCall('restoreHighlight', [JSON.parse(JSON.stringify(gone))], 'page');
      if (gone.quote.exact.trim() === '') {
        expect(undo.ok).toBe(false); // The contract takes no highlight without a quote: the delete stands.
        return;
      }
      expect(undo).toMatchObject({ ok: true });
      await restoreHighlight(db, gone);
      expect((await listHighlights(db)).find((h) => h.id === id)).toEqual(gone);
    },
  );
});

test('learned chapters an older version stored with a bad date or counts are listed, not dropped', async () => {
  const db = await readyDb();
  const base = { textHash: '0', hashes: '', paragraphStarts: '', tokeniser: 1 };
  await db.put('learned', {
    ...base,
    chapter: 'ch05',
    words: 4321,
    paragraphs: 41,
    learnedAt: 1e20,
  });
  await db.put('learned', {
    ...base,
    chapter: 'ch26',
    words: 'many',
    paragraphs: -3,
    learnedAt: NaN,
  } as never);
  expect(await listLearned(db)).toEqual([
    { chapter: 'ch05', words: 4321, paragraphs: 41, learnedAt: UNKNOWN_TIME },
    { chapter: 'ch26', words: 0, paragraphs: 0, learnedAt: UNKNOWN_TIME },
  ]);
});
