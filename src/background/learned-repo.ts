// The learned chapters in IndexedDB: learn (replacing an older copy), list,
// forget, export and import. Every change invalidates the passage index.

import type { Db } from './db';
import type { ChapterRecord } from '../shared/dataset';
import type { LearnedChapter, LearnedPack, LearnedSummary, LearnReport } from '../shared/learned';
import type { PageIdentity } from '../shared/messages';
import { TOKENISER_VERSION } from '../engine';
import { base64ToU32 } from '../shared/base64';
import { learnedChanged, passageIndex } from './index-cache';
import { chapterToLearn, learnedRecord, replaces } from '../data/learning';

const STRICT = { durability: 'strict' } as const;

export async function learnFromPage(db: Db, page: PageIdentity, text: string): Promise<LearnReport> {
  const chapters: ChapterRecord[] = await db.getAll('chapters');
  const chapter = chapterToLearn(chapters, page, text, await passageIndex());
  if (typeof chapter === 'string') return { learned: false, reason: chapter };
  const record = learnedRecord(chapter.id, text);
  if (typeof record === 'string') return { learned: false, reason: record };
  const verdict = replaces(record, await db.get('learned', chapter.id));
  if (verdict.learned) {
    await db.put('learned', record);
    learnedChanged();
  }
  return verdict;
}

export async function listLearned(db: Db): Promise<LearnedSummary[]> {
  return (await db.getAll('learned')).map(({ chapter, words, paragraphs, learnedAt }) => ({ chapter, words, paragraphs, learnedAt }));
}

/** Forgets one chapter, or all (null). */
export async function forgetLearned(db: Db, chapter: string | null): Promise<void> {
  if (chapter === null) await db.clear('learned');
  else await db.delete('learned', chapter);
  learnedChanged();
}

export async function exportLearned(db: Db): Promise<LearnedPack> {
  return { format: 'counterpoint-learned', version: 1, chapters: await db.getAll('learned') };
}

/** Why a chapter record from a file cannot be imported, or null when it can. */
function problemOf(c: unknown, known: Set<string>): string | null {
  if (typeof c !== 'object' || c === null) return 'not an object';
  const r = c as Record<string, unknown>;
  if (typeof r.chapter !== 'string' || !known.has(r.chapter)) return `unknown chapter ${String(r.chapter).slice(0, 40)}`;
  if (r.tokeniser !== TOKENISER_VERSION) return `made by tokeniser ${String(r.tokeniser)}, this version uses ${TOKENISER_VERSION}`;
  if (typeof r.hashes !== 'string' || typeof r.paragraphStarts !== 'string' || typeof r.textHash !== 'string') return 'hashes missing';
  try {
    const hashes = base64ToU32(r.hashes);
    const starts = base64ToU32(r.paragraphStarts);
    if (hashes.length !== r.words || starts.length !== r.paragraphs || starts.some((s, i) => s >= hashes.length || (i > 0 && s <= starts[i - 1]))) {
      return 'word or paragraph counts do not match the hashes';
    }
  } catch {
    return 'hashes are not base64';
  }
  return typeof r.learnedAt === 'number' ? null : 'learnedAt missing';
}

/** Imports a learned pack: every chapter checked first, then one transaction; a rejected file changes nothing. */
export async function importLearned(db: Db, pack: unknown): Promise<{ imported: number }> {
  const p = pack as Partial<LearnedPack> | null;
  if (!p || p.format !== 'counterpoint-learned' || p.version !== 1 || !Array.isArray(p.chapters) || Object.hasOwn(p, '__proto__') || Object.hasOwn(p, 'constructor')) {
    throw new Error('refused: not a Counterpoint learned-chapters file (format counterpoint-learned, version 1)');
  }
  const known = new Set(await db.getAllKeys('chapters'));
  const problems = p.chapters.map((c, i) => [i, problemOf(c, known)] as const).filter(([, problem]) => problem !== null);
  if (problems.length > 0) throw new Error(`refused: ${problems.slice(0, 5).map(([i, problem]) => `chapters.${i}: ${problem}`).join('; ')}`);
  const tx = db.transaction('learned', 'readwrite', STRICT);
  await Promise.all([...(p.chapters as LearnedChapter[]).map((c) => tx.store.put({
    chapter: c.chapter, textHash: c.textHash, words: c.words, paragraphs: c.paragraphs, hashes: c.hashes,
    paragraphStarts: c.paragraphStarts, tokeniser: c.tokeniser, learnedAt: c.learnedAt,
  })), tx.done]);
  learnedChanged();
  return { imported: p.chapters.length };
}
