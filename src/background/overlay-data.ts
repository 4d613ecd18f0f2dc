// What a content script asks for before its first scan: critique, labels,
// chapters and layers for the indexed passages. Read from IndexedDB it costs
// ~0.1 s (a query per passage), on every page load; the answer for all
// passages is kept in memory per dataset version and dropped whenever the
// critique stores change (a pack, a reset). A cache, lost with the worker.

import type { OverlayData } from '../shared/messages';
import { allLayers, critiquesFor, passageSummaries } from './critique-repo';
import type { Db } from './db';
import { packCredits } from './packs';
import { BUNDLED_DATASET } from './seed';

let forAll: { version: string; data: Promise<OverlayData> } | null = null;

/** The critique stores changed: the next request reads them again. */
export function critiqueChanged(): void {
  forAll = null;
}

async function read(db: Db, ids: string[]): Promise<OverlayData> {
  const [critiques, passages, layers, packs] = await Promise.all([
    critiquesFor(db, ids),
    passageSummaries(db, ids),
    allLayers(db),
    packCredits(db),
  ]);
  const chapterIds = [...new Set(passages.map((p) => p.chapter).filter((c) => c !== null))];
  const chapters = (await Promise.all(chapterIds.map((id) => db.get('chapters', id)))).filter(
    (c) => c !== undefined,
  );
  return { critiques, passages, chapters, layers, review: BUNDLED_DATASET.review, packs };
}

/** The overlay data for the given passages, or (null) for every indexed passage, cached. */
export async function overlayData(
  db: Db,
  version: string,
  ids: string[] | null,
): Promise<OverlayData> {
  if (ids !== null) return read(db, ids);
  if (forAll?.version !== version) {
    const entry = { version, data: db.getAllKeys('passages').then((all) => read(db, all)) };
    forAll = entry;
    // A failed read is retried by the next request.
    entry.data.catch(() => {
      if (forAll === entry) forAll = null;
    });
  }
  return forAll.data;
}
