// A Hypothesis export imported: highlights with their notes, tags, dates and
// titles; page notes and replies skipped with the reason; the legacy
// RangeSelector ignored; a second import adds nothing.

import { closeDb } from '../../../src/background/db';
import { importHighlights } from '../../../src/background/exchange';
import { parseHypothesis } from '../../../src/background/exchange/hypothesis';
import { listHighlights } from '../../../src/background/highlights-repo';
import { readFileSync } from 'node:fs';
import { freshIndexedDb } from '../fresh-db';
import { storeWith } from './helpers';

beforeEach(freshIndexedDb);
afterAll(closeDb);

const FILE = readFileSync('tests/fixtures/exchange/hypothesis-export.json', 'utf8');
const NOW = Date.parse('2026-11-27T16:00:00Z');

test('imports highlights, skips the page note and the reply', async () => {
  const db = await storeWith([]);
  const report = await importHighlights(db, 'hypothesis', FILE, NOW);
  expect(report).toEqual({
    added: 2,
    merged: 0,
    skipped: [
      { item: 2, reason: 'no quote (a page note, not a highlight)' },
      { item: 3, reason: 'a reply to another annotation, not a highlight' },
    ],
  });
  const [dual, art] = await listHighlights(db);
  expect(art).toEqual({
    id: 'Ud8gKoN1Ee-Yq7cYfH3aZw',
    url: 'https://www.marxists.org/archive/trotsky/1930/hrr/ch43.htm',
    title: 'History of the Russian Revolution: The Art of Insurrection',
    quote: {
      type: 'TextQuoteSelector',
      exact: 'insurrection is an art, and like all arts it has its laws',
      prefix: 'Marx said that ',
      suffix: '. The',
    },
    position: { type: 'TextPositionSelector', start: 5775, end: 5873 },
    note: 'The art of insurrection, as *Trotsky* puts it. See also [Marx](https://www.marxists.org/archive/marx/).',
    tags: ['insurrection', 'Marx'],
    created: Date.parse('2026-10-02T14:21:09.771Z'),
    updated: Date.parse('2026-10-02T14:25:40.102Z'),
    chapter: null,
    passage: null,
    status: 'anchored',
    checked: Date.parse('2026-10-02T14:21:09.771Z'),
  });
  // No position selector: the quote's length stands in as a hint; the fragment is not part of the page's key.
  expect(dual).toMatchObject({
    url: 'https://example.net/essays/dual-power.html',
    note: '',
    tags: ['dual power'],
    position: { start: 0, end: 10 },
    title: 'Dual power, again',
  });
});

test('a second import adds nothing', async () => {
  const db = await storeWith([]);
  await importHighlights(db, 'hypothesis', FILE, NOW);
  const report = await importHighlights(db, 'hypothesis', FILE, NOW);
  expect(report.added).toBe(0);
  expect(report.skipped.map((s) => s.reason)).toEqual([
    'already there (same id)',
    'no quote (a page note, not a highlight)',
    'a reply to another annotation, not a highlight',
    'already there (same id)',
  ]);
});

test('a plain array of annotations (API rows) is read too', () => {
  const rows = JSON.parse(FILE).annotations;
  expect(parseHypothesis(JSON.stringify(rows)).candidates).toHaveLength(2);
  expect(parseHypothesis(JSON.stringify({ total: 4, rows })).candidates).toHaveLength(2);
});

test.each([
  [
    'an object without annotations',
    '{"export_date":"x"}',
    /^refused: the file: not a Hypothesis export/,
  ],
  [
    'tags that are not strings',
    JSON.stringify({ annotations: [{ uri: 'https://x.org/', tags: [1] }] }),
    /^refused: item 1: tags must be strings$/,
  ],
  [
    'a selector list of numbers',
    JSON.stringify({ annotations: [{ uri: 'https://x.org/', target: [{ selector: [3] }] }] }),
    /^refused: item 1: target 1: selector 1: not an object$/,
  ],
])('refuses %s', (_what, text, error) => {
  expect(() => parseHypothesis(text)).toThrow(error);
});
