// Many paragraphs, read as the review reads: one entry per section, its
// paragraphs inside, the most specific first. The card groups the paragraphs
// on one passage (where Trotsky's text answers one, that comes first); the
// chapter view groups those on one chapter (placed on one of its passages
// before placed on the whole chapter).

import type { Relation, ReviewParagraph } from './dataset';
import { relationOf } from './relations';

export interface SectionGroup {
  section: string;
  heading: string;
  paragraphs: ReviewParagraph[];
}

const inReviewOrder = (a: ReviewParagraph, b: ReviewParagraph) =>
  a.order - b.order || a.id.localeCompare(b.id);

/**
 * Sections in review order (or by `sectionRank`, lower first, review order within), each holding its
 * paragraphs by `rank` (lower first), then in review order.
 */
export function groupBySection(
  paragraphs: readonly ReviewParagraph[],
  rank: (p: ReviewParagraph) => number,
  sectionRank: (g: SectionGroup) => number = () => 0,
): SectionGroup[] {
  const groups = new Map<string, SectionGroup>();
  for (const p of [...paragraphs].sort(inReviewOrder)) {
    const group =
      groups.get(p.section) ??
      groups
        .set(p.section, { section: p.section, heading: p.sectionHeading, paragraphs: [] })
        .get(p.section)!;
    group.paragraphs.push(p);
  }
  const ordered = [...groups.values()];
  for (const g of ordered) g.paragraphs.sort((a, b) => rank(a) - rank(b) || inReviewOrder(a, b));
  // Array.prototype.sort is stable: equal ranks keep review order.
  return ordered.sort((a, b) => sectionRank(a) - sectionRank(b));
}

const RELATION_RANK: Record<Relation, number> = { answers: 0, quoted: 1, subject: 2 };

/** A passage's card: where its text answers a paragraph, that paragraph and its section lead. */
export function cardGroups(
  paragraphs: readonly ReviewParagraph[],
  passageId: string,
): SectionGroup[] {
  const rank = (p: ReviewParagraph) => RELATION_RANK[relationOf(p, passageId)];
  return groupBySection(paragraphs, rank, (g) => (g.paragraphs.some((p) => rank(p) === 0) ? 0 : 1));
}

/** A chapter's paragraphs: those linked to one of its passages before those placed on the whole chapter. */
export function chapterGroups(
  paragraphs: readonly ReviewParagraph[],
  chapterPassages: ReadonlySet<string>,
): SectionGroup[] {
  return groupBySection(paragraphs, (p) =>
    p.passages.some((id) => chapterPassages.has(id)) ? 0 : 1,
  );
}
