// The chapter reading view: which chapters the page offers (its own, then the
// ones its passages belong to), the one chosen, and each chapter's view,
// fetched once and kept, with the labels of every passage and chapter its
// paragraphs are placed on.

import { useEffect, useMemo, useState } from 'preact/hooks';
import type { CallBackground, ChapterView, PageReport } from '../shared/messages';
import { chapterChoices, type Catalog } from '../ui/sidepanel';
import { placements, type CatalogState } from './useCatalog';

export interface ChapterReading {
  choices: string[];
  chapterId: string | null;
  view: ChapterView | null;
  loading: boolean;
  onChoose(id: string): void;
}

export function useChapterReading(
  call: CallBackground,
  report: PageReport | null,
  catalog: Catalog,
  grow: CatalogState['grow'],
): ChapterReading {
  const choices = useMemo(() => chapterChoices(report, catalog), [report, catalog]);
  const [chosen, setChosen] = useState<string | null>(null);
  const chapterId = chosen !== null && choices.includes(chosen) ? chosen : (choices[0] ?? null);
  const [views, setViews] = useState<ReadonlyMap<string, ChapterView | null>>(new Map());
  useEffect(() => {
    if (chapterId === null || views.has(chapterId)) return;
    let live = true;
    const keep = (v: ChapterView | null) => live && setViews((m) => new Map(m).set(chapterId, v));
    call('getChapterView', chapterId).then(
      async (v) => {
        if (v) {
          const { passages, chapters } = placements(v.sections.flatMap((s) => s.paragraphs));
          await grow(passages, chapters).catch(() => undefined);
        }
        keep(v);
      },
      () => keep(null),
    );
    return () => {
      live = false;
    };
  }, [call, chapterId, views, grow]);
  return {
    choices,
    chapterId,
    onChoose: setChosen,
    view: chapterId ? (views.get(chapterId) ?? null) : null,
    loading: chapterId !== null && !views.has(chapterId),
  };
}
