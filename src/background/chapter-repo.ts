// The chapter view: a chapter of the History and what the review says about
// it, section by section.

import type { ReviewParagraph } from '../shared/dataset';
import type { ChapterSection, ChapterView } from '../shared/messages';
import { chapterGroups, groupBySection } from '../shared/grouping';
import { uniqueById } from './critique-repo';
import type { Db } from './db';

/** Paragraphs grouped by review section; sections in order of their first paragraph, each in review order. */
const bySection = (paragraphs: ReviewParagraph[]): ChapterSection[] =>
  groupBySection(paragraphs, () => 0);

/**
 * The chapter record and the paragraphs placed on the chapter or on one of
 * its passages (from the indexes, so pack paragraphs count too), or null for
 * an unknown chapter.
 */
export async function chapterView(db: Db, chapterId: string): Promise<ChapterView | null> {
  const tx = db.transaction(['chapters', 'passages', 'paragraphs']);
  const [chapter, passageIds] = await Promise.all([
    tx.objectStore('chapters').get(chapterId),
    tx.objectStore('passages').index('by-chapter').getAllKeys(chapterId),
  ]);
  if (!chapter) return null;
  const paragraphs = tx.objectStore('paragraphs');
  const found = await Promise.all([
    paragraphs.index('by-chapter').getAll(chapterId),
    ...passageIds.map((id) => paragraphs.index('by-passage').getAll(id)),
  ]);
  // Most specific first: paragraphs linked to one of the chapter's passages, then those placed on the chapter.
  return { chapter, sections: chapterGroups(uniqueById(found.flat()), new Set(passageIds)) };
}

/** One section of the review, whole, in review order; null for an unknown section id. */
export async function reviewSection(db: Db, sectionId: string): Promise<ChapterSection | null> {
  const paragraphs = await db.getAllFromIndex('paragraphs', 'by-section', sectionId);
  return bySection(paragraphs)[0] ?? null;
}
