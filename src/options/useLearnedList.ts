// The learned chapters as the background lists them, with the record of each
// chapter (for its title), asked once per chapter for as long as the page is open.

import { useCallback, useRef, useState } from 'preact/hooks';
import type { ChapterRecord } from '../shared/dataset';
import type { LearnedSummary } from '../shared/learned';
import type { CallBackground } from '../shared/messages';

export interface LearnedList {
  /** null while the first list is read. */
  learned: LearnedSummary[] | null;
  chapters: Record<string, ChapterRecord>;
  refresh(): Promise<void>;
  /** The list could not be read: show it empty. */
  showEmpty(): void;
}

export function useLearnedList(call: CallBackground): LearnedList {
  const [learned, setLearned] = useState<LearnedSummary[] | null>(null);
  const [chapters, setChapters] = useState<Record<string, ChapterRecord>>({});
  const known = useRef<Record<string, ChapterRecord>>({});
  const refresh = useCallback(async () => {
    const list = await call('listLearned');
    const missing = [...new Set(list.map((c) => c.chapter))].filter((id) => !known.current[id]);
    // A chapter the store has no record of keeps its id for a title.
    const views = await Promise.all(
      missing.map((id) => call('getChapterView', id).catch(() => null)),
    );
    for (const v of views) if (v) known.current[v.chapter.id] = v.chapter;
    setChapters({ ...known.current });
    setLearned(list);
  }, [call]);
  const showEmpty = useCallback(() => setLearned([]), []);
  return { learned, chapters, refresh, showEmpty };
}
