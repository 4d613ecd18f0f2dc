// Import: a rejected file changes nothing (every store compared before and
// after); de-duplication against the store and within the file, with a report
// of what was added, merged and skipped and why; hostile files.

import { closeDb } from '../../../src/background/db';
import { importHighlights } from '../../../src/background/exchange';
import { toAnnotation } from '../../../src/background/exchange/jsonld';
import { MAX_DEPTH } from '../../../src/background/exchange/records';
import { listHighlights } from '../../../src/background/highlights-repo';
import type { Highlight } from '../../../src/shared/highlights';
import { HIGHLIGHTS } from '../../fixtures/exchange/highlights';
import { freshIndexedDb } from '../fresh-db';
import { dump, expectSameRecords, storeWith } from './helpers';

beforeEach(freshIndexedDb);
afterAll(closeDb);

const NOW = Date.parse('2026-11-27T16:00:00Z');
const ANNO = 'http://www.w3.org/ns/anno.jsonld';
const annotation = (over: Record<string, unknown> = {}) => ({
  '@context': ANNO,
  type: 'Annotation',
  id: 'https://elsewhere.example/a/1',
  target: {
    source: 'https://www.marxists.org/archive/trotsky/1930/hrr/ch43.htm',
    selector: [{ type: 'TextQuoteSelector', exact: 'the art of insurrection' }],
  },
  ...over,
});
const nested = (depth: number): unknown => (depth === 0 ? 'deep' : { x: nested(depth - 1) });

