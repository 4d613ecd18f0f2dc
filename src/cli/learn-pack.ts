// The pure part of `npm run data:learn`: saved chapter pages → a learned-chapters
// pack (the same format the options page exports and imports), fingerprints only.

import { JSDOM } from 'jsdom';
import { buildIndex, detect, type PassageIndex } from '../engine';
import { bundledEntries } from '../data/fingerprints';
import { learnedRecord } from '../data/learning';
import { headingNamesChapter, urlMatchesChapter } from '../data/recognise';
import { extractPageText } from '../dom/page-text';
import type { ChapterRecord } from '../shared/dataset';
import type { LearnedChapter, LearnedPack } from '../shared/learned';

/** Share of a chapter's opening a saved page must hold to be that chapter. */
const OPENING_COVERAGE = 0.8;

export interface SavedPage {
  file: string;
  html: string;
}

/** The page's own address, when it kept one (canonical link, og:url, or the "saved from" comment browsers write). */
function savedUrl(doc: Document, html: string): string | null {
  const canonical =
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ??
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content');
  return canonical ?? /saved from url=\(\d+\)(\S+)/.exec(html)?.[1] ?? null;
}

/** The chapter of a saved page: its address, else a heading naming the title, else its opening found nearly whole. */
export function chapterOfPage(
  chapters: readonly ChapterRecord[],
  doc: Document,
  html: string,
  text: string,
  index: PassageIndex,
): ChapterRecord | null {
  const url = savedUrl(doc, html);
  const byUrl = url ? chapters.find((c) => urlMatchesChapter(c, url)) : undefined;
  if (byUrl) return byUrl;
  const names = [
    doc.title,
    ...[...doc.querySelectorAll('h1, h2, h3')].slice(0, 5).map((h) => h.textContent ?? ''),
  ];
  const byHeading = chapters.find((c) => headingNamesChapter(c, names));
  if (byHeading) return byHeading;
  const opening = detect(index, text).find(
    (m) => index.kinds[m.entry] === 'opening' && m.coverage >= OPENING_COVERAGE,
  );
  return opening ? (chapters.find((c) => c.id === opening.chapter) ?? null) : null;
}

export interface LearnOutcome {
  pack: LearnedPack;
  /** Per file: the chapter learned, or why not. */
  notes: { file: string; chapter: string | null; note: string }[];
}

export function learnPages(
  pages: readonly SavedPage[],
  chapters: readonly ChapterRecord[],
  now = Date.now(),
): LearnOutcome {
  const index = buildIndex(bundledEntries());
  const byChapter = new Map<string, LearnedChapter>();
  const notes: LearnOutcome['notes'] = [];
  for (const { file, html } of pages) {
    const { document } = new JSDOM(html).window;
    const text = extractPageText(document.body).text;
    const chapter = chapterOfPage(chapters, document, html, text, index);
    if (!chapter) {
      notes.push({
        file,
        chapter: null,
        note: 'no chapter of the History recognised (address, heading or opening)',
      });
      continue;
    }
    const record = learnedRecord(chapter.id, text, now);
    if (typeof record === 'string') {
      notes.push({ file, chapter: chapter.id, note: record });
      continue;
    }
    const kept = byChapter.get(chapter.id);
    // Two copies of one chapter: the longer one is kept.
    if (!kept || record.words > kept.words) byChapter.set(chapter.id, record);
    notes.push({
      file,
      chapter: chapter.id,
      note: `${record.words} words, ${record.paragraphs} paragraphs`,
    });
  }
  return {
    pack: { format: 'counterpoint-learned', version: 1, chapters: [...byChapter.values()] },
    notes,
  };
}
