// A PDF page's text items as reading lines (pure: runs in Node). pdf.js gives
// positioned runs of text; a reader's text is lines in order, without the
// running heads and page numbers that repeat on every page, and with words
// broken at a line end ("revolu-" / "tion") read whole.

import type { PdfItem } from '../shared/pdf-host';

export type { PdfItem };

export interface PdfLine {
  /** Indexes into the page's items, in reading order. */
  items: number[];
  /** Per item: whether the line's text has a space inserted before it (a gap in the PDF, no space character). */
  spaceBefore: boolean[];
  text: string;
  y: number;
  height: number;
}

/** Two runs are on one line when their baselines are closer than this share of the font size. */
const SAME_LINE = 0.4;
/** A gap wider than this share of the font size between two runs is a space. */
const WORD_GAP = 0.15;

/** The page's items grouped into lines, top to bottom as pdf.js ordered them. */
export function groupLines(items: readonly PdfItem[]): PdfLine[] {
  const lines: PdfLine[] = [];
  let current: PdfLine | null = null;
  let previous: PdfItem | null = null;
  items.forEach((item, index) => {
    const breaks =
      current === null ||
      previous === null ||
      Math.abs(item.y - current.y) > SAME_LINE * Math.max(item.height, current.height, 1);
    if (item.str === '') {
      if (item.hasEOL && current) current = null;
      return;
    }
    if (breaks || current === null) {
      current = {
        items: [index],
        spaceBefore: [false],
        text: item.str,
        y: item.y,
        height: item.height,
      };
      lines.push(current);
    } else {
      const gap = previous ? item.x - (previous.x + previous.width) : 0;
      const spaced = /\s$/.test(current.text) || /^\s/.test(item.str);
      const space = !spaced && gap > WORD_GAP * Math.max(item.height, 1);
      if (space) current.text += ' ';
      current.spaceBefore.push(space);
      current.items.push(index);
      current.text += item.str;
    }
    previous = item;
    if (item.hasEOL) current = null;
  });
  return lines;
}

/** A line that is a page number alone: "12", "xii", "Page 12", "12 / 300", "- 12 -". */
const PAGE_NUMBER =
  /^[\s\-–—]*(?:page\s+)?(?:\d{1,5}|[ivxlcdm]{1,8})(?:\s*(?:\/|of)\s*\d{1,5})?[\s\-–—]*$/i;

export const isPageNumber = (text: string): boolean => PAGE_NUMBER.test(text.trim());

/** A running head's identity across pages: its words, numbers and dates left out. */
export const runningKey = (text: string): string =>
  text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();

/** How many lines at a page's top and bottom may be running heads or page numbers. */
const MARGIN_LINES = 2;

/** The indexes of a page's lines that sit where running heads and page numbers go. */
function marginLines(lines: readonly unknown[]): number[] {
  const top = lines.slice(0, MARGIN_LINES).map((_, i) => i);
  const bottom = lines
    .slice(Math.max(MARGIN_LINES, lines.length - MARGIN_LINES))
    .map((_, i) => Math.max(MARGIN_LINES, lines.length - MARGIN_LINES) + i);
  return [...top, ...bottom];
}

/**
 * Finds running heads as pages arrive: a margin line whose key another page's margin also has
 * (a title, a date, "Chapter 3"), or a page number. `add` returns every line, on this page or on
 * earlier ones, that it newly marks, so a viewer can set aside text it already laid out.
 */
export class RunningHeads {
  private readonly seen = new Map<string, { page: number; line: number }[]>();
  private readonly marked = new Set<string>();
  /** Keys already seen on two pages. */
  private readonly running = new Set<string>();

  add(page: number, lines: readonly { text: string }[]): { page: number; line: number }[] {
    const found: { page: number; line: number }[] = [];
    const mark = (p: number, l: number) => {
      const id = `${p}:${l}`;
      if (this.marked.has(id)) return;
      this.marked.add(id);
      found.push({ page: p, line: l });
    };
    for (const line of marginLines(lines)) {
      const text = lines[line].text;
      if (isPageNumber(text)) {
        mark(page, line);
        continue;
      }
      const key = runningKey(text);
      if (key.length < 3) continue;
      if (this.running.has(key)) {
        mark(page, line);
        continue;
      }
      const earlier = this.seen.get(key) ?? [];
      earlier.push({ page, line });
      this.seen.set(key, earlier);
      if (!earlier.some((e) => e.page !== page)) continue;
      // Known running from now on: later pages mark their own line only (no rescan of the earlier).
      for (const e of earlier) mark(e.page, e.line);
      this.running.add(key);
      this.seen.delete(key);
    }
    return found;
  }

  isRunning(page: number, line: number): boolean {
    return this.marked.has(`${page}:${line}`);
  }
}

/** A line that ends in a hyphen after a letter: the word may go on at the next line. */
const BREAK_HYPHEN = /\p{L}[-\u00ad\u2010]$/u;
/** The next line starts lower-case: the word goes on ("revolu-" / "tion"), not a new compound part. */
const CONTINUES = /^\s*\p{Ll}/u;

/** Whether the line `before` ends in a hyphen that breaks a word `after` finishes. */
export const joinsAcrossBreak = (before: string, after: string): boolean =>
  BREAK_HYPHEN.test(before.trimEnd()) && CONTINUES.test(after);

/**
 * The lines of a page (`texts`, running heads already known by `isRunning`) whose last word goes
 * on at the next read line: the page's own next line, or `nextPageFirst`, the next page's first.
 */
export function linesToJoin(
  texts: readonly string[],
  isRunning: (line: number) => boolean,
  nextPageFirst: string | null,
): number[] {
  const read = texts.map((_, i) => i).filter((i) => !isRunning(i));
  return read.filter((line, k) => {
    const next = k + 1 < read.length ? texts[read[k + 1]] : nextPageFirst;
    return next !== null && joinsAcrossBreak(texts[line], next);
  });
}

/**
 * The text a reader reads in whole pages of lines: running heads and page numbers left out, a
 * word broken at a line end joined, every other line end a space. The viewer's text layers read
 * the same through the page text model (tests/dom/viewer); this is its plain form.
 */
export function readingOf(pages: readonly (readonly PdfLine[])[]): string {
  const heads = new RunningHeads();
  pages.forEach((lines, page) => heads.add(page, lines));
  const parts: string[] = [];
  pages.forEach((lines, page) => {
    const texts = lines.map((l) => l.text);
    const running = (line: number) => heads.isRunning(page, line);
    const next = pages[page + 1]?.find((_, i) => !heads.isRunning(page + 1, i))?.text ?? null;
    const joined = new Set(linesToJoin(texts, running, next));
    texts.forEach((text, line) => {
      if (running(line)) return;
      parts.push(joined.has(line) ? text.trimEnd().slice(0, -1) : `${text} `);
    });
  });
  return parts.join('').trim();
}
