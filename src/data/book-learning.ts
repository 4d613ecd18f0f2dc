// Learning the chapters of a whole-book PDF: the book's text, one paragraph a
// line, is cut at the headings that name a chapter, and each chapter is then
// learned by the rules a chapter page follows (learning.ts): an https PDF on a
// listed site, 1,000–100,000 words, hashes only. Its heading is what shows it
// is that chapter, as a page's title or heading does.

import type { ChapterRecord } from '../shared/dataset';
import type { LearnedChapter } from '../shared/learned';
import { learnedRecord, unlearnableUrl } from './learning';
import { headingNamesChapter } from './recognise';

/** A paragraph of more words than this is prose, not a heading. */
const MAX_HEADING_WORDS = 24;
/** A heading may run over this many short lines ("Chapter 26" / its title / the title's end). */
const HEADING_LINES = 3;

export interface BookSection {
  chapter: ChapterRecord;
  /** The chapter's paragraphs, its heading first. */
  text: string;
}

const wordsIn = (s: string) => s.split(/\s+/).filter(Boolean).length;

interface HeadingAt {
  chapter: ChapterRecord;
  at: number;
}

/** Every heading that names a chapter, alone or with the short lines after it. */
function headingsIn(
  chapters: readonly ChapterRecord[],
  paragraphs: readonly string[],
): HeadingAt[] {
  const found: HeadingAt[] = [];
  for (let at = 0; at < paragraphs.length; at++) {
    let name = '';
    for (let n = 0; n < HEADING_LINES && at + n < paragraphs.length; n++) {
      if (wordsIn(paragraphs[at + n]) > MAX_HEADING_WORDS) break;
      name = `${name} ${paragraphs[at + n]}`.trim();
      const chapter = chapters.find((c) => headingNamesChapter(c, [name]));
      if (!chapter) continue;
      found.push({ chapter, at });
      at += n;
      break;
    }
  }
  return found;
}

/**
 * The chapters a book's headings name, each with its text: from its heading to the next heading
 * that names a chapter. A chapter named more than once (a contents page lists every title) is
 * the one of its sections holding the most words.
 */
export function bookSections(
  chapters: readonly ChapterRecord[],
  paragraphs: readonly string[],
): BookSection[] {
  const headings = headingsIn(chapters, paragraphs);
  const best = new Map<string, { section: BookSection; words: number; at: number }>();
  headings.forEach(({ chapter, at }, i) => {
    const own = paragraphs.slice(at, headings[i + 1]?.at ?? paragraphs.length);
    const words = own.reduce((sum, p) => sum + wordsIn(p), 0);
    if ((best.get(chapter.id)?.words ?? -1) < words)
      best.set(chapter.id, { section: { chapter, text: own.join('\n') }, words, at });
  });
  return [...best.values()].sort((a, b) => a.at - b.at).map((b) => b.section);
}

export interface BookChapterOutcome {
  chapter: string;
  record: LearnedChapter | null;
  /** Why not, when `record` is null. */
  reason: string;
}

/** What a book at `url` may teach: its chapters' records, or why each may not; a string when the book may teach nothing. */
export function chaptersToLearn(
  chapters: readonly ChapterRecord[],
  url: string,
  paragraphs: readonly string[],
  now = Date.now(),
): BookChapterOutcome[] | string {
  const refused = unlearnableUrl(url);
  if (refused) return refused;
  const sections = bookSections(chapters, paragraphs);
  if (sections.length === 0) return 'no heading in the PDF names a chapter';
  return sections.map(({ chapter, text }) => {
    const record = learnedRecord(chapter.id, text, now);
    return typeof record === 'string'
      ? { chapter: chapter.id, record: null, reason: record }
      : { chapter: chapter.id, record, reason: '' };
  });
}