describe('a rejected file changes nothing', () => {
  const good = JSON.stringify([annotation()]);
  test.each([
    ['jsonld', 'broken JSON', `${good.slice(0, -1)}`, /^refused: the file: not JSON/],
    [
      'jsonld',
      'a good item then a bad one',
      JSON.stringify([annotation(), annotation({ target: 5 })]),
      /^refused: item 2: target: not an object$/,
    ],
    [
      'jsonld',
      'a __proto__ key',
      `[${JSON.stringify(annotation()).slice(0, -1)},"__proto__":{"polluted":true}}]`,
      /^refused: \[0\]: a "__proto__" key is not allowed$/,
    ],
    [
      'jsonld',
      'a constructor key',
      JSON.stringify([annotation({ body: { constructor: { prototype: {} } } })]),
      /a "constructor" key is not allowed/,
    ],
    [
      'jsonld',
      `nesting deeper than ${MAX_DEPTH}`,
      JSON.stringify([annotation({ extra: nested(80) })]),
      /nested deeper than 64 levels/,
    ],
    [
      'hypothesis',
      'wrong types',
      JSON.stringify({ annotations: [{ uri: 'https://x.org/', text: { html: '<b>' } }] }),
      /^refused: item 1: text must be a string$/,
    ],
    [
      'csv',
      'a row with a missing field',
      'url,quote,note\r\nhttps://x.org/,words,note\r\nhttps://x.org/,only two\r\n',
      /^refused: line 3: 2 fields where the header has 3$/,
    ],
    [
      'csv',
      'an unclosed quote',
      'url,quote\r\nhttps://x.org/,"never closed\r\n',
      /^refused: line 2: a quoted field is never closed$/,
    ],
    [
      'csv',
      "someone else's CSV",
      'name,email\r\na,b\r\n',
      /^refused: line 1: the header has no url or quote column/,
    ],
    [
      'csv',
      'a position that is not a number',
      'url,quote,start,end\r\nhttps://x.org/,words,one,2\r\n',
      /^refused: line 2: start must be a whole number$/,
    ],
  ] as const)('%s: %s', async (format, _what, text, error) => {
    await storeWith(HIGHLIGHTS);
    const before = await dump();
    await expect(importHighlights(await storeWith([]), format, text, NOW)).rejects.toThrow(error);
    expect(await dump()).toBe(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('de-duplication and the report', () => {
  test('same page and quote: tags united, a different note appended; same id: skipped; the rest added', async () => {
    const db = await storeWith(HIGHLIGHTS);
    const [first, second] = HIGHLIGHTS;
    const file = [
      // 1: same page (with a fragment) and quote as `first`, another id, a new tag and note.
      {
        ...toAnnotation({
          ...first,
          id: 'other-1',
          url: `${first.url}#p12`,
          tags: ['party', 'lenin'],
          note: 'A second thought.',
        }),
        'counterpoint:highlight': undefined,
      },
      // 2: same id as `second`.
      toAnnotation(second),
      // 3: a new highlight.
      annotation(),
      // 4: no quote.
      annotation({ target: { source: 'https://x.org/', selector: [] } }),
      // 5: the same new highlight again, with a tag: merged into item 3's.
      annotation({
        id: 'https://elsewhere.example/a/2',
        body: { type: 'TextualBody', value: 'insurrection', purpose: 'tagging' },
      }),
      // 6: same page and quote as `first`, nothing new.
      annotation({
        target: {
          source: first.url,
          selector: [{ type: 'TextQuoteSelector', exact: first.quote.exact }],
        },
        body: { type: 'TextualBody', value: 'timing', purpose: 'tagging' },
      }),
      // 7: a quote too long.
      annotation({
        target: {
          source: 'https://x.org/',
          selector: [{ type: 'TextQuoteSelector', exact: 'x'.repeat(20_001) }],
        },
      }),
      // 8: not a web page.
      annotation({
        target: {
          source: 'javascript:alert(1)',
          selector: [{ type: 'TextQuoteSelector', exact: 'words' }],
        },
      }),
    ];
    const report = await importHighlights(db, 'jsonld', JSON.stringify(file), NOW);
    expect(report).toEqual({
      added: 1,
      merged: 2,
      skipped: [
        { item: 2, reason: 'already there (same id)' },
        { item: 4, reason: 'no quote' },
        { item: 6, reason: 'already there (same page and quote, nothing new)' },
        { item: 7, reason: 'quote longer than 20000 characters' },
        {
          item: 8,
          reason: 'the page URL is not http(s) with a host, or a file on this computer (file:///)',
        },
      ],
    });
    const after = await listHighlights(db);
    expect(after).toHaveLength(HIGHLIGHTS.length + 1);
    const merged = after.find((h) => h.id === first.id)!;
    expect(merged).toEqual({
      ...first,
      tags: ['timing', 'party', 'lenin'],
      note: `${first.note}\n\nA second thought.`,
      updated: NOW,
    });
    const added = after.find((h) => !HIGHLIGHTS.some((x) => x.id === h.id))!;
    expect(added).toMatchObject({
      url: annotation().target.source,
      tags: ['insurrection'],
      note: '',
      created: NOW,
      status: 'anchored',
    });
    expectSameRecords(
      after.filter((h) => h.id !== first.id && h.id !== added.id),
      HIGHLIGHTS.slice(1),
    );
  });

  test('huge strings are skipped with a reason, not stored', async () => {
    const db = await storeWith([]);
    const big = (over: Partial<Highlight>) =>
      toAnnotation({ ...HIGHLIGHTS[0], id: `id-${Object.keys(over)[0]}`, ...over });
    const report = await importHighlights(
      db,
      'jsonld',
      JSON.stringify([
        big({ note: 'n'.repeat(20_001) }),
        big({ title: 't'.repeat(1001) }),
        big({ tags: ['t'.repeat(101)] }),
        big({ url: `https://x.org/${'p'.repeat(4100)}` }),
      ]),
      NOW,
    );
    expect(report.skipped.map((s) => s.reason)).toEqual([
      'note longer than 20000 characters',
      'title longer than 1000 characters',
      'a tag longer than 100 characters',
      'page URL longer than 4096 characters',
    ]);
    expect(await listHighlights(db)).toEqual([]);
  });
});
