// Scoring, as in perf.md. A report is correct if ≥ 50 % of it overlaps a
// planted quote of the same passage; a planted quote is found if correct
// reports cover ≥ 50 % of it. Reports that overlap no planted quote of their
// passage are "unplanted", counted per MB of filler for web and same-book
// pages separately. Boundaries are compared in engine words.

import { tokenEnd, tokenize } from '../../src/engine';
import type { Report } from './methods';
import type { Page, PlantedQuote } from './pages';
import { CATEGORIES, type Category } from './quotes';

const MB = 1024 * 1024;

interface Miss {
  page: string;
  quote: PlantedQuote;
  text: string;
  /** Share of the quote covered by correct reports. */
  covered: number;
}

export interface Score {
  found: Record<Category, number>;
  total: Record<Category, number>;
  reports: number;
  correct: number;
  unplanted: { web: number; book: number };
  fillerMB: { web: number; book: number };
  exactBounds: number;
  bounds2: number;
  misses: Miss[];
  /** Reports that overlap no planted quote of their passage, with their text. */
  strays: { page: string; pid: number; text: string }[];
}

const overlap = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/** Characters of q covered by the union of the ranges. */
function coverage(q: PlantedQuote, ranges: Report[]): number {
  const parts = ranges
    .map((r) => [Math.max(r.start, q.start), Math.min(r.end, q.end)])
    .filter(([s, e]) => e > s)
    .sort((a, b) => a[0] - b[0]);
  let covered = 0,
    upTo = q.start;
  for (const [s, e] of parts) {
    covered += Math.max(0, e - Math.max(s, upTo));
    upTo = Math.max(upTo, e);
  }
  return covered;
}

/** First index whose value exceeds x (values ascending). */
function upperBound(values: Uint32Array, count: number, x: number): number {
  let lo = 0,
    hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid] > x) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** First engine word ending after `start`, last engine word starting before `end`. */
function wordSpan(
  starts: Uint32Array,
  ends: Uint32Array,
  count: number,
  start: number,
  end: number,
): [number, number] {
  return [upperBound(ends, count, start), upperBound(starts, count, end - 1) - 1];
}

export function emptyScore(): Score {
  const zero = () => Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;
  return {
    found: zero(),
    total: zero(),
    reports: 0,
    correct: 0,
    unplanted: { web: 0, book: 0 },
    fillerMB: { web: 0, book: 0 },
    exactBounds: 0,
    bounds2: 0,
    misses: [],
    strays: [],
  };
}

export function scorePage(s: Score, page: Page, reports: Report[]): void {
  const correct = reports.filter((r) =>
    page.quotes.some((q) => q.pid === r.pid && overlap(r, q) >= 0.5 * (r.end - r.start)),
  );
  s.reports += reports.length;
  s.correct += correct.length;
  const strays = reports.filter(
    (r) => !page.quotes.some((q) => q.pid === r.pid && overlap(r, q) > 0),
  );
  s.unplanted[page.kind] += strays.length;
  for (const r of strays)
    s.strays.push({ page: page.name, pid: r.pid, text: page.text.slice(r.start, r.end) });
  s.fillerMB[page.kind] += page.fillerChars / MB;
  const tok = tokenize(page.text);
  const ends = Uint32Array.from({ length: tok.count }, (_, i) => tokenEnd(tok, i));
  for (const q of page.quotes) {
    const mine = correct.filter((r) => r.pid === q.pid && overlap(r, q) > 0);
    const covered = coverage(q, mine) / (q.end - q.start);
    s.total[q.cat]++;
    if (covered < 0.5) {
      s.misses.push({ page: page.name, quote: q, text: page.text.slice(q.start, q.end), covered });
      continue;
    }
    s.found[q.cat]++;
    const best = mine.reduce((a, b) => (overlap(b, q) > overlap(a, q) ? b : a));
    const [qa, qb] = wordSpan(tok.starts, ends, tok.count, q.start, q.end);
    const [ra, rb] = wordSpan(tok.starts, ends, tok.count, best.start, best.end);
    if (qa === ra && qb === rb) s.exactBounds++;
    if (Math.abs(qa - ra) <= 2 && Math.abs(qb - rb) <= 2) s.bounds2++;
  }
}

export function recall(s: Score, cat?: Category): number {
  const cats: readonly Category[] = cat ? [cat] : CATEGORIES;
  const total = cats.reduce((n, c) => n + s.total[c], 0);
  return total === 0 ? NaN : (100 * cats.reduce((n, c) => n + s.found[c], 0)) / total;
}

export function foundCount(s: Score): number {
  return CATEGORIES.reduce((n, c) => n + s.found[c], 0);
}
