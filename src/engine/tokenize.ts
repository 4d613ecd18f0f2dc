// The tokeniser: one pass over the text, one table read per character.
// Emits, per word, a 32-bit hash of its normalised spelling and its [start, end)
// offsets in the original text. Passages and pages go through the same code.

import { BRACKET, DOT, EXPAND, EXPAND_TO, FOLD, HYPHEN, IGNORE, IS_UPPER, WORD_MIN } from './fold-table';
import { FNV_OFFSET, hashCodes } from './hash';
import { foldSpelling } from './variants';
import { canonicalWordHash } from './word-variant-table';

/** Bumped whenever a change alters the hashes; stored with every fingerprint. */
export const TOKENISER_VERSION = 2;

export interface Tokens {
  count: number;
  hashes: Uint32Array;
  starts: Uint32Array;
  ends: Uint32Array;
}

const MAX_WORD = 64;
const MASK = MAX_WORD - 1;
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

const Z = 122, U = 117, O = 111, A = 97, R = 114;
const FNV_PRIME = 0x01000193;
const buf = new Uint16Array(MAX_WORD);

/** The word's final hash: spelling rules (only when a letter pattern asks) and the whole-word table. */
function finalHash(len: number, hash: number, maybeVariant: boolean): number {
  if (len <= MAX_WORD && (maybeVariant || (len >= 4 && buf[2] === A && buf[3] === R))) {
    hash = hashCodes(buf, foldSpelling(buf, len));
  }
  return len >= 4 ? canonicalWordHash(hash >>> 0) : hash >>> 0;
}

function grow(a: Uint32Array): Uint32Array {
  const b = new Uint32Array(a.length * 2 + 16);
  b.set(a);
  return b;
}

// Two nested loops keep the hot path short: the outer one skips separators,
// the inner one consumes a word, joining across ignorables, obfuscation dots
// and line-break hyphens. All state is in locals; rare cases call helpers.
export function tokenize(text: string): Tokens {
  const n = text.length;
  const fold = FOLD, b = buf; // locals: no module-binding loads in the hot loop
  let hashes: Uint32Array = new Uint32Array((n >> 2) + 16);
  let starts: Uint32Array = new Uint32Array(hashes.length), ends: Uint32Array = new Uint32Array(hashes.length);
  let count = 0, i = 0;
  while (i < n) {
    let code = text.charCodeAt(i);
    let f = fold[code];
    if (f < WORD_MIN && f !== EXPAND) {
      const j = f === BRACKET ? footnoteEnd(text, i) : -1;
      i = j > 0 ? j : i + 1;
      continue;
    }
    const start = i;
    let len = 0, hash = FNV_OFFSET, maybeVariant = false, end = i;
    for (;;) {
      if (f >= WORD_MIN) {
        b[len & MASK] = f; // words longer than the buffer keep their full hash and skip spelling rules
        len++;
        hash = Math.imul(hash ^ f, FNV_PRIME);
        if (f === Z || (f === U && b[(len - 2) & MASK] === O)) maybeVariant = true;
        end = ++i;
      } else if (f === EXPAND) {
        for (const c of EXPAND_TO.get(code)!) {
          b[len & MASK] = c;
          len++;
          hash = Math.imul(hash ^ c, FNV_PRIME);
        }
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
    hashes[count] = finalHash(len, hash, maybeVariant);
    starts[count] = start;
    ends[count++] = end;
  }
  return { count, hashes, starts, ends };
}

/** Word hashes only, trimmed to length: the fingerprint of a passage. */
export function fingerprint(text: string): Uint32Array {
  const t = tokenize(text);
  return t.hashes.slice(0, t.count);
}
