// The bounds of an imported highlight, every format: a date must be one a
// Date holds (whole milliseconds from 0 to MAX_TIME; the crafted `created:
// 1e20` of the security report is refused), a page URL is http(s) with a host
// or a host-less file:/// (file://host/… would reach a network share), and a
// merge never makes a record larger than a highlight may be.

import { closeDb } from '../../../src/background/db';
import { importHighlights } from '../../../src/background/exchange';
import { CSV_COLUMNS, exportCsv } from '../../../src/background/exchange/csv';
import { OWN_KEY, toAnnotation } from '../../../src/background/exchange/jsonld';
import {
  check,
  dateOf,
  iso,
  LIMITS,
  type Candidate,
} from '../../../src/background/exchange/records';
import { listHighlights } from '../../../src/background/highlights-repo';
import { MAX_TIME } from '../../../src/shared/limits';
import { HIGHLIGHTS } from '../../fixtures/exchange/highlights';
import { freshIndexedDb } from '../fresh-db';
import { dump, storeWith } from './helpers';

beforeEach(freshIndexedDb);
afterAll(closeDb);

const NOW = Date.parse('2026-11-27T16:00:00Z');
const RULE =
  'is not a date from 1970 to the year 275760 (whole milliseconds from 0 to 8640000000000000)';
const newId = () => 'new-id';
const candidate = (over: Candidate = {}): Candidate => ({
  url: 'https://www.marxists.org/archive/trotsky/1930/hrr/ch43.htm',
  exact: 'the art of insurrection',
  ...over,
});

