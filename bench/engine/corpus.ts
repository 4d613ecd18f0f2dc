// Generates the whole benchmark corpus from the seed: book, passages and their
// engine entries, and the pages with ground truth. Nothing is written to disk.

import { fingerprint, type IndexEntry } from '../../src/engine';
import { loadBook, type Book } from './brown';
import { allPages, type BenchConfig } from './config';
import { bookSentences, sentenceIndexer, webSentences, type SentenceSource } from './filler';
import { buildPage, type Page } from './pages';
import { choosePassages, type Passage } from './passages';
import { makeRng, type Rng } from './rng';
import type { SpellingChange } from './spelling';

const MAX_N = 5000;
/** Quotes are planted only from the smallest set, so every N contains every planted passage. */
const PLANTED_N = 100;

export interface Corpus {
  passages: Passage[];
  entries: IndexEntry[];
  pages: Page[];
  spelling: SpellingChange[];
  bookChars: number;
  bookWords: number;
  ms: number;
}

function wordPicker(book: Book, rng: Rng): () => string {
  return () => {
    for (;;) {
      const t = rng.int(0, book.tokStart.length - 1);
      if (book.isWord[t]) return book.text.slice(book.tokStart[t], book.tokEnd[t]);
    }
  };
}

export function generateCorpus(cfg: BenchConfig): Corpus {
  const t0 = performance.now();
  const root = makeRng(cfg.seed);
  const book = loadBook();
  const { passages, fillerSentences } = choosePassages(book, root.fork('passages'), MAX_N);
  const entries: IndexEntry[] = passages.map((p) => ({
    id: p.id,
    kind: 'passage',
    chapter: `S${p.sample}`,
    hashes: fingerprint(p.text),
  }));
  const sources: Record<'web' | 'book', SentenceSource> = {
    web: webSentences(root.fork('web')),
    book: bookSentences(book, fillerSentences),
  };
  const startOf = { web: sentenceIndexer(sources.web), book: sentenceIndexer(sources.book) };
  const offset = { web: 0, book: 0 };
  const wanted = new Set(cfg.pages.map((p) => p.name));
  const spelling: SpellingChange[] = [];
  const pages: Page[] = [];
  // Filler slices follow the full run's page order, so a page is identical in --quick.
  for (const spec of allPages()) {
    const start = startOf[spec.kind](offset[spec.kind]);
    offset[spec.kind] += spec.kb * 1024;
    if (!wanted.has(spec.name)) continue;
    const rng = root.fork(`page:${spec.name}`);
    const ctx = { rng, randomWord: wordPicker(book, rng.fork('words')), spelling };
    pages.push(buildPage(spec, sources[spec.kind], start, passages.slice(0, PLANTED_N), ctx));
  }
  return {
    passages,
    entries,
    pages,
    spelling,
    bookChars: book.text.length,
    bookWords: book.words,
    ms: performance.now() - t0,
  };
}
