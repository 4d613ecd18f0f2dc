// The side panel's pure view model: a page report and the critique of its
// passages → list entries; a review paragraph → where it is placed. Kept apart
// from the components so the rules are testable alone.

import { cardGroups } from '../../shared/grouping';
import { passageLayerIds } from '../../shared/relations';
import type { ChapterRecord, LayerRecord, ReviewParagraph } from '../../shared/dataset';
import type { Critiques, PageReport, PassageSummary } from '../../shared/messages';
import { chapterLine } from '../overlay/labels';
import type { Translate } from '../overlay/types';

/** What the panel knows about passages, chapters and layers, by id. */
export interface Catalog {
  passages: ReadonlyMap<string, PassageSummary>;
  chapters: ReadonlyMap<string, ChapterRecord>;
  layers: readonly LayerRecord[];
}

export const emptyCatalog = (): Catalog => ({
  passages: new Map(),
  chapters: new Map(),
  layers: [],
});

export interface PanelEntry {
  /** The detection's index in the report: what open-passage takes. */
  index: number;
  /** 1-based number among the page's reference passages; null for chapter openings. */
  number: number | null;
  passageId: string | null;
  chapterId: string | null;
  label: string;
  chapterLine: string | null;
  layers: LayerRecord[];
  /** The first paragraph placed on the passage, or null (openings, passages the review does not place). */
  excerpt: ReviewParagraph | null;
  /** How many paragraphs are placed on the passage in all. */
  paragraphs: number;
}

const fold = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** Our labels start with the chapter's name ("Preface: …"); where the chapter is named beside them, it is dropped. */
export function withoutChapterPrefix(label: string, chapterTitle: string | undefined): string {
  const colon = label.indexOf(': ');
  if (colon < 0 || !chapterTitle) return label;
  const prefix = fold(label.slice(0, colon));
  if (prefix.length === 0 || !fold(chapterTitle).startsWith(prefix)) return label;
  const rest = label.slice(colon + 2);
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}

/** A passage's layers (src/shared/relations.ts), in display order. */
export function passageLayers(
  passageId: string,
  critiques: Critiques,
  layers: readonly LayerRecord[],
): LayerRecord[] {
  const ids = new Set(passageLayerIds(passageId, critiques.paragraphs, critiques.quoteChecks));
  return layers.filter((l) => ids.has(l.id)).sort((a, b) => a.order - b.order);
}

/** One entry per detection, in the report's (reading) order. */
export function panelEntries(
  report: PageReport | null,
  critiques: Critiques | null,
  catalog: Catalog,
  t: Translate,
): PanelEntry[] {
  if (!report) return [];
  const none: Critiques = { paragraphs: [], quoteChecks: [] };
  const c = critiques ?? none;
  let number = 0;
  return report.detections.map((d, index) => {
    const summary = d.passage === null ? undefined : catalog.passages.get(d.passage);
    const chapterId = summary?.chapter ?? d.chapter;
    const chapter = chapterId === null ? undefined : catalog.chapters.get(chapterId);
    // In the card's order (src/shared/grouping.ts): the excerpt is what the card shows first.
    const placed =
      d.passage === null
        ? []
        : cardGroups(
            c.paragraphs.filter((p) => p.passages.includes(d.passage!)),
            d.passage,
          ).flatMap((g) => g.paragraphs);
    const label =
      d.passage === null
        ? t('panelOpening')
        : summary
          ? withoutChapterPrefix(summary.label, chapter?.title)
          : d.passage;
    return {
      index,
      number: d.passage === null ? null : ++number,
      passageId: d.passage,
      chapterId,
      label,
      chapterLine: chapter ? chapterLine(chapter, t) : null,
      layers: d.passage === null ? [] : passageLayers(d.passage, c, catalog.layers),
      excerpt: placed[0] ?? null,
      paragraphs: placed.length,
    };
  });
}

/** The start of a paragraph, cut at a word boundary, for lists: never reworded. */
export function excerptOf(text: string, max = 220): { text: string; cut: boolean } {
  if (text.length <= max) return { text, cut: false };
  const space = text.lastIndexOf(' ', max);
  const end = space > max * 0.6 ? space : max;
  return { text: `${text.slice(0, end).replace(/[\s,;:.–—-]+$/u, '')}…`, cut: true };
}

export interface PassageLink {
  id: string;
  label: string;
  /** The detection index on the current page, or null when the passage is not on it. */
  index: number | null;
}

export interface ChapterLink {
  id: string;
  label: string;
  url: string | null;
}

/** Where a paragraph is placed: its passages (our labels) and its chapters. */
export function placementsOf(
  paragraph: ReviewParagraph,
  catalog: Catalog,
  report: PageReport | null,
  contextChapter: string | null,
  t: Translate,
) {
  const onPage = new Map<string, number>();
  report?.detections.forEach(
    (d, i) => d.passage !== null && !onPage.has(d.passage) && onPage.set(d.passage, i),
  );
  const passages: PassageLink[] = paragraph.passages.map((id) => {
    const summary = catalog.passages.get(id);
    const chapter =
      summary?.chapter === contextChapter && contextChapter !== null
        ? catalog.chapters.get(contextChapter)
        : undefined;
    return {
      id,
      label: summary ? withoutChapterPrefix(summary.label, chapter?.title) : id,
      index: onPage.get(id) ?? null,
    };
  });
  const chapters: ChapterLink[] = paragraph.chapters.map((id) => {
    const record = catalog.chapters.get(id);
    return { id, label: record ? chapterLine(record, t) : id, url: record?.url ?? null };
  });
  return { passages, chapters };
}

/** The chapters a reading view can show for a page: the page's chapter first, then those of its passages. */
export function chapterChoices(report: PageReport | null, catalog: Catalog): string[] {
  if (!report) return [];
  const ids = [
    report.chapter,
    ...report.detections.map(
      (d) => (d.passage && catalog.passages.get(d.passage)?.chapter) || d.chapter,
    ),
  ];
  return [...new Set(ids.filter((id): id is string => typeof id === 'string' && id.length > 0))];
}

/** The words of a search query, for marking them in results. */
export function queryWords(query: string): string[] {
  return [
    ...new Set(
      query
        .toLowerCase()
        .split(/[^\p{L}\p{N}'’-]+/u)
        .filter((w) => w.length > 0),
    ),
  ];
}

/** Splits text into plain and marked runs where any of the words starts (case aside). */
export function markRuns(
  text: string,
  words: readonly string[],
): { text: string; marked: boolean }[] {
  if (words.length === 0) return [{ text, marked: false }];
  const escaped = [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const re = new RegExp(`(${escaped.join('|')})`, 'giu');
  const runs: { text: string; marked: boolean }[] = [];
  let last = 0;
  for (const m of text.matchAll(re)) {
    if (m.index > last) runs.push({ text: text.slice(last, m.index), marked: false });
    runs.push({ text: m[0], marked: true });
    last = m.index + m[0].length;
  }
  if (last < text.length) runs.push({ text: text.slice(last), marked: false });
  return runs;
}