describe('dates', () => {
  const BAD_TIMES: [string, number][] = [
    ['1e20 (the security report)', 1e20],
    ['one past MAX_TIME', MAX_TIME + 1],
    ['negative', -1],
    ['a fraction', 1.5],
    ['past the safe integers', 2 ** 53 + 1],
    ['NaN', NaN],
    ['Infinity', Infinity],
  ];
  const GOOD_TIMES: [string, number][] = [
    ['0 (1970)', 0],
    ['MAX_TIME (the year 275760)', MAX_TIME],
    ['now', NOW],
  ];

  test.each(BAD_TIMES)('dateOf refuses %s, naming the item and the field', (_what, ms) => {
    expect(() => dateOf(ms, 'item 3', 'created')).toThrow(`refused: item 3: created ${RULE}`);
  });

  test.each(GOOD_TIMES)('dateOf takes %s', (_what, ms) =>
    expect(dateOf(ms, 'item 1', 'created')).toBe(ms),
  );

  test.each([
    ['the first instant after MAX_TIME', '+275760-09-13T00:00:00.001Z', false],
    ['the last instant before 1970', '1969-12-31T23:59:59.999Z', false],
    ['a year before the common era', '-000001-01-01T00:00:00Z', false],
    ['not a date', 'yesterday', false],
    ['MAX_TIME itself', '+275760-09-13T00:00:00.000Z', true],
    ['the epoch', '1970-01-01T00:00:00Z', true],
  ])('a date string: %s (%s)', (_what, text, ok) => {
    if (ok) expect(dateOf(text, 'line 2', 'updated')).toBe(Date.parse(text));
    else
      expect(() => dateOf(text, 'line 2', 'updated')).toThrow(`refused: line 2: updated ${RULE}`);
  });

  test.each(['created', 'updated', 'checked'] as const)(
    'check skips a candidate whose %s is no date (a parser that did not refuse it)',
    (field) => {
      for (const [, ms] of BAD_TIMES)
        expect(check(candidate({ [field]: ms }), newId, NOW)).toEqual({
          ok: false,
          reason: `${field} ${RULE}`,
        });
      for (const [, ms] of GOOD_TIMES)
        expect(check(candidate({ [field]: ms }), newId, NOW).ok).toBe(true);
    },
  );

  test('an export never throws on a time no Date holds: it writes the epoch (read back as an unknown date)', () => {
    expect(iso(1e20)).toBe('1970-01-01T00:00:00.000Z');
    expect(iso(NaN)).toBe('1970-01-01T00:00:00.000Z');
    expect(iso(MAX_TIME)).toBe('+275760-09-13T00:00:00.000Z');
  });

  const ownDates = (over: Record<string, number>) =>
    JSON.stringify([
      {
        ...toAnnotation(HIGHLIGHTS[0]),
        [OWN_KEY]: { ...(toAnnotation(HIGHLIGHTS[0])[OWN_KEY] as object), ...over },
      },
    ]);
  /** HIGHLIGHTS[1] has no comma in any cell: its row splits at every comma. */
  const csvWith = (column: (typeof CSV_COLUMNS)[number], cell: string) => {
    const [header, row] = exportCsv([HIGHLIGHTS[1]]).split('\r\n');
    const cells = row.split(',');
    cells[CSV_COLUMNS.indexOf(column)] = cell;
    return `${header}\r\n${cells.join(',')}\r\n`;
  };
  const hypothesis = (over: Record<string, string>) =>
    JSON.stringify([
      {
        id: 'h1',
        uri: 'https://example.org/page',
        text: '',
        tags: [],
        created: '2026-01-02T03:04:05Z',
        updated: '2026-01-02T03:04:05Z',
        ...over,
        target: [
          {
            source: 'https://example.org/page',
            selector: [{ type: 'TextQuoteSelector', exact: 'quoted words' }],
          },
        ],
      },
    ]);

  test.each([
    [
      'jsonld',
      'created: 1e20 under our own key',
      ownDates({ created: 1e20 }),
      `refused: item 1: ${OWN_KEY}: created ${RULE}`,
    ],
    [
      'jsonld',
      'updated: MAX_TIME + 1 under our own key',
      ownDates({ updated: MAX_TIME + 1 }),
      `refused: item 1: ${OWN_KEY}: updated ${RULE}`,
    ],
    [
      'jsonld',
      'checked: -1 under our own key',
      ownDates({ checked: -1 }),
      `refused: item 1: ${OWN_KEY}: checked ${RULE}`,
    ],
    [
      'jsonld',
      'a fraction of a millisecond',
      ownDates({ created: 1.5 }),
      `refused: item 1: ${OWN_KEY}: created ${RULE}`,
    ],
    [
      'jsonld',
      'a W3C created after MAX_TIME',
      JSON.stringify([
        {
          ...toAnnotation(HIGHLIGHTS[0]),
          [OWN_KEY]: undefined,
          created: '+275760-09-13T00:00:00.001Z',
        },
      ]),
      `refused: item 1: created ${RULE}`,
    ],
    [
      'jsonld',
      'a W3C modified before 1970',
      JSON.stringify([
        { ...toAnnotation(HIGHLIGHTS[0]), [OWN_KEY]: undefined, modified: '1969-12-31T23:59:59Z' },
      ]),
      `refused: item 1: modified ${RULE}`,
    ],
    [
      'hypothesis',
      'created after MAX_TIME',
      hypothesis({ created: '+275760-09-14T00:00:00Z' }),
      `refused: item 1: created ${RULE}`,
    ],
    [
      'hypothesis',
      'updated before 1970',
      hypothesis({ updated: '1960-01-01T00:00:00Z' }),
      `refused: item 1: updated ${RULE}`,
    ],
    [
      'csv',
      'created after MAX_TIME',
      csvWith('created', '+275760-09-13T00:00:00.001Z'),
      `refused: line 2: created ${RULE}`,
    ],
    [
      'csv',
      'checked before 1970',
      csvWith('checked', '1969-07-20T20:17:00Z'),
      `refused: line 2: checked ${RULE}`,
    ],
    [
      'csv',
      'updated as epoch milliseconds',
      csvWith('updated', '100000000000000000000'),
      `refused: line 2: updated ${RULE}`,
    ],
  ] as const)(
    '%s: %s refuses the file, and nothing is written',
    async (format, _what, text, message) => {
      const db = await storeWith(HIGHLIGHTS.slice(1));
      const before = await dump();
      await expect(importHighlights(db, format, text, NOW)).rejects.toThrow(message);
      expect(await dump()).toBe(before);
    },
  );

  test('the bounds themselves are imported, and read back as they were', async () => {
    const db = await storeWith([]);
    const edge = { ...HIGHLIGHTS[0], created: 0, updated: MAX_TIME, checked: MAX_TIME };
    expect(await importHighlights(db, 'jsonld', JSON.stringify([toAnnotation(edge)]), NOW)).toEqual(
      { added: 1, merged: 0, skipped: [] },
    );
    expect(await listHighlights(db)).toEqual([edge]);
  });
});

