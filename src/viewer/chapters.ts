// Which chapter a page of a PDF belongs to. A whole-book PDF holds many
// chapters: each chapter opening found (nearly) whole starts that chapter's
// range of pages, which runs to the page before the next opening. Pure.

export interface OpeningAt {
  chapter: string;
  /** 1-based page where the opening starts. */
  page: number;
}

/**
 * The chapter page `page` is in; null before the first opening (front matter); undefined when the
 * PDF shows no opening at all (the page side's own recognition stands).
 */
export function chapterAtPage(
  openings: readonly OpeningAt[],
  page: number,
): string | null | undefined {
  if (openings.length === 0) return undefined;
  let current: string | null = null;
  for (const o of [...openings].sort((a, b) => a.page - b.page)) {
    if (o.page > page) break;
    current = o.chapter;
  }
  return current;
}
