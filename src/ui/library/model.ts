// The library's pure logic: search (case and accents aside), the filters'
// choices, and which highlights a set of filters keeps.

import type { ChapterRecord, LayerRecord } from '../../shared/dataset';
import type { Highlight } from '../../shared/highlights';

/** Lower case, accents and other marks removed, so "Kérensky" finds "kerensky". */
export function fold(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The site a page is on, for the site filter ("file" for local files). */
export function siteOf(url: string): string {
  try {
    const u = new URL(url);
    return u.protocol === 'file:' ? 'file' : u.hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

/** '' = any; OTHER_PAGES = highlights on no recognised chapter. */
export interface LibraryFilters {
  query: string;
  chapter: string;
  tag: string;
  site: string;
  layer: string;
}

export const NO_FILTERS: LibraryFilters = { query: '', chapter: '', tag: '', site: '', layer: '' };
export const OTHER_PAGES = '-';

/** Everything the page knows about the highlights' chapters and the review's layers. */
export interface LibraryContext {
  chapters: Record<string, ChapterRecord>;
  layers: LayerRecord[];
  /** Per passage id: the layers of the review's paragraphs on it. */
  passageLayers: Record<string, string[]>;
}

export const layersOf = (h: Highlight, ctx: LibraryContext): string[] =>
  h.passage ? (ctx.passageLayers[h.passage] ?? []) : [];

function searchable(h: Highlight): string {
  return fold([h.quote.exact, h.note, h.title, h.tags.join(' ')].join('\n'));
}

function matches(h: Highlight, f: LibraryFilters, ctx: LibraryContext): boolean {
  if (
    f.chapter === OTHER_PAGES
      ? h.chapter !== null && ctx.chapters[h.chapter] !== undefined
      : f.chapter !== '' && h.chapter !== f.chapter
  )
    return false;
  if (f.tag !== '' && !h.tags.includes(f.tag)) return false;
  if (f.site !== '' && siteOf(h.url) !== f.site) return false;
  if (f.layer !== '' && !layersOf(h, ctx).includes(f.layer)) return false;
  const words = fold(f.query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const text = searchable(h);
  return words.every((w) => text.includes(w));
}

export function filterHighlights(
  highlights: Highlight[],
  f: LibraryFilters,
  ctx: LibraryContext,
): Highlight[] {
  return highlights.filter((h) => matches(h, f, ctx));
}

const bookOrder = (a: ChapterRecord, b: ChapterRecord) =>
  (a.volume ?? 99) - (b.volume ?? 99) ||
  (a.number ?? -1) - (b.number ?? -1) ||
  a.id.localeCompare(b.id);

export interface FilterChoices {
  chapters: ChapterRecord[];
  /** Some highlights lie on no recognised chapter. */
  otherPages: boolean;
  tags: string[];
  sites: string[];
  layers: LayerRecord[];
}

/** The values each filter offers: only those some highlight has. */
export function filterChoices(highlights: Highlight[], ctx: LibraryContext): FilterChoices {
  const chapterIds = new Set(
    highlights
      .map((h) => h.chapter)
      .filter((c): c is string => c !== null && ctx.chapters[c] !== undefined),
  );
  const layerIds = new Set(highlights.flatMap((h) => layersOf(h, ctx)));
  const collator = new Intl.Collator(undefined, { sensitivity: 'base' });
  return {
    chapters: [...chapterIds].map((id) => ctx.chapters[id]).sort(bookOrder),
    otherPages: highlights.some((h) => h.chapter === null || ctx.chapters[h.chapter] === undefined),
    tags: [...new Set(highlights.flatMap((h) => h.tags))].sort(collator.compare),
    sites: [...new Set(highlights.map((h) => siteOf(h.url)).filter(Boolean))].sort(),
    layers: ctx.layers.filter((l) => layerIds.has(l.id)),
  };
}
