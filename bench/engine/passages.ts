// 5,000 non-overlapping book passages, 15–120 words (log-uniform), mostly
// aligned to sentences. They are drawn in one random order and the N-sets are
// prefixes of it, so N = 100 ⊂ 1,000 ⊂ 5,000 and recall compares across N.

import type { Book } from './brown';
import type { Rng } from './rng';

export interface Passage {
  pid: number;
  id: string;
  sample: number;
  text: string;
  /** Token offsets relative to text, and word flags, for the quote generators. */
  tokStart: number[];
  tokEnd: number[];
  isWord: boolean[];
  words: number;
}

export interface PassageSet {
  passages: Passage[];
  /** Sentences that share no token with any passage: the same-book filler. */
  fillerSentences: number[];
}

const MIN_WORDS = 15;
const MAX_WORDS = 120;

/** End token (exclusive) for a span of about `target` words from sentence s, or -1. */
function spanEnd(book: Book, s: number, target: number): number {
  const sample = book.sentSample[s];
  let words = 0;
  let bestEnd = -1;
  let bestDiff = Infinity;
  for (let t = book.sentStart[s], sent = s; words <= Math.min(MAX_WORDS, target * 1.25); t++) {
    if (t === book.sentStart[sent + 1]) {
      sent++;
      if (sent >= book.sentSample.length || book.sentSample[sent] !== sample) break;
      // A sentence end within ±25 % of the target length is preferred to a mid-sentence cut.
      const diff = Math.abs(words - target);
      if (words >= MIN_WORDS && words <= MAX_WORDS && diff <= target * 0.25 && diff < bestDiff)
        [bestEnd, bestDiff] = [t, diff];
    }
    if (words === target && bestEnd < 0 && words >= MIN_WORDS) bestEnd = t;
    words += book.isWord[t];
  }
  return bestEnd;
}

function overlapsUsed(used: Uint8Array, a: number, b: number): boolean {
  for (let t = a; t < b; t++) if (used[t]) return true;
  return false;
}

function makePassage(book: Book, pid: number, sample: number, a: number, b: number): Passage {
  const base = book.tokStart[a];
  const p: Passage = {
    pid,
    id: `P${String(pid).padStart(4, '0')}`,
    sample,
    text: book.text.slice(base, book.tokEnd[b - 1]),
    tokStart: [],
    tokEnd: [],
    isWord: [],
    words: 0,
  };
  for (let t = a; t < b; t++) {
    p.tokStart.push(book.tokStart[t] - base);
    p.tokEnd.push(book.tokEnd[t] - base);
    p.isWord.push(book.isWord[t] === 1);
    p.words += book.isWord[t];
  }
  return p;
}

export function choosePassages(book: Book, rng: Rng, count: number): PassageSet {
  const used = new Uint8Array(book.tokStart.length);
  const passages: Passage[] = [];
  const sentences = book.sentSample.length;
  for (let tries = 0; passages.length < count && tries < count * 50; tries++) {
    const target = Math.round(rng.logUniform(MIN_WORDS, MAX_WORDS));
    const s = rng.int(0, sentences - 1);
    const a = book.sentStart[s];
    const b = spanEnd(book, s, target);
    if (b < 0 || overlapsUsed(used, a, b)) continue;
    used.fill(1, a, b);
    passages.push(makePassage(book, passages.length, book.sentSample[s], a, b));
  }
  if (passages.length < count) throw new Error(`only ${passages.length} passages fit`);
  const fillerSentences: number[] = [];
  for (let s = 0; s < sentences; s++) {
    if (!overlapsUsed(used, book.sentStart[s], book.sentStart[s + 1])) fillerSentences.push(s);
  }
  return { passages, fillerSentences };
}
