// CSV: RFC 4180 quoting, the header row, the formula guard (and its exact
// undoing on import), tags in one cell.

import {
  CSV_COLUMNS,
  exportCsv,
  guardCell,
  joinTags,
  parseCsv,
  readRecords,
  splitTags,
  unguardCell,
} from '../../../src/background/exchange/csv';
import { HIGHLIGHTS } from '../../fixtures/exchange/highlights';

test('a header row, then one CRLF-ended record per highlight', () => {
  const csv = exportCsv(HIGHLIGHTS);
  expect(csv.split('\r\n')[0]).toBe(CSV_COLUMNS.join(','));
  const records = readRecords(csv);
  expect(records).toHaveLength(HIGHLIGHTS.length + 1);
  expect(records.every((r) => r.cells.length === CSV_COLUMNS.length)).toBe(true);
  expect(csv.endsWith('\r\n')).toBe(true);
});

test('fields with commas, quotes and line breaks are quoted, quotes doubled', () => {
  const csv = exportCsv([HIGHLIGHTS[3]]);
  expect(csv).toContain('"Reading Trotsky, ""slowly"" [part 1]"');
  expect(csv).toContain('"He wrote, ""history is made"" —\nand then 🚩 the masses moved"');
  // The second record starts on line 2 and spans lines 2–4 (two line breaks inside fields).
  expect(readRecords(csv).map((r) => r.line)).toEqual([1, 2]);
});

test('formula-like cells get an apostrophe; the import removes exactly one', () => {
  for (const cell of ['=SUM(A1)', '+1', '-2', '@cmd', '\tx', "'=already", "''+x"]) {
    expect(guardCell(cell)).toBe(`'${cell}`);
    expect(unguardCell(guardCell(cell))).toBe(cell);
  }
  for (const cell of ['plain', "it's", "'quoted'", '2026-11-27T00:00:00.000Z', '']) {
    expect(guardCell(cell)).toBe(cell);
    expect(unguardCell(cell)).toBe(cell);
  }
  const csv = exportCsv([HIGHLIGHTS[2]]);
  expect(csv).toContain(
    `"'=HYPERLINK(""http://evil.example"") — a note that looks like a formula"`,
  );
  expect(exportCsv([HIGHLIGHTS[3]])).toContain(",'@start , +more,");
  expect(
    csv
      .split('\r\n')[1]
      .split(',')
      .every((cell) => !/^[=+\-@]/.test(cell.replace(/^"/, ''))),
  ).toBe(true);
});

test('tags in one cell, commas and backslashes escaped', () => {
  const tags = ['spontaneity, and leadership', '-minus', 'back\\slash', 'plain'];
  expect(joinTags(tags)).toBe('spontaneity\\, and leadership, -minus, back\\\\slash, plain');
  expect(splitTags(joinTags(tags))).toEqual(tags);
  expect(splitTags('')).toEqual([]);
});

test('a minimal CSV (url and quote only) is read; a row without a quote is skipped later, not refused', () => {
  const parsed = parseCsv('URL,Quote\nhttps://x.org/a,some words\nhttps://x.org/b,\n');
  expect(parsed.candidates.map((c) => [c.item, c.candidate.url, c.candidate.exact])).toEqual([
    [1, 'https://x.org/a', 'some words'],
    [2, 'https://x.org/b', ''],
  ]);
});
