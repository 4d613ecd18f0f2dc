// Filling the panel's catalog (passage labels, chapter records, layers) from
// the background, asking only for what it does not hold yet.

import type { ChapterRecord } from '../shared/dataset';
import type { CallBackground, OverlayData, PassageSummary } from '../shared/messages';
import type { Catalog } from '../ui/sidepanel';
import { MAX_IDS } from '../shared/limits';

export function mergeCatalog(
  catalog: Catalog,
  passages: PassageSummary[],
  chapters: ChapterRecord[],
  layers?: Catalog['layers'],
): Catalog {
  if (passages.length === 0 && chapters.length === 0 && !layers) return catalog;
  const p = new Map(catalog.passages);
  for (const s of passages) p.set(s.id, s);
  const c = new Map(catalog.chapters);
  for (const r of chapters) c.set(r.id, r);
  return { passages: p, chapters: c, layers: layers ?? catalog.layers };
}

/**
 * The critique of the passages, and the labels and records of the given
 * passages and chapters. A chapter id doubles as the id of its opening, so
 * one getOverlayData names most chapters; the rest come from getChapterView.
 */
export interface CatalogAdditions {
  data: OverlayData | null;
  passages: PassageSummary[];
  chapters: ChapterRecord[];
  layers?: Catalog['layers'];
}

export async function fetchCatalog(
  call: CallBackground,
  catalog: Catalog,
  passageIds: string[],
  chapterIds: string[],
): Promise<CatalogAdditions> {
  const passages = [...new Set(passageIds)].filter((id) => !catalog.passages.has(id));
  const chapters = [...new Set(chapterIds)].filter((id) => !catalog.chapters.has(id));
  const ids = [...new Set([...passages, ...chapters])].slice(0, MAX_IDS);
  if (ids.length === 0 && catalog.layers.length > 0)
    return { data: null, passages: [], chapters: [] };
  const data = await call('getOverlayData', ids);
  const named = new Set(data.chapters.map((c) => c.id));
  const missing = chapters.filter((id) => !named.has(id));
  const views = await Promise.all(
    missing.map((id) => call('getChapterView', id).catch(() => null)),
  );
  return {
    data,
    passages: data.passages,
    chapters: [...data.chapters, ...views.flatMap((v) => (v ? [v.chapter] : []))],
    layers: data.layers,
  };
}
