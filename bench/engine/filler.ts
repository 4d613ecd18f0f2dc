// Filler text around planted quotes. "web" is unrelated English from npm
// nlp-corpus (reviews, UN text, news, fiction…): any match there is a false
// positive. "same-book" is book text outside every passage: same style and
// vocabulary, the hard case for precision.

import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Book } from './brown';
import type { Rng } from './rng';

export type FillerKind = 'web' | 'book';

/** Source of consecutive filler sentences, grouped into paragraphs by the caller. */
export interface SentenceSource {
  count: number;
  sentence(i: number): string;
}

export function webSentences(rng: Rng): SentenceSource {
  const require = createRequire(import.meta.url);
  const builds = path.join(path.dirname(require.resolve('nlp-corpus')), '../../builds');
  const all: string[] = [];
  for (let i = 0; existsSync(path.join(builds, `doc-${i}.json`)); i++) {
    for (const s of JSON.parse(
      readFileSync(path.join(builds, `doc-${i}.json`), 'utf8'),
    ) as unknown[]) {
      if (typeof s === 'string' && s.trim().length > 0) all.push(s.trim());
    }
  }
  // Shuffled once so a page mixes sources, as a forum or news page would.
  rng.shuffle(all);
  return { count: all.length, sentence: (i) => all[i] };
}

/** Maps a character offset into the source (wrapping) to the sentence that starts there. */
export function sentenceIndexer(src: SentenceSource): (chars: number) => number {
  const ends = new Float64Array(src.count);
  for (let i = 0, total = 0; i < src.count; i++) ends[i] = total += src.sentence(i).length + 1;
  return (chars) => {
    const want = chars % ends[src.count - 1];
    let lo = 0;
    let hi = src.count - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ends[mid] > want) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
}

export function bookSentences(book: Book, fillerSentences: number[]): SentenceSource {
  return {
    count: fillerSentences.length,
    sentence(i) {
      const s = fillerSentences[i];
      return book.text.slice(
        book.tokStart[book.sentStart[s]],
        book.tokEnd[book.sentStart[s + 1] - 1],
      );
    },
  };
}

/** About `chars` characters of consecutive sentences from sentence `start`, 3–8 per paragraph. */
export function fillerParagraphs(
  src: SentenceSource,
  rng: Rng,
  chars: number,
  start: number,
): string[] {
  const paragraphs: string[] = [];
  let i = start % src.count;
  let total = 0;
  while (total < chars) {
    const size = rng.int(3, 8);
    const parts: string[] = [];
    for (let k = 0; k < size && total < chars; k++, i = (i + 1) % src.count) {
      const s = src.sentence(i);
      parts.push(s);
      total += s.length + 1;
    }
    paragraphs.push(parts.join(' '));
    total += 1;
  }
  return paragraphs;
}
