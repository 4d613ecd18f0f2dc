// A page's model: what its layer reads, line by line, as the reading decides
// (heads set apart, broken words joined), and which line an offset of that
// text falls on; on lines of real prose (a reference passage, set at run time).

import { readPassages } from '../../../scripts/lib/reference';
import { lineAt, pageModel, placeOf, readText } from '../../../src/viewer/page-model';
import { groupLines, type PdfItem } from '../../../src/viewer/lines';

const words = readPassages()
  .find((p) => p.id === 'intro-01')!
  .text.split(/\s+/);
// The passage's 11th word broken across lines 1 and 2 after its third letter.
const broken = words[10];
const first = `${words.slice(0, 10).join(' ')} ${broken.slice(0, 3)}-`;
const second = `${broken.slice(3)} ${words.slice(11, 20).join(' ')}`;
const LINES = ['History of the Russian Revolution', first, second, '12'];
const items: PdfItem[] = LINES.map((str, i) => ({
  str,
  x: 72 + i,
  y: 720 - i * 14,
  width: str.length * 5,
  height: 10,
  hasEOL: true,
}));

function model(decide: { aside?: number[]; joined?: number[] }) {
  const m = pageModel(3, 792, items, groupLines(items));
  for (const line of decide.aside ?? []) m.aside[line] = true;
  for (const line of decide.joined ?? []) m.joined[line] = true;
  return m;
}

test.each([
  [{}, LINES.map((l) => `${l} `).join('')],
  [{ aside: [0, 3] }, `${first} ${second} `],
  [{ aside: [0, 3], joined: [1] }, `${words.slice(0, 20).join(' ')} `],
])('read with %j', (decide, read) => {
  expect(readText(model(decide))).toBe(read);
});

// Joined, line 1 reads `first` without its hyphen: its last offset is first.length − 2.
test.each([
  [0, 1],
  [first.length - 2, 1],
  [first.length - 1, 2],
  [10_000, 2],
])('with heads set apart and the word joined, offset %d is on line %d', (offset, line) => {
  expect(lineAt(model({ aside: [0, 3], joined: [1] }), offset)).toBe(line);
});

test('a line is placed at its first item, its box above the baseline', () => {
  // Line 2: baseline 720 − 28 = 692, so its top is 792 − 692 − 10 × 0.8 = 92 units.
  expect(placeOf(model({}), 2)).toEqual({ top: 92, left: 74, size: 10 });
});
