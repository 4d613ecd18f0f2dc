// Detection: tokenise the page, seed with shingle hits, cluster per entry,
// extend word by word, merge the pieces of one quotation, accept by settings.

import { findClusters } from './cluster';
import { align, newPair, type Alignment } from './extend';
import { entryLength, type PassageIndex } from './passage-index';
import type { Scratch } from './scratch';
import { tokenEnd, tokenize, type Tokens } from './tokenize';
import { DEFAULT_DETECT_OPTIONS, type DetectOptions, type Match } from './types';

/** Pieces of one entry this close on the page (in words) are one quotation. */
const MERGE_GAP = 20;

interface Piece extends Alignment {
  entry: number;
}

function identity(p: Alignment): number {
  return p.matched / (p.lastI - p.firstI + 1);
}

function singleHitAllowed(index: PassageIndex, entry: number, options: DetectOptions): boolean {
  return entryLength(index, entry) < options.minWords + index.k;
}

function alignClusters(
  index: PassageIndex,
  tokens: Tokens,
  options: DetectOptions,
  skipRuns: boolean,
  s: Scratch,
): Piece[] {
  const pieces: Piece[] = [];
  // An int32 view of the same bits: the hot loops then never box a hash.
  const page = new Int32Array(tokens.hashes.buffer, tokens.hashes.byteOffset, tokens.count);
  const pair = newPair(page, tokens.count, index);
  for (const c of findClusters(index, page, tokens.count, skipRuns, s)) {
    if (c.anchors < 2 && !singleHitAllowed(index, c.entry, options)) continue;
    const a = align(pair, c);
    if (a.matched >= index.k && identity(a) >= options.minIdentity) {
      pieces.push({
        firstI: a.firstI,
        lastI: a.lastI,
        firstQ: a.firstQ,
        lastQ: a.lastQ,
        matched: a.matched,
        entry: c.entry,
      });
    }
  }
  return pieces;
}

/**
 * A stable sort. Array.prototype.sort took up to 0.1 ms on a hundred pieces
 * right after a GC (as every benchmark call starts); pieces and matches come
 * nearly in order, so an insertion sort does that in microseconds.
 */
function sortStable<T>(a: T[], before: (x: T, y: T) => number): T[] {
  if (a.length > 256) return a.sort(before);
  for (let n = 1; n < a.length; n++) {
    const x = a[n];
    let m = n;
    for (; m > 0 && before(a[m - 1], x) > 0; m--) a[m] = a[m - 1];
    a[m] = x;
  }
  return a;
}

/** Pieces of one entry close on the page are one quotation (the pieces are the caller's to change). */
function mergePieces(pieces: Piece[]): Piece[] {
  sortStable(pieces, (a, b) => a.entry - b.entry || a.firstI - b.firstI);
  const merged: Piece[] = [];
  for (const p of pieces) {
    const last = merged[merged.length - 1];
    const sameQuote =
      last &&
      last.entry === p.entry &&
      p.firstI <= last.lastI + MERGE_GAP &&
      p.lastQ >= last.firstQ;
    if (!sameQuote) {
      merged.push(p);
      continue;
    }
    const overlaps = p.firstI <= last.lastI;
    last.matched = overlaps ? Math.max(last.matched, p.matched) : last.matched + p.matched;
    last.lastI = Math.max(last.lastI, p.lastI);
    last.lastQ = Math.max(last.lastQ, p.lastQ);
    last.firstQ = Math.min(last.firstQ, p.firstQ);
  }
  return merged;
}

function accepted(index: PassageIndex, p: Piece, options: DetectOptions): boolean {
  const whole = p.matched >= entryLength(index, p.entry);
  return (p.matched >= options.minWords || whole) && identity(p) >= options.minIdentity;
}

function toMatch(index: PassageIndex, tokens: Tokens, p: Piece): Match {
  const isPassage = index.kinds[p.entry] === 'passage';
  return {
    entry: p.entry,
    passage: isPassage ? index.ids[p.entry] : null,
    chapter: index.chapters[p.entry],
    start: tokens.starts[p.firstI],
    end: tokenEnd(tokens, p.lastI),
    coverage: p.matched / entryLength(index, p.entry),
    score: identity(p),
    matchedWords: p.matched,
    firstWord: p.firstQ,
  };
}

/**
 * `skipRuns: false` probes every page position: the reference path that tests
 * hold the skip-ahead to (runs.ts). `s`: the working memory (scratch.ts).
 */
export function detectInTokens(
  index: PassageIndex,
  tokens: Tokens,
  options: DetectOptions = DEFAULT_DETECT_OPTIONS,
  skipRuns = true,
  s = index.scratch,
): Match[] {
  const matches = mergePieces(alignClusters(index, tokens, options, skipRuns, s))
    .filter((p) => accepted(index, p, options))
    .map((p) => toMatch(index, tokens, p));
  return sortStable(matches, (a, b) => a.start - b.start || b.end - a.end);
}

/** The page is tokenised into the scratch's arrays: a page scan then allocates no large arrays. */
export function detect(
  index: PassageIndex,
  text: string,
  options: DetectOptions = DEFAULT_DETECT_OPTIONS,
  s = index.scratch,
): Match[] {
  return detectInTokens(index, tokenize(text, s.tokens), options, true, s);
}
