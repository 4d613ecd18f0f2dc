// The tokeniser: one pass over the text, one table read per character.
// Emits, per word, a 32-bit hash of its normalised spelling and its [start, end)
// offsets in the original text. Passages and pages go through the same code.

import { BRACKET, DOT, EXPAND, EXPAND_TO, FOLD, HYPHEN, IGNORE, IS_UPPER, WORD_MIN } from './fold-table';
import { hashCodes } from './hash';
import { foldSpelling } from './variants';
import { canonicalWordHash } from './word-variant-table';

/** Bumped whenever a change alters the hashes; stored with every fingerprint. */
export const TOKENISER_VERSION = 1;

export interface Tokens {
  count: number;
  hashes: Uint32Array;
  starts: Uint32Array;
  ends: Uint32Array;
}

const MAX_WORD = 64;
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

class TokenWriter {
  count = 0;
  hashes: Uint32Array;
  starts: Uint32Array;
  ends: Uint32Array;
  readonly buf = new Uint16Array(MAX_WORD);
  len = 0;
  start = -1;
  end = 0;

  constructor(capacity: number) {
    this.hashes = new Uint32Array(capacity);
    this.starts = new Uint32Array(capacity);
    this.ends = new Uint32Array(capacity);
  }

  push(code: number, at: number): void {
    if (this.start < 0) this.start = at;
    if (this.len < MAX_WORD) this.buf[this.len++] = code;
    this.end = at + 1;
  }

  finish(): void {
    if (this.start < 0) return;
    if (this.count === this.hashes.length) this.grow();
    const len = foldSpelling(this.buf, this.len);
    this.hashes[this.count] = canonicalWordHash(hashCodes(this.buf, len));
    this.starts[this.count] = this.start;
    this.ends[this.count] = this.end;
    this.count++;
    this.start = -1;
    this.len = 0;
  }

  private grow(): void {
    const size = this.hashes.length * 2 + 16;
    const copy = (a: Uint32Array) => {
      const b = new Uint32Array(size);
      b.set(a);
      return b;
    };
    this.hashes = copy(this.hashes);
    this.starts = copy(this.starts);
    this.ends = copy(this.ends);
  }
}

export function tokenize(text: string): Tokens {
  const w = new TokenWriter((text.length >> 3) + 16);
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    const f = FOLD[code];
    if (f >= WORD_MIN) {
      w.push(f, i);
      continue;
    }
    if (f === IGNORE) continue;
    if (f === EXPAND) {
      for (const e of EXPAND_TO.get(code)!) w.push(e, i);
      continue;
    }
    if (f === DOT && w.start >= 0) {
      const j = obfuscationEnd(text, i);
      if (j > 0) {
        i = j - 1;
        continue;
      }
    } else if (f === HYPHEN && w.start >= 0) {
      const j = lineBreakJoin(text, i + 1);
      if (j > 0) {
        i = j - 1;
        continue;
      }
    } else if (f === BRACKET) {
      const j = footnoteEnd(text, i);
      if (j > 0) {
        w.finish();
        i = j - 1;
        continue;
      }
    }
    w.finish();
  }
  w.finish();
  return { count: w.count, hashes: w.hashes, starts: w.starts, ends: w.ends };
}

/** Word hashes only, trimmed to length: the fingerprint of a passage. */
export function fingerprint(text: string): Uint32Array {
  const t = tokenize(text);
  return t.hashes.slice(0, t.count);
}
