// The methods compared, each timed from the raw page string to its result.
// floor: one charCodeAt FNV-1a loop (the physical floor); tokenize: the
// engine's tokeniser alone; engine: detect(); naive: indexOf per passage over
// the baseline-normalised page; match: detectInTokens() on a page tokenised
// beforehand (engine minus tokeniser, for the breakdown); asm: approx-string-match per passage, timed on
// a length-stratified sample and scaled to N (approximate figure, marked †).

import search from 'approx-string-match';
import {
  buildIndex,
  detect,
  detectInTokens,
  tokenize,
  type IndexEntry,
  type PassageIndex,
  type Tokens,
} from '../../src/engine';
import { normalise, toOriginal } from './normalise';

export type MethodKey = 'floor' | 'tokenize' | 'engine' | 'match' | 'naive' | 'asm';
export const METHOD_LABELS: Record<MethodKey, string> = {
  floor: 'floor: charCodeAt FNV-1a',
  tokenize: 'tokenize()',
  engine: '**engine detect()**',
  match: 'detectInTokens(), pre-tokenised',
  naive: 'naive indexOf',
  asm: 'approx-string-match †',
};

export interface Report {
  pid: number;
  start: number;
  end: number;
}

/** Keeps results observable so the JIT cannot drop the work. */
const sink = { value: 0 };

export function fnvFloor(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Per-N state: the engine index and the normalised passages of the first N entries. */
export interface Prepared {
  n: number;
  index: PassageIndex;
  patterns: string[];
  /** asm sample (pids) per sample size, stratified by pattern length. */
  samples: Map<number, number[]>;
}

export function prepare(entries: IndexEntry[], texts: string[], n: number): Prepared {
  return {
    n,
    index: buildIndex(entries.slice(0, n)),
    patterns: texts.slice(0, n).map((t) => normalise(t).text),
    samples: new Map(),
  };
}

/** k pids spread evenly over the length-sorted patterns, so the sample's total length tracks the set's. */
function asmSample(p: Prepared, k: number): number[] {
  let s = p.samples.get(k);
  if (!s) {
    const byLength = p.patterns
      .map((_, pid) => pid)
      .sort((a, b) => p.patterns[a].length - p.patterns[b].length);
    s = Array.from(
      { length: k },
      (_, i) => byLength[Math.floor(((i + 0.5) * byLength.length) / k)],
    );
    p.samples.set(k, s);
  }
  return s;
}

export function naiveReports(p: Prepared, page: string): Report[] {
  const norm = normalise(page);
  const text = norm.text;
  const out: Report[] = [];
  p.patterns.forEach((pat, pid) => {
    for (let at = text.indexOf(pat); at >= 0; at = text.indexOf(pat, at + 1)) {
      const end = at + pat.length;
      // Word-boundary check: a pattern must not start or end inside a word.
      if (
        (at === 0 || text.charCodeAt(at - 1) === 32) &&
        (end === text.length || text.charCodeAt(end) === 32)
      ) {
        const [s, e] = toOriginal(norm, at, end);
        out.push({ pid, start: s, end: e });
      }
    }
  });
  return out;
}

export function asmReports(p: Prepared, page: string, pids: number[]): Report[] {
  const norm = normalise(page);
  const out: Report[] = [];
  for (const pid of pids) {
    const pat = p.patterns[pid];
    for (const m of search(norm.text, pat, Math.floor(0.1 * pat.length))) {
      const [s, e] = toOriginal(norm, m.start, m.end);
      out.push({ pid, start: s, end: e });
    }
  }
  return out;
}

export function engineReports(p: Prepared, page: string): Report[] {
  return detect(p.index, page).map((m) => ({ pid: m.entry, start: m.start, end: m.end }));
}

/** The last page's tokens, so 'match' times only what follows the tokeniser. */
let tokenCache: { page: string; tokens: Tokens } | null = null;

function tokensOf(page: string): Tokens {
  if (tokenCache?.page !== page) tokenCache = { page, tokens: tokenize(page) };
  return tokenCache.tokens;
}

/** Milliseconds of one call; asm measures normalising and its sample separately and scales the latter to N. */
export function timeOnce(key: MethodKey, p: Prepared, page: string, asmK: number): number {
  const tokens = key === 'match' ? tokensOf(page) : null;
  const t0 = performance.now();
  if (key === 'floor') sink.value ^= fnvFloor(page);
  else if (key === 'tokenize') sink.value ^= tokenize(page).count;
  else if (key === 'engine') sink.value ^= detect(p.index, page).length;
  else if (tokens) sink.value ^= detectInTokens(p.index, tokens).length;
  else if (key === 'naive') sink.value ^= naiveReports(p, page).length;
  else {
    const norm = normalise(page).text;
    const t1 = performance.now();
    for (const pid of asmSample(p, asmK)) {
      const pat = p.patterns[pid];
      sink.value ^= search(norm, pat, Math.floor(0.1 * pat.length)).length;
    }
    return t1 - t0 + ((performance.now() - t1) * p.n) / asmK;
  }
  return performance.now() - t0;
}
