// Read side of the critique store: what the review says about passages, the
// layers and the quote checks. Functions take the open database, so extension
// pages (same origin) can use them on their own connection.

import type { LayerRecord, ReviewParagraph } from '../shared/dataset';
import type { Critiques, PassageSummary } from '../shared/messages';
import type { Db } from './db';

export function uniqueById<T extends { id: string }>(records: Iterable<T>): T[] {
  return [...new Map([...records].map((r) => [r.id, r])).values()];
}

/** Review order: paragraphs carry their place in the review as `order`. */
export function inReviewOrder(paragraphs: ReviewParagraph[]): ReviewParagraph[] {
  return [...paragraphs].sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
}

/**
 * The paragraphs placed on any of `passageIds` and the quote checks whose
 * nearest real wording is one of them. The paragraphs also include those that
 * make a returned quote check's claim, so a card can show the claim in context;
 * a paragraph's own `passages` tells which kind it is.
 */
export async function critiquesFor(db: Db, passageIds: readonly string[]): Promise<Critiques> {
  const ids = [...new Set(passageIds)];
  const tx = db.transaction(['paragraphs', 'quoteChecks']);
  const paragraphs = tx.objectStore('paragraphs');
  const [placed, checked] = await Promise.all([
    Promise.all(ids.map((id) => paragraphs.index('by-passage').getAll(id))),
    Promise.all(ids.map((id) => tx.objectStore('quoteChecks').index('by-passage').getAll(id))),
  ]);
  const checks = uniqueById(checked.flat());
  const quoting = await Promise.all(checks.map((q) => paragraphs.get(q.paragraph)));
  const found = inReviewOrder(
    uniqueById([...placed.flat(), ...quoting.filter((p) => p !== undefined)]),
  );
  const rank = new Map(found.map((p, i) => [p.id, i]));
  const quoteChecks = checks.sort(
    (a, b) =>
      (rank.get(a.paragraph) ?? 0) - (rank.get(b.paragraph) ?? 0) || a.id.localeCompare(b.id),
  );
  return { paragraphs: found, quoteChecks };
}

/** The paragraphs a layer shows, in review order. */
export async function paragraphsInLayer(db: Db, layerId: string): Promise<ReviewParagraph[]> {
  return inReviewOrder(await db.getAllFromIndex('paragraphs', 'by-layer', layerId));
}

/** Every layer, in display order. */
export async function allLayers(db: Db): Promise<LayerRecord[]> {
  return (await db.getAll('layers')).sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
}

/** Our labels of the passages that exist among `ids`, in the order asked. */
export async function passageSummaries(db: Db, ids: readonly string[]): Promise<PassageSummary[]> {
  const tx = db.transaction('passages');
  const found = await Promise.all([...new Set(ids)].map((id) => tx.store.get(id)));
  return found
    .filter((p) => p !== undefined)
    .map((p) => ({ id: p.id, label: p.label, chapter: p.chapter }));
}
