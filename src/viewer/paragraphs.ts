// A PDF's text in paragraphs, one per line, for learning the chapters of a
// whole-book PDF (pure: runs in Node). A printed page says where a paragraph
// ends only by its layout: a wider gap before the next line, a change of type
// size, a first line set in, or a last line that stops well short of the
// column's right edge. Running heads and page numbers are left out and a word
// broken at a line end is read whole, as the text layers read (lines.ts).

import { RunningHeads, linesToJoin, type PdfItem, type PdfLine } from './lines';

/** A line with where it sits: PDF units, y up, at the baseline. */
export interface LineBox {
  text: string;
  left: number;
  right: number;
  y: number;
  size: number;
}

/** A gap between lines this many times the page's usual line spacing ends a paragraph. */
const PARAGRAPH_GAP = 1.35;
/** A line set in by this share of its type size from the column's left edge starts a paragraph. */
const INDENT = 0.8;
/** A line ending short of the column's right edge by this share of the column's width ends one. */
const SHORT_LINE = 0.15;
/** Type sizes differing by more than this ratio (a heading, a footnote) are different paragraphs. */
const SIZE_CHANGE = 1.15;

export function lineBoxes(items: readonly PdfItem[], lines: readonly PdfLine[]): LineBox[] {
  return lines.map((line) => {
    const own = line.items.map((i) => items[i]);
    return {
      text: line.text,
      left: Math.min(...own.map((it) => it.x)),
      right: Math.max(...own.map((it) => it.x + it.width)),
      y: line.y,
      size: line.height,
    };
  });
}

/** The value at share `q` (0–1) of the sorted values; NaN when there are none. */
function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] : NaN;
}

/** A page's column: where most lines start and end, and its usual line spacing. */
interface Column {
  left: number;
  right: number;
  spacing: number;
}

function columnOf(lines: readonly LineBox[]): Column {
  const gaps = lines.slice(1).map((l, i) => lines[i].y - l.y);
  return {
    left: quantile(
      lines.map((l) => l.left),
      0.2,
    ),
    right: quantile(
      lines.map((l) => l.right),
      0.8,
    ),
    spacing: quantile(
      gaps.filter((g) => g > 0),
      0.5,
    ),
  };
}

const sizeChanges = (a: LineBox, b: LineBox): boolean =>
  Math.max(a.size, b.size) > SIZE_CHANGE * Math.max(Math.min(a.size, b.size), 0.1);

const endsShort = (line: LineBox, column: Column): boolean =>
  line.right < column.right - SHORT_LINE * (column.right - column.left);

const setIn = (line: LineBox, column: Column): boolean =>
  line.left > column.left + INDENT * line.size;

/** Whether a paragraph ends between `line` and `next`, each in its page's column. */
function endsParagraph(
  line: LineBox,
  next: LineBox,
  columns: { line: Column; next: Column },
  samePage: boolean,
): boolean {
  if (sizeChanges(line, next) || endsShort(line, columns.line) || setIn(next, columns.next))
    return true;
  const gap = line.y - next.y;
  return samePage && columns.line.spacing > 0 && gap > PARAGRAPH_GAP * columns.line.spacing;
}

/** A page's lines as read: running heads and page numbers out. */
interface ReadPage {
  lines: LineBox[];
  /** Indexes into `lines` whose last word goes on at the next read line. */
  joined: Set<number>;
  column: Column;
}

/** Pages between two chances to pause, in the passes that are cheap per page. */
const PAGES_PER_STEP = 50;

/** Each page's read lines, where its words join, and its column; yields now and then. */
function* readPages(pages: readonly (readonly LineBox[])[]): Generator<void, ReadPage[]> {
  const heads = new RunningHeads();
  for (let p = 0; p < pages.length; p++) {
    heads.add(p, pages[p]);
    if (p % PAGES_PER_STEP === PAGES_PER_STEP - 1) yield;
  }
  const kept = pages.map((lines, page) => lines.filter((_, i) => !heads.isRunning(page, i)));
  const read: ReadPage[] = [];
  let nextFirst: string | null = null;
  for (let p = kept.length - 1; p >= 0; p--) {
    const lines = kept[p];
    const texts = lines.map((l) => l.text);
    read[p] = {
      lines,
      joined: new Set(linesToJoin(texts, () => false, nextFirst)),
      column: columnOf(lines),
    };
    if (lines.length > 0) nextFirst = lines[0].text;
    if (p % PAGES_PER_STEP === 0) yield;
  }
  return read;
}

/** For each page, the next page that has a read line (or undefined). */
function nextWithLines(read: readonly ReadPage[]): (ReadPage | undefined)[] {
  const next: (ReadPage | undefined)[] = [];
  let after: ReadPage | undefined;
  for (let p = read.length - 1; p >= 0; p--) {
    next[p] = after;
    if (read[p].lines.length > 0) after = read[p];
  }
  return next;
}

/**
 * The pages' text, one paragraph each: `pages` holds each page's lines top to bottom, and a
 * paragraph may run on over a page break. A generator that yields between pages, so a page's
 * thread can take turns over a 1,400-page book; `bookParagraphs` runs it through.
 */
export function* paragraphsOf(pages: readonly (readonly LineBox[])[]): Generator<void, string[]> {
  const read = yield* readPages(pages);
  const following = nextWithLines(read);
  const paragraphs: string[] = [];
  let current = '';
  for (let p = 0; p < read.length; p++) {
    const page = read[p];
    page.lines.forEach((line, i) => {
      if (page.joined.has(i)) {
        current += line.text.trimEnd().slice(0, -1);
        return;
      }
      current += `${line.text.trim()} `;
      const samePage = i + 1 < page.lines.length;
      const nextPage = samePage ? page : following[p];
      const next = samePage ? page.lines[i + 1] : nextPage?.lines[0];
      const columns = { line: page.column, next: nextPage?.column ?? page.column };
      if (next && !endsParagraph(line, next, columns, samePage)) return;
      if (current.trim()) paragraphs.push(current.trim());
      current = '';
    });
    yield;
  }
  if (current.trim()) paragraphs.push(current.trim());
  return paragraphs;
}

export function bookParagraphs(pages: readonly (readonly LineBox[])[]): string[] {
  const steps = paragraphsOf(pages);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
