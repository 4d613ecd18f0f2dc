// Finding a saved highlight again in a page's text. Exact first (with context
// to choose between repeats), then fuzzy (Myers' algorithm through
// approx-string-match, as Hypothesis does) near the stored position and then
// anywhere. Unlike Hypothesis, a fuzzy result must reach a minimum score AND
// beat the runner-up by a margin; otherwise it is "uncertain" (kept, listed,
// never painted) or "orphaned" (the text is gone).

import search from 'approx-string-match';
import { utf16Offset, type PositionSelector, type QuoteSelector } from './describe';

type AnchorStatus = 'anchored' | 'uncertain' | 'orphaned';

export interface Anchored {
  status: AnchorStatus;
  /** UTF-16 offsets into the text; absent when orphaned. */
  start?: number;
  end?: number;
  score: number;
}

/** Settings: a quote must be this similar to anchor fuzzily, with context counted in. */
const MIN_SCORE = 0.8;
/** …and beat the next candidate elsewhere by this much. */
const MIN_MARGIN = 0.1;
/** Below this the text counts as gone; between it and MIN_SCORE the result is uncertain. */
const MIN_UNCERTAIN = 0.55;
/** Exact repeats: more than this many and position decides. */
const MAX_EXACT = 500;

interface Candidate {
  start: number;
  end: number;
  /** Share of the quote matched, 0..1. */
  quote: number;
}

/** Share of `a`'s end that `b`'s end repeats (prefix agreement), 0..1. */
function tailAgreement(a: string, b: string): number {
  if (a.length === 0) return 1;
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n / a.length;
}

function headAgreement(a: string, b: string): number {
  if (a.length === 0) return 1;
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n / a.length;
}

/** Quote 0.7, prefix 0.1, suffix 0.1, position 0.1: context decides between equals, never outweighs the quote. */
function scoreOf(text: string, c: Candidate, q: QuoteSelector, hint: number): number {
  const prefix = tailAgreement(
    q.prefix,
    text.slice(Math.max(0, c.start - q.prefix.length), c.start),
  );
  const suffix = headAgreement(q.suffix, text.slice(c.end, c.end + q.suffix.length));
  const position = 1 / (1 + Math.abs(c.start - hint) / Math.max(1000, q.exact.length));
  return 0.7 * c.quote + 0.1 * prefix + 0.1 * suffix + 0.1 * position;
}

function exactCandidates(text: string, exact: string): Candidate[] {
  const out: Candidate[] = [];
  for (
    let at = text.indexOf(exact);
    at >= 0 && out.length < MAX_EXACT;
    at = text.indexOf(exact, at + 1)
  ) {
    out.push({ start: at, end: at + exact.length, quote: 1 });
  }
  return out;
}

function fuzzyCandidates(text: string, exact: string, from: number, to: number): Candidate[] {
  const maxErrors = Math.min(256, Math.floor(exact.length * (1 - MIN_UNCERTAIN)));
  return search(text.slice(from, to), exact, maxErrors).map((m) => ({
    start: m.start + from,
    end: m.end + from,
    quote: Math.max(0, 1 - m.errors / exact.length),
  }));
}

/** The best candidate and its margin over the best one that does not overlap it. */
function decide(text: string, candidates: Candidate[], q: QuoteSelector, hint: number): Anchored {
  if (candidates.length === 0) return { status: 'orphaned', score: 0 };
  const scored = candidates
    .map((c) => ({ c, s: scoreOf(text, c, q, hint) }))
    .sort((a, b) => b.s - a.s);
  const best = scored[0];
  const rival = scored.find((x) => x.c.end <= best.c.start || x.c.start >= best.c.end);
  const margin = rival ? best.s - rival.s : 1;
  const certain = best.s >= MIN_SCORE && margin >= MIN_MARGIN;
  if (certain) return { status: 'anchored', start: best.c.start, end: best.c.end, score: best.s };
  const plausible = best.c.quote >= MIN_UNCERTAIN;
  return plausible
    ? { status: 'uncertain', start: best.c.start, end: best.c.end, score: best.s }
    : { status: 'orphaned', score: best.s };
}

/** Where a quote is in `text`, given its stored selectors. */
export function anchorQuote(text: string, q: QuoteSelector, position: PositionSelector): Anchored {
  if (q.exact.length === 0) return { status: 'orphaned', score: 0 };
  const hint = utf16Offset(text, position.start);
  const exact = exactCandidates(text, q.exact);
  if (exact.length === 1)
    return { status: 'anchored', start: exact[0].start, end: exact[0].end, score: 1 };
  if (exact.length > 1) return decide(text, exact, q, hint);
  // The whole page: the margin over a lookalike elsewhere must hold page-wide, not just near the old position.
  return decide(text, fuzzyCandidates(text, q.exact, 0, text.length), q, hint);
}
