// What the cards show beside each highlight and the filters offer: the
// chapters the highlights lie on, the review's layers, and the layers of the
// paragraphs on each passage, gathered from the background in a few calls.

import type { ChapterRecord } from '../shared/dataset';
import type { Highlight } from '../shared/highlights';
import { passageLayerIds } from '../shared/relations';
import type { LibraryContext } from '../ui/library';
import type { LibraryDeps } from './app';

/** getOverlayData takes at most this many passage ids per call. */
export const IDS_PER_CALL = 500;

export const EMPTY_CONTEXT: LibraryContext = { chapters: {}, layers: [], passageLayers: {} };

const distinct = (values: (string | null)[]) => [
  ...new Set(values.filter((v): v is string => v !== null)),
];

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export async function contextFor(
  { call }: Pick<LibraryDeps, 'call'>,
  highlights: Highlight[],
): Promise<LibraryContext> {
  const passages = distinct(highlights.map((h) => h.passage));
  const overlays = await Promise.all(
    chunks(passages, IDS_PER_CALL).map((ids) => call('getOverlayData', ids)),
  );
  const chapters: Record<string, ChapterRecord> = {};
  for (const o of overlays) for (const c of o.chapters) chapters[c.id] = c;
  const paragraphs = overlays.flatMap((o) => o.critiques.paragraphs);
  const passageLayers = Object.fromEntries(
    passages.map((id) => [id, passageLayerIds(id, paragraphs)]),
  );
  // Chapters no passage brought (a highlight on a chapter page outside any passage), one call each.
  const missing = distinct(highlights.map((h) => h.chapter)).filter((c) => !chapters[c]);
  const views = await Promise.all(
    missing.map((id) => call('getChapterView', id).catch(() => null)),
  );
  for (const v of views) if (v) chapters[v.chapter.id] = v.chapter;
  const layers = overlays[0]?.layers ?? (passages.length === 0 ? [] : await call('getLayers'));
  return { chapters, layers, passageLayers };
}
