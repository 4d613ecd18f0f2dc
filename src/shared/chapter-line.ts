// One way to write a chapter everywhere (card, banner, popup, side panel,
// library, options, Markdown export): "Vol. II · Chapter 26 · Title". Front
// and back matter show their volume, when they have one, and their title.

import type { ChapterRecord } from './dataset';

const ROMAN = ['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];

function roman(n: number): string {
  return ROMAN[n] ?? String(n);
}

/** The words around the numbers, localised by the pages ("Vol. $1", "Chapter $1"). */
export interface ChapterWords {
  volume(roman: string): string;
  chapter(number: string): string;
}

const ENGLISH_CHAPTER_WORDS: ChapterWords = {
  volume: (v) => `Vol. ${v}`,
  chapter: (n) => `Chapter ${n}`,
};

export function chapterLine(
  chapter: ChapterRecord,
  words: ChapterWords = ENGLISH_CHAPTER_WORDS,
): string {
  const parts: string[] = [];
  if (chapter.volume !== null) parts.push(words.volume(roman(chapter.volume)));
  if (chapter.kind === 'chapter' && chapter.number !== null)
    parts.push(words.chapter(String(chapter.number)));
  parts.push(chapter.title);
  return parts.join(' · ');
}
