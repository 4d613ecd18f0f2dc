// The panel's catalog (passage labels, chapter records, layers), grown as
// reports, chapter views and searches name passages and chapters it lacks.
// Fetches run side by side, so the latest catalog lives in a ref ahead of
// renders and only absorb() changes it.

import { useCallback, useRef, useState } from 'preact/hooks';
import type { CallBackground } from '../shared/messages';
import { emptyCatalog, type Catalog } from '../ui/sidepanel';
import { fetchCatalog, mergeCatalog, type CatalogAdditions } from './catalog';

export interface CatalogState {
  catalog: Catalog;
  /** The latest catalog, ahead of renders. */
  latest(): Catalog;
  absorb(found: CatalogAdditions): void;
  /** Fetches and absorbs what the catalog lacks of these passages and chapters. */
  grow(passageIds: string[], chapterIds: string[]): Promise<void>;
}

export function useCatalog(call: CallBackground): CatalogState {
  const [catalog, setCatalog] = useState<Catalog>(emptyCatalog);
  const ref = useRef(catalog);
  const absorb = useCallback((found: CatalogAdditions) => {
    ref.current = mergeCatalog(ref.current, found.passages, found.chapters, found.layers);
    setCatalog(ref.current);
  }, []);
  const grow = useCallback(
    async (passageIds: string[], chapterIds: string[]) => {
      absorb(await fetchCatalog(call, ref.current, passageIds, chapterIds));
    },
    [call, absorb],
  );
  const latest = useCallback(() => ref.current, []);
  return { catalog, latest, absorb, grow };
}

/** Passage and chapter ids a set of paragraphs is placed on. */
export const placements = (paragraphs: readonly { passages: string[]; chapters: string[] }[]) => ({
  passages: paragraphs.flatMap((p) => p.passages),
  chapters: paragraphs.flatMap((p) => p.chapters),
});
