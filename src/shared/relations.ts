// How a passage bears on a review paragraph, for the page and the panels.

import type { PassageLink, Relation, ReviewParagraph } from './dataset';

/** The passage's relation to the paragraph's claim; a pack's paragraphs name subjects only. */
export function relationOf(
  paragraph: Pick<ReviewParagraph, 'relations'>,
  passageId: string,
): Relation {
  return paragraph.relations?.[passageId]?.relation ?? 'subject';
}

/** The link with the editors' reason, when the dataset gives one (a pack's paragraphs have none). */
export function linkOf(
  paragraph: Pick<ReviewParagraph, 'relations'>,
  passageId: string,
): PassageLink | null {
  return paragraph.relations?.[passageId] ?? null;
}

export const ANSWERS_LAYER = 'answers';

/**
 * The layer ids a passage belongs to: the layers of the paragraphs placed on it, `answers` where
 * its text answers one of them, and `sources` when a quote check points to it. The one rule the
 * page, the side panel and the library share.
 */
export function passageLayerIds(
  passageId: string,
  paragraphs: readonly Pick<ReviewParagraph, 'passages' | 'relations' | 'layers'>[],
  quoteChecks: readonly { nearestPassages: readonly string[] }[] = [],
): string[] {
  const ids = new Set<string>();
  for (const p of paragraphs) {
    if (!p.passages.includes(passageId)) continue;
    if (relationOf(p, passageId) === 'answers') ids.add(ANSWERS_LAYER);
    for (const l of p.layers) ids.add(l);
  }
  if (quoteChecks.some((q) => q.nearestPassages.includes(passageId))) ids.add('sources');
  return [...ids];
}