describe('page URLs', () => {
  test.each([
    ['https://www.marxists.org/archive/trotsky/1930/hrr/ch26.htm', true],
    ['http://example.org/', true],
    ['HTTPS://EXAMPLE.ORG/PAGE', true],
    ['https://127.0.0.1:8080/x', true],
    ['file:///home/reader/hrr/ch26.htm', true],
    ['file:///C:/Users/reader/hrr/ch26.htm', true],
    // A host in a file: URL is a network share: on Windows, opening it sends the reader's credentials over SMB.
    ['file://fileserver/share/ch26.htm', false],
    ['file://localhost/etc/passwd', false],
    ['FILE://evil.example/x', false],
    ['file:/home/reader/ch26.htm', false],
    ['https:///no-host', false],
    ['http://', false],
    ['https:// spaced.example/', false],
    ['javascript:alert(1)', false],
    ['data:text/html,<b>x</b>', false],
    ['ftp://example.org/x', false],
    ['chrome-extension://abcdef/library.html', false],
    ['//example.org/protocol-relative', false],
  ])('%s: %s', (url, ok) => {
    expect(check(candidate({ url }), newId, NOW)).toEqual(
      ok
        ? expect.objectContaining({ ok: true })
        : {
            ok: false,
            reason:
              'the page URL is not http(s) with a host, or a file on this computer (file:///)',
          },
    );
  });

  test.each(['jsonld', 'hypothesis', 'csv'] as const)(
    '%s: a file://host/ page is skipped with the reason, the rest imported',
    async (format) => {
      const db = await storeWith([]);
      const share = { ...HIGHLIGHTS[0], id: 'share', url: 'file://fileserver/share/ch42.htm' };
      const local = { ...HIGHLIGHTS[1], id: 'local', url: 'file:///home/reader/ch26.htm' };
      const text =
        format === 'csv'
          ? exportCsv([share, local])
          : format === 'jsonld'
            ? JSON.stringify([share, local].map(toAnnotation))
            : JSON.stringify(
                [share, local].map((h) => ({
                  id: h.id,
                  uri: h.url,
                  text: '',
                  target: [
                    {
                      source: h.url,
                      selector: [{ type: 'TextQuoteSelector', exact: h.quote.exact }],
                    },
                  ],
                })),
              );
      const report = await importHighlights(db, format, text, NOW);
      expect(report).toEqual({
        added: 1,
        merged: 0,
        skipped: [
          {
            item: 1,
            reason:
              'the page URL is not http(s) with a host, or a file on this computer (file:///)',
          },
        ],
      });
      expect((await listHighlights(db)).map((h) => h.url)).toEqual([
        'file:///home/reader/ch26.htm',
      ]);
    },
  );
});

describe("a merge stays within a highlight's limits", () => {
  const stored = {
    ...HIGHLIGHTS[0],
    tags: Array.from({ length: 30 }, (_, i) => `stored-${i}`),
    note: 'n'.repeat(15_000),
  };
  const same = (over: Partial<typeof stored>) =>
    JSON.stringify([toAnnotation({ ...stored, id: 'other', tags: [], note: '', ...over })]);

  test.each([
    [
      'tags: 30 stored + 21 new = 51',
      same({ tags: Array.from({ length: 21 }, (_, i) => `new-${i}`) }),
      `the two together have more than ${LIMITS.tags} tags`,
    ],
    [
      'notes: 15,000 + 2 + 5,000 characters',
      same({ note: 'm'.repeat(5000) }),
      `the two notes together are longer than ${LIMITS.note} characters`,
    ],
  ])('%s: skipped with the reason, the stored record unchanged', async (_what, text, reason) => {
    const db = await storeWith([stored]);
    const report = await importHighlights(db, 'jsonld', text, NOW);
    expect(report).toEqual({
      added: 0,
      merged: 0,
      skipped: [{ item: 1, reason: `same page and quote as a stored highlight, and ${reason}` }],
    });
    expect(await listHighlights(db)).toEqual([stored]);
  });

  test('up to the limits, a merge goes through', async () => {
    const db = await storeWith([stored]);
    const report = await importHighlights(
      db,
      'jsonld',
      same({ tags: Array.from({ length: 20 }, (_, i) => `new-${i}`), note: 'm'.repeat(4998) }),
      NOW,
    );
    expect(report).toEqual({ added: 0, merged: 1, skipped: [] });
    const [merged] = await listHighlights(db);
    expect([merged.tags.length, merged.note.length]).toEqual([LIMITS.tags, LIMITS.note]);
  });
});
