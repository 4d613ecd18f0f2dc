// The review as a whole: its outline and a search over every paragraph.

import type { ReviewParagraph } from '../shared/dataset';
import type { ReviewOutline } from '../shared/messages';
import { inReviewOrder } from './critique-repo';
import type { Db } from './db';
import { BUNDLED_DATASET } from './seed';

const MAX_SEARCH_RESULTS = 50;

/** Lower case without accents or punctuation, so "Lenin’s" finds "lenins" and "Lenin's". */
function foldForSearch(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export async function reviewOutline(db: Db): Promise<ReviewOutline> {
  const paragraphs = inReviewOrder(
    (await db.getAll('paragraphs')).filter((p) => p.pack === undefined),
  );
  const sections = new Map<string, { section: string; heading: string; paragraphs: number }>();
  for (const p of paragraphs) {
    const s =
      sections.get(p.section) ??
      sections
        .set(p.section, { section: p.section, heading: p.sectionHeading, paragraphs: 0 })
        .get(p.section)!;
    s.paragraphs++;
  }
  return { review: BUNDLED_DATASET.review, sections: [...sections.values()] };
}

/** Paragraphs (review and packs) containing every word of the query; empty for an empty query. */
export async function searchReview(db: Db, query: string): Promise<ReviewParagraph[]> {
  const words = foldForSearch(query).split(' ').filter(Boolean);
  if (words.length === 0) return [];
  const hits = (await db.getAll('paragraphs')).filter((p) => {
    const text = ` ${foldForSearch(p.text)} ${foldForSearch(p.sectionHeading)} `;
    return words.every((w) => text.includes(w));
  });
  return inReviewOrder(hits).slice(0, MAX_SEARCH_RESULTS);
}
