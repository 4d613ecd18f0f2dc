// Which chapter of the History a page is, from what the page says about
// itself: its URL (marxists.org and mirrors), else a heading that names the
// chapter in full. The content script adds the third signal, an opening
// fingerprint found in the text.

import type { ChapterRecord } from '../shared/dataset';
import type { PageIdentity } from '../shared/messages';

/** Titles shorter than this many words ("Conclusion") are too common to recognise a page by. */
const MIN_TITLE_WORDS = 3;

/** Lower case, letters and digits only, single spaces; curly quotes and dashes vanish. */
export function foldTitle(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The chapter's names as pages print them: its title and variants, without our source notes in brackets. */
function titlesOf(chapter: ChapterRecord): string[] {
  return [chapter.title, ...chapter.titleVariants]
    .map((t) => foldTitle(t.replace(/\s*\([^)]*\)\s*$/, '')))
    .filter((t) => t.split(' ').length >= MIN_TITLE_WORDS);
}

/** A heading names the chapter when, folded, it is the title, maybe after "Chapter 26" or a volume prefix. */
function headingNames(heading: string, titles: string[]): boolean {
  const h = foldTitle(heading);
  return titles.some(
    (t) => h === t || (h.endsWith(' ' + t) && /^(?:chapter|ch|volume|vol|book|part)\b/.test(h)),
  );
}

/** True when one of the names (title, headings) is the chapter's title. */
export function headingNamesChapter(chapter: ChapterRecord, names: readonly string[]): boolean {
  const titles = titlesOf(chapter);
  return titles.length > 0 && names.some((h) => headingNames(h, titles));
}

export function urlMatchesChapter(chapter: ChapterRecord, url: string): boolean {
  return urlMatches(chapter, url);
}

function urlMatches(chapter: ChapterRecord, url: string): boolean {
  return chapter.urlPatterns.some((p) => new RegExp(p, 'i').test(url));
}

export function recogniseChapter(
  chapters: readonly ChapterRecord[],
  page: PageIdentity,
): ChapterRecord | null {
  const byUrl = chapters.find((c) => urlMatches(c, page.url));
  if (byUrl) return byUrl;
  const named = [page.title, ...page.headings];
  return (
    chapters.find((c) => {
      const titles = titlesOf(c);
      return titles.length > 0 && named.some((h) => headingNames(h, titles));
    }) ?? null
  );
}
