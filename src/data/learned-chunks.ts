// A learned chapter as index entries: the passage index holds at most 4,096
// words per entry, a chapter runs to 10,000 and more, so it goes in as chunks
// that break at paragraph boundaries. Each chunk keeps its paragraphs' starts
// so a match reports the chapter's paragraph number.

import type { IndexEntry } from '../engine';
import { base64ToU32 } from '../shared/base64';
import type { LearnedChapter } from '../shared/learned';

/** Words per chunk: well under the index's 4,096, so a chunk never has to cut a paragraph short. */
export const CHUNK_WORDS = 2500;

export interface LearnedChunk {
  entry: IndexEntry;
  /** The chapter's paragraph (0-based) of the chunk's first word, and the chunk-relative start of each later one. */
  firstParagraph: number;
  paragraphStarts: number[];
}

const chunkId = (chapter: string, n: number) => `learned:${chapter}#${n}`;

/** Chunks of ≤ CHUNK_WORDS words, cut at the last paragraph start that fits (or hard, inside a longer paragraph). */
export function chunksOf(learned: LearnedChapter): LearnedChunk[] {
  const hashes = base64ToU32(learned.hashes);
  const starts = [...base64ToU32(learned.paragraphStarts)];
  const chunks: LearnedChunk[] = [];
  let from = 0;
  while (from < hashes.length) {
    const limit = from + CHUNK_WORDS;
    const cut =
      limit >= hashes.length
        ? hashes.length
        : (starts.filter((s) => s > from && s <= limit).pop() ?? limit);
    const paragraphsBefore = starts.filter((s) => s <= from).length - 1;
    chunks.push({
      entry: {
        id: chunkId(learned.chapter, chunks.length),
        kind: 'learned',
        chapter: learned.chapter,
        hashes: hashes.slice(from, cut),
      },
      firstParagraph: Math.max(0, paragraphsBefore),
      paragraphStarts: starts.filter((s) => s > from && s < cut).map((s) => s - from),
    });
    from = cut;
  }
  return chunks;
}

/** The chapter's paragraph number (1-based) of a chunk word. */
export function paragraphOf(chunk: LearnedChunk, word: number): number {
  return chunk.firstParagraph + chunk.paragraphStarts.filter((s) => s <= word).length + 1;
}
