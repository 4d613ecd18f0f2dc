// How the learned chapters are named, ordered and exported.

import type { ChapterRecord } from '../../shared/dataset';
import type { LearnedSummary } from '../../shared/learned';
import { chapterLine } from '../overlay/labels';
import type { Translate } from './types';

/** The chapter as every page writes it ("Vol. II · Chapter 26 · Title"), the id when unknown. */
export function learnedChapterLabel(
  id: string,
  chapter: ChapterRecord | undefined,
  t: Translate,
): string {
  return chapter ? chapterLine(chapter, t) : id;
}

/** counterpoint-learned-YYYY-MM-DD.json, the reader's local date. */
export function learnedFileName(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `counterpoint-learned-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
}

/** Book order: by volume, then chapter number (front and back matter after the chapters), then id; unknown chapters last. */
export function inBookOrder(
  learned: LearnedSummary[],
  chapters: Record<string, ChapterRecord>,
): LearnedSummary[] {
  const key = (id: string): [number, number, string] => {
    const c = chapters[id];
    return [c?.volume ?? Infinity, c?.number ?? Infinity, id];
  };
  return [...learned].sort((a, b) => {
    const [x, y] = [key(a.chapter), key(b.chapter)];
    return x[0] - y[0] || x[1] - y[1] || (x[2] < y[2] ? -1 : x[2] > y[2] ? 1 : 0);
  });
}
