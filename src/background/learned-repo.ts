// The learned chapters in IndexedDB: learn (replacing an older copy), list,
// forget, export and import. Every change invalidates the passage index.

import type { Db } from './db';
import type { ChapterRecord } from '../shared/dataset';
import type {
  BookChapterReport,
  LearnedChapter,
  LearnedPack,
  LearnedSummary,
  LearnReport,
} from '../shared/learned';
import type { PageIdentity } from '../shared/messages';
import { timeOr, UNKNOWN_TIME } from '../shared/time';
import { checkLearnedPack } from '../data/learned-file';
import { indexSourcesChanged, passageIndex } from './index-cache';
import { chapterToLearn, learnedRecord, replaces } from '../data/learning';
import { chaptersToLearn } from '../data/book-learning';

const STRICT = { durability: 'strict' } as const;

export async function learnFromPage(
  db: Db,
  page: PageIdentity,
  text: string,
): Promise<LearnReport> {
  const chapters: ChapterRecord[] = await db.getAll('chapters');
  const chapter = chapterToLearn(chapters, page, text, await passageIndex());
  if (typeof chapter === 'string') return { learned: false, reason: chapter };
  const record = learnedRecord(chapter.id, text);
  if (typeof record === 'string') return { learned: false, reason: record };
  const verdict = replaces(record, await db.get('learned', chapter.id));
  if (verdict.learned) {
    await db.put('learned', record);
    indexSourcesChanged();
  }
  return verdict;
}

/**
 * Learns every chapter a whole-book PDF at `url` names by its heading (`paragraphs`: its text,
 * one paragraph each), each by the rules of a chapter page; the new ones in one transaction.
 */
export async function learnFromBook(
  db: Db,
  url: string,
  paragraphs: readonly string[],
): Promise<LearnReport & { chapters: BookChapterReport[] }> {
  const plan = chaptersToLearn(await db.getAll('chapters'), url, paragraphs);
  if (typeof plan === 'string') return { learned: false, reason: plan, chapters: [] };
  const chapters: BookChapterReport[] = [];
  const accepted: LearnedChapter[] = [];
  for (const { chapter, record, reason } of plan) {
    const verdict = record ? replaces(record, await db.get('learned', chapter)) : null;
    if (record && verdict?.learned) accepted.push(record);
    chapters.push({ chapter, ...(verdict ?? { learned: false, reason }) });
  }
  if (accepted.length > 0) {
    const tx = db.transaction('learned', 'readwrite', STRICT);
    await Promise.all([...accepted.map((r) => tx.store.put(r)), tx.done]);
    indexSourcesChanged();
  }
  const reason = `learned ${accepted.length} of the ${plan.length} chapters its headings name`;
  return { learned: accepted.length > 0, reason, chapters };
}

const whole = (v: unknown) => (Number.isSafeInteger(v) && (v as number) >= 0 ? (v as number) : 0);

/** The summaries the options page lists; a record an older version stored with a bad date or count is listed as unknown, never dropped. */
export async function listLearned(db: Db): Promise<LearnedSummary[]> {
  return (await db.getAll('learned')).map(({ chapter, words, paragraphs, learnedAt }) => ({
    chapter,
    words: whole(words),
    paragraphs: whole(paragraphs),
    learnedAt: timeOr(learnedAt, UNKNOWN_TIME),
  }));
}

/** Forgets one chapter, or all (null). */
export async function forgetLearned(db: Db, chapter: string | null): Promise<void> {
  if (chapter === null) await db.clear('learned');
  else await db.delete('learned', chapter);
  indexSourcesChanged();
}

export async function exportLearned(db: Db): Promise<LearnedPack> {
  return { format: 'counterpoint-learned', version: 1, chapters: await db.getAll('learned') };
}

/** Imports a learned pack: every chapter checked first (learned-file.ts), then one transaction; a rejected file changes nothing. */
export async function importLearned(db: Db, pack: unknown): Promise<{ imported: number }> {
  const records = checkLearnedPack(pack, new Set(await db.getAllKeys('chapters')));
  const tx = db.transaction('learned', 'readwrite', STRICT);
  await Promise.all([...records.map((r) => tx.store.put(r)), tx.done]);
  indexSourcesChanged();
  return { imported: records.length };
}
