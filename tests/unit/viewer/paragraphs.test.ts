// Where a printed page's paragraphs end, read from its layout, on real prose of
// the History (../shared/reference/hrr): set as a book sets it (justified
// lines, a short last line, a gap or an indent before the next paragraph, a
// heading in larger type, running heads and page numbers), the pages read
// back as the passages, one paragraph each.

import { readPassages } from '../../../scripts/lib/reference';
import { bookParagraphs, lineBoxes, type LineBox } from '../../../src/viewer/paragraphs';
import { groupLines, type PdfItem } from '../../../src/viewer/lines';

const PASSAGES = readPassages();

const SIZE = 10;
const LEFT = 50;
/** Characters a full line holds; a character is 5 units wide. */
const MEASURE = 60;
const RIGHT = LEFT + MEASURE * 5;
const LEADING = 14;

interface Layout {
  /** Space between paragraphs, in lines (0: none). */
  gap: number;
  /** A paragraph's first line set in by this many units. */
  indent: number;
  /** Body lines a page holds. */
  perPage: number;
}

/** A paragraph in lines of at most MEASURE characters; all but the last justified to the right edge. */
function setParagraph(
  text: string,
  indent: number,
): { text: string; left: number; full: boolean }[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const room = MEASURE - (lines.length === 0 ? indent / 5 : 0);
    if (line && `${line} ${word}`.length > room) {
      lines.push(line);
      line = word;
    } else line = `${line} ${word}`.trim();
  }
  lines.push(line);
  return lines.map((t, i) => ({
    text: t,
    left: LEFT + (i === 0 ? indent : 0),
    full: i < lines.length - 1,
  }));
}

/** The body (paragraphs, maybe a heading first) set on pages under a running head and over a page number. */
function setPages(paragraphs: string[], layout: Layout, heading?: string): LineBox[][] {
  const body: (LineBox | null)[] = [];
  if (heading) body.push({ text: heading, left: 120, right: 220, y: 0, size: 16 }, null);
  paragraphs.forEach((p, k) => {
    if (k > 0) for (let g = 0; g < layout.gap; g++) body.push(null);
    for (const l of setParagraph(p, layout.indent))
      body.push({
        text: l.text,
        left: l.left,
        right: l.full ? RIGHT : l.left + l.text.length * 5,
        y: 0,
        size: SIZE,
      });
  });
  const pages: LineBox[][] = [];
  for (let at = 0, n = 1; at < body.length; at += layout.perPage, n++) {
    const slots = body.slice(at, at + layout.perPage);
    const lines: LineBox[] = [
      { text: 'The History of the Russian Revolution', left: 120, right: 300, y: 580, size: 8 },
    ];
    slots.forEach((l, i) => l && lines.push({ ...l, y: 550 - i * LEADING }));
    lines.push({ text: String(n), left: 195, right: 205, y: 30, size: 8 });
    pages.push(lines);
  }
  return pages;
}

/**
 * Eight passages of the History, each a paragraph here (about 40 lines set); not one a scan left
 * a broken word in ("his- torical"), which a line end there would rightly read whole.
 */
const PROSE = PASSAGES.map((p) => p.text.replace(/\s+/g, ' '))
  .filter((t) => !/\p{L}- /u.test(t))
  .slice(0, 8);

describe('bookParagraphs: pages read back one paragraph each', () => {
  test.each([
    ['a blank line between paragraphs', { gap: 1, indent: 0, perPage: 24 }],
    ['first lines set in, no gap', { gap: 0, indent: 15, perPage: 24 }],
    ['paragraphs running over page breaks', { gap: 1, indent: 0, perPage: 8 }],
    ['set in, over page breaks', { gap: 0, indent: 15, perPage: 5 }],
  ])('%s', (_name, layout) => {
    const pages = setPages(PROSE, layout);
    expect(pages.length).toBeGreaterThan(1);
    expect(bookParagraphs(pages)).toEqual(PROSE);
  });

  test('a heading in larger type is a paragraph of its own', () => {
    const pages = setPages(PROSE, { gap: 0, indent: 15, perPage: 12 }, 'The July Days');
    expect(bookParagraphs(pages)).toEqual(['The July Days', ...PROSE]);
  });

  test('a word broken at a page’s last line is read whole in its paragraph', () => {
    const pages = setPages(PROSE, { gap: 0, indent: 15, perPage: 3 });
    const [first, second] = pages;
    const last = first[first.length - 2];
    const next = second[1];
    const [word, ...rest] = next.text.split(' ');
    const cut = Math.ceil(word.length / 2);
    last.text = `${last.text} ${word.slice(0, cut)}-`;
    next.text = rest.length ? [word.slice(cut), ...rest].join(' ') : word.slice(cut);
    expect(bookParagraphs(pages)).toEqual(PROSE);
  });
});

test('what a page cannot tell: a gap-only layout, a full last line at the foot of a page', () => {
  // At seven lines a page, paragraph 6 ends in a nearly full line at a page's foot,
  // and the gap before paragraph 7 fell at the break: nothing shows where one ends.
  const paragraphs = bookParagraphs(setPages(PROSE, { gap: 1, indent: 0, perPage: 7 }));
  expect(paragraphs).toEqual([...PROSE.slice(0, 5), `${PROSE[5]} ${PROSE[6]}`, PROSE[7]]);
});

test('lineBoxes: a line spans its runs, whatever their order', () => {
  const items: PdfItem[] = [
    { str: 'the masses', x: 100, y: 500, width: 50, height: SIZE, hasEOL: false },
    { str: 'Eight months later', x: 10, y: 500, width: 85, height: SIZE, hasEOL: true },
  ];
  expect(lineBoxes(items, groupLines(items))).toEqual([
    { text: expect.any(String), left: 10, right: 150, y: 500, size: SIZE },
  ]);
});
