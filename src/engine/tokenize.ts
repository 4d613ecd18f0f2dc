// The tokeniser: one pass over the text, one table read per character.
// Emits, per word, a 32-bit hash of its normalised spelling and its [start, end)
// offsets in the original text. Passages and pages go through the same code.

import { BRACKET, DOT, EXPAND, EXPAND_TO, FOLD, HYPHEN, IGNORE, IS_UPPER, SEP, WORD_MIN } from './fold-table';
import { FNV_OFFSET, FNV_PRIME } from './hash';
import { canonicalWordHash } from './word-variant-table';

/** Bumped whenever a change alters the hashes; stored with every fingerprint. */
export const TOKENISER_VERSION = 3;

/** Arrays a caller lends to tokenize() to be filled (and replaced when too small), saving allocation per call. */
export interface TokenBuffers {
  hashes: Uint32Array;
  starts: Uint32Array;
  ends: Uint32Array;
}

/** Per word: hash, start and end offsets; only the first `count` entries are words. */
export interface Tokens extends TokenBuffers {
  count: number;
}

const NEWLINE = 10;

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 13 || code === 0xa0;
}

/** Index of the first char after a run of dots/pluses, or -1 when the run is not in-word obfuscation. */
function obfuscationEnd(text: string, at: number): number {
  let j = at;
  let dots = 0;
  while (j < text.length && (FOLD[text.charCodeAt(j)] === DOT || FOLD[text.charCodeAt(j)] === IGNORE)) {
    if (text.charCodeAt(j) === 0x2e) dots++;
    j++;
  }
  if (dots > 1 || j - at > 2 || j >= text.length) return -1;
  const next = text.charCodeAt(j);
  return FOLD[next] >= WORD_MIN && !IS_UPPER[next] ? j : -1;
}

/** After a hyphen: the index of a lowercase letter that continues the word across a line break, else -1. */
function lineBreakJoin(text: string, at: number): number {
  let j = at;
  let sawNewline = false;
  while (j < text.length) {
    const code = text.charCodeAt(j);
    if (code === NEWLINE) sawNewline = true;
    else if (!isSpace(code)) break;
    j++;
  }
  if (!sawNewline || j >= text.length) return -1;
  const next = text.charCodeAt(j);
  return FOLD[next] >= WORD_MIN && !IS_UPPER[next] ? j : -1;
}

/** A footnote marker "[12]": returns the index after "]", else -1. */
function footnoteEnd(text: string, at: number): number {
  let j = at + 1;
  while (j < text.length && j - at <= 3 && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
  return j > at + 1 && text.charCodeAt(j) === 0x5d ? j + 1 : -1;
}

/** The hash continued over a letter that folds to several (æ → "ae"); rare, so kept out of the hot loop. */
function expandedHash(hash: number, code: number): number {
  for (const c of EXPAND_TO.get(code)!) hash = Math.imul(hash ^ c, FNV_PRIME);
  return hash;
}

function grow(a: Uint32Array): Uint32Array {
  const b = new Uint32Array(a.length * 2 + 16);
  b.set(a);
  return b;
}

// Two nested loops keep the hot path short: the outer one skips separators,
// the inner one consumes a word, joining across ignorables, obfuscation dots
// and line-break hyphens. All state is in locals; rare cases call helpers.
export function tokenize(text: string, reuse?: TokenBuffers): Tokens {
  const n = text.length;
  const fold = FOLD; // a local: no module-binding loads in the hot loop
  const capacity = (n >> 2) + 16;
  const fits = reuse !== undefined && reuse.hashes.length >= capacity;
  let hashes: Uint32Array = fits ? reuse.hashes : new Uint32Array(capacity);
  let starts: Uint32Array = fits ? reuse.starts : new Uint32Array(capacity);
  let ends: Uint32Array = fits ? reuse.ends : new Uint32Array(capacity);
  let count = 0, i = 0;
  while (i < n) {
    let code = text.charCodeAt(i);
    let f = fold[code];
    if (f === SEP) {
      i++;
      continue;
    }
    if (f < WORD_MIN && f !== EXPAND) {
      const j = f === BRACKET ? footnoteEnd(text, i) : -1;
      i = j > 0 ? j : i + 1;
      continue;
    }
    const start = i;
    let hash = FNV_OFFSET, end = i;
    for (;;) {
      // The hot path: a run of plain word characters.
      while (f >= WORD_MIN) {
        hash = Math.imul(hash ^ f, FNV_PRIME);
        end = ++i;
        if (i >= n) break;
        code = text.charCodeAt(i);
        f = fold[code];
      }
      if (i >= n) break;
      if (f === SEP) {
        i++; // the outer loop would only skip it
        break;
      }
      if (f === EXPAND) {
        hash = expandedHash(hash, code);
        end = ++i;
      } else if (f === IGNORE) {
        i++;
      } else {
        const j = f === DOT ? obfuscationEnd(text, i) : f === HYPHEN ? lineBreakJoin(text, i + 1) : -1;
        if (j < 0) break;
        i = j;
      }
      if (i >= n) break;
      code = text.charCodeAt(i);
      f = fold[code];
    }
    if (count === hashes.length) [hashes, starts, ends] = [grow(hashes), grow(starts), grow(ends)];
    // Every spelling variant is at least four letters long: words spanning fewer characters skip the table.
    hashes[count] = end - start >= 4 ? canonicalWordHash(hash) : hash;
    starts[count] = start;
    ends[count++] = end;
  }
  if (reuse) Object.assign(reuse, { hashes, starts, ends });
  return { count, hashes, starts, ends };
}

/** Word hashes only, trimmed to length: the fingerprint of a passage. */
export function fingerprint(text: string): Uint32Array {
  const t = tokenize(text);
  return t.hashes.slice(0, t.count);
}
