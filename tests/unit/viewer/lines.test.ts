// From pdf.js text runs to the text a reader reads, on real prose of the
// History (../shared/reference/hrr): lines grouped from runs, running heads and
// page numbers set apart, words broken at line ends joined, and nothing else
// changed.

import { readPassages } from '../../../scripts/lib/reference';
import {
  groupLines,
  isPageNumber,
  joinsAcrossBreak,
  linesToJoin,
  readingOf,
  runningKey,
  RunningHeads,
  type PdfItem,
  type PdfLine,
} from '../../../src/viewer/lines';

const PASSAGES = readPassages();
const passage = (id: string) => PASSAGES.find((p) => p.id === id)!.text.replace(/\s+/g, ' ');

const SIZE = 10;
const PAGE_HEIGHT = 600;

/** A line of runs at `y`: one run per word, as a justified PDF line is often drawn. */
function lineItems(text: string, y: number): PdfItem[] {
  let x = 50;
  return text.split(' ').map((word, i, words) => {
    const item = {
      str: word,
      x,
      y,
      width: word.length * 5,
      height: SIZE,
      hasEOL: i === words.length - 1,
    };
    x += item.width + 4;
    return item;
  });
}

/** Prose set in lines of about `measure` characters, breaking `broken` words with a hyphen. */
function setInLines(text: string, measure: number, broken: readonly string[] = []): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (broken.includes(word) && line) {
      const cut = Math.ceil(word.length / 2);
      lines.push(`${line} ${word.slice(0, cut)}-`);
      line = word.slice(cut);
    } else if ((line + ' ' + word).trim().length > measure) {
      lines.push(line);
      line = word;
    } else line = `${line} ${word}`.trim();
  }
  if (line) lines.push(line);
  return lines;
}

/** Pages of `perPage` body lines under a running head and over a page number. */
function paginate(lines: string[], perPage: number, head: string): PdfLine[][] {
  const pages: PdfLine[][] = [];
  for (let at = 0, n = 1; at < lines.length; at += perPage, n += 1) {
    const body = lines.slice(at, at + perPage);
    const texts = [head, ...body, String(n)];
    const items = texts.flatMap((t, i) => lineItems(t, PAGE_HEIGHT - 40 - i * 14));
    pages.push(groupLines(items));
  }
  return pages;
}

describe('groupLines', () => {
  test.each([
    [
      'one run per word',
      lineItems('the Bolsheviks stood at the helm', 500),
      ['the Bolsheviks stood at the helm'],
    ],
    [
      'two baselines',
      [...lineItems('Eight months later', 500), ...lineItems('the Bolsheviks', 486)],
      ['Eight months later', 'the Bolsheviks'],
    ],
    [
      'runs that carry their own spaces',
      [
        { str: 'Eight ', x: 0, y: 500, width: 30, height: SIZE, hasEOL: false },
        { str: 'months', x: 30, y: 500, width: 30, height: SIZE, hasEOL: true },
      ],
      ['Eight months'],
    ],
    [
      'a run of a word cut by a font change, no gap',
      [
        { str: 'Romanov', x: 0, y: 500, width: 35, height: SIZE, hasEOL: false },
        { str: 's', x: 35, y: 500, width: 5, height: SIZE, hasEOL: true },
      ],
      ['Romanovs'],
    ],
    [
      'empty end-of-line markers only',
      [{ str: '', x: 0, y: 0, width: 0, height: SIZE, hasEOL: true }],
      [],
    ],
  ])('%s', (_name, items, lines) => {
    expect(groupLines(items as PdfItem[]).map((l) => l.text)).toEqual(lines);
  });
});

describe('page numbers and running heads', () => {
  test.each([
    ['12', true],
    ['xii', true],
    ['Page 12', true],
    ['12 / 300', true],
    ['— 7 —', true],
    ['1917', true],
    ['Chapter 26', false],
    ['The July Days', false],
  ])('isPageNumber(%j) is %s', (text, expected) => {
    expect(isPageNumber(text)).toBe(expected);
  });

  test('a head is known by its words, whatever its numbers', () => {
    expect(runningKey('Chapter 26  ·  page 4')).toBe(runningKey('Chapter 26 · page 5'));
  });

  test('a line is a running head once a second page carries it; earlier pages are marked too', () => {
    const heads = new RunningHeads();
    const [first, second] = paginate(
      setInLines(passage('VII-01'), 40),
      2,
      'Could the Bolsheviks Have Seized the Power in July?',
    );
    // Head, two body lines, page number: the number is known at once, the head only with page 2.
    expect(heads.add(0, first)).toEqual([{ page: 0, line: 3 }]);
    expect(heads.add(1, second)).toEqual(
      expect.arrayContaining([
        { page: 1, line: 0 },
        { page: 0, line: 0 },
      ]),
    );
  });
});

describe('words broken at a line end', () => {
  test.each([
    ['revolu-', 'tionary masses', true],
    ['self-', 'government', true],
    ['Petro-', 'Grad', false],
    ['pre-', '1917', false],
    ['the masses', 'went out', false],
    ['and —', 'then', false],
  ])('%j + %j joins: %s', (before, after, joins) => {
    expect(joinsAcrossBreak(before, after)).toBe(joins);
  });

  test('the last line of a page joins the next page’s first read line, past its running head', () => {
    const texts = ['Head', 'the revolu-', '3'];
    expect(linesToJoin(texts, (l) => l !== 1, 'tion went on')).toEqual([1]);
    expect(linesToJoin(texts, (l) => l !== 1, null)).toEqual([]);
  });
});

describe('readingOf: pages read back as the passage', () => {
  test.each([
    ['VII-01', 60, ['demonstration', 'government']],
    ['VII-02', 48, ['Bolsheviks']],
    ['intro-01', 55, ['monarchy.', 'indictment']],
    ['VI-04', 40, []],
  ])('%s, lines of %d characters, broken words %j', (id, measure, broken) => {
    const text = passage(id);
    const pages = paginate(
      setInLines(text, measure, broken),
      2,
      'The History of the Russian Revolution',
    );
    expect(pages.length).toBeGreaterThan(1);
    expect(readingOf(pages)).toBe(text);
  });
});
