// The tokeniser: one pass over the text, one table read per character.
// Emits, per word, a 32-bit hash of its normalised spelling and its start
// offset in the original text. Passages and pages go through the same code.

import {
  BRACKET,
  DOT,
  EXPAND,
  EXPAND_TO,
  FOLD,
  HYPHEN,
  IGNORE,
  IS_UPPER,
  SEP,
  WORD_MIN,
} from './fold-table';
import { FNV_OFFSET, FNV_PRIME } from './hash';
import { canonicalWordHash, VARIANT_PREFILTER } from './word-variant-table';

/** Bumped whenever a change alters the hashes; stored with every fingerprint. */
export const TOKENISER_VERSION = 3;

/** Arrays a caller lends to tokenize() to be filled (and replaced when too small), saving allocation per call. */
export interface TokenBuffers {
  hashes: Uint32Array;
  starts: Uint32Array;
}

/**
 * Per word: hash and start offset; only the first `count` entries are words.
 * Word ends are not stored (a third array written per word cost more than the
 * few ends detection needs): tokenEnd() finds one from its start.
 */
export interface Tokens extends TokenBuffers {
  count: number;
  text: string;
}

const NEWLINE = 10;

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 13 || code === 0xa0;
}

/** Index of the first char after a run of dots/pluses, or -1 when the run is not in-word obfuscation. */
function obfuscationEnd(text: string, at: number): number {
  let j = at;
  let dots = 0;
  while (
    j < text.length &&
    (FOLD[text.charCodeAt(j)] === DOT || FOLD[text.charCodeAt(j)] === IGNORE)
  ) {
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
  while (j < text.length && j - at <= 3 && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57)
    j++;
  return j > at + 1 && text.charCodeAt(j) === 0x5d ? j + 1 : -1;
}

/** The hash continued over a letter that folds to several (æ → "ae"); rare, so kept out of the hot loop. */
function expandedHash(hash: number, code: number): number {
  for (const c of EXPAND_TO.get(code)!) hash = Math.imul(hash ^ c, FNV_PRIME);
  return hash;
}

/** A word read by wordFrom(): one record per scan(), reused for every word that takes the slow path. */
interface Word {
  hash: number;
  end: number;
}

/**
 * One word from `start` under every joining rule (ignorables, obfuscation
 * dots, line-break hyphens, expansions): its hash and end offset go to `out`;
 * returns where scanning resumes. The slow path of tokenize(), and how tokenEnd() finds an end.
 */
function wordFrom(text: string, start: number, out: Word): number {
  const n = text.length;
  let i = start,
    code = text.charCodeAt(i),
    f = FOLD[code];
  let hash = FNV_OFFSET,
    end = i;
  for (;;) {
    while (f >= WORD_MIN) {
      hash = Math.imul(hash ^ f, FNV_PRIME);
      end = ++i;
      if (i >= n) break;
      code = text.charCodeAt(i);
      f = FOLD[code];
    }
    if (i >= n) break;
    if (f === SEP) {
      i++; // the caller would only skip it
      break;
    }
    if (f === EXPAND) {
      hash = expandedHash(hash, code);
      end = ++i;
    } else if (f === IGNORE) {
      i++;
    } else {
      const j =
        f === DOT ? obfuscationEnd(text, i) : f === HYPHEN ? lineBreakJoin(text, i + 1) : -1;
      if (j < 0) break;
      i = j;
    }
    if (i >= n) break;
    code = text.charCodeAt(i);
    f = FOLD[code];
  }
  out.hash = hash;
  out.end = end;
  return i;
}

/** The [start, end) end offset of word i. */
export function tokenEnd(tokens: Tokens, i: number): number {
  const word: Word = { hash: 0, end: 0 };
  wordFrom(tokens.text, tokens.starts[i], word);
  return word.end;
}

// The hot loop handles a run of plain word characters, with in-word apostrophes,
// followed by a separator or a sentence's full stop (99 % of English words);
// anything else re-reads the word in wordFrom(). Keeping the joining rules out of this loop made it about
// 15 % faster (V8 compiles the short loop much better). It spells its constants
// as literals (checked against the named ones below): bundlers emit module
// constants as `var`, which optimised code re-reads and type-checks on every
// use, and locals would cost registers the loop needs. Another 12 %.
// Returns -1 when the arrays are full.
if (
  SEP !== 0 ||
  IGNORE !== 1 ||
  EXPAND !== 2 ||
  DOT !== 3 ||
  BRACKET !== 5 ||
  WORD_MIN !== 0x20 ||
  FNV_OFFSET !== (0x811c9dc5 | 0) ||
  FNV_PRIME !== 0x01000193
) {
  throw new Error('tokenize: scan() literals are out of date');
}
function scan(text: string, hashes: Uint32Array, starts: Uint32Array): number {
  const n = text.length,
    limit = hashes.length;
  const fold = FOLD,
    maybe = VARIANT_PREFILTER,
    word: Word = { hash: 0, end: 0 };
  let count = 0,
    i = 0;
  while (i < n) {
    let f = fold[text.charCodeAt(i)];
    if (f < 0x20 && f !== 2) {
      const j = f === 5 ? footnoteEnd(text, i) : -1;
      i = j > 0 ? j : i + 1;
      continue;
    }
    const start = i;
    let hash = 0x811c9dc5 | 0;
    for (;;) {
      while (f >= 0x20) {
        hash = Math.imul(hash ^ f, 0x01000193);
        if (++i >= n) break;
        f = fold[text.charCodeAt(i)];
      }
      if (f !== 1 || i + 1 >= n) break; // an apostrophe (IGNORE) inside the word goes on with it
      const g = fold[text.charCodeAt(i + 1)];
      if (g < 0x20) break;
      f = g;
      i++;
    }
    let end = i;
    if (i >= n || f === 0) i++;
    else if (f === 3 && (i + 1 >= n || fold[text.charCodeAt(i + 1)] === 0)) i += 2;
    else {
      i = wordFrom(text, start, word);
      hash = word.hash;
      end = word.end;
    }
    if (count === limit) return -1;
    // Every spelling variant is at least four letters long: only longer words that pass the prefilter look it up.
    if ((maybe[hash >>> 21] & (1 << ((hash >>> 16) & 31))) !== 0 && end - start >= 4)
      hash = canonicalWordHash(hash);
    hashes[count] = hash;
    starts[count++] = start;
  }
  return count;
}

export function tokenize(text: string, reuse?: TokenBuffers): Tokens {
  let capacity = (text.length >> 2) + 16;
  let hashes = reuse && reuse.hashes.length >= capacity ? reuse.hashes : new Uint32Array(capacity);
  let starts = reuse && reuse.starts.length >= capacity ? reuse.starts : new Uint32Array(capacity);
  let count = scan(text, hashes, starts);
  while (count < 0) {
    capacity *= 2;
    [hashes, starts] = [new Uint32Array(capacity), new Uint32Array(capacity)];
    count = scan(text, hashes, starts);
  }
  if (reuse) [reuse.hashes, reuse.starts] = [hashes, starts];
  return { count, hashes, starts, text };
}

/** Word hashes only, trimmed to length: the fingerprint of a passage. */
export function fingerprint(text: string): Uint32Array {
  const t = tokenize(text);
  return t.hashes.slice(0, t.count);
}
