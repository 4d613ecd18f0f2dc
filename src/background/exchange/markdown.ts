// Markdown export: a readable notebook. Highlights grouped by chapter (in the
// book's order, then "Other pages"), each as a blockquote of the quote, the
// note, a link to the page and its tags; where the highlight lies in a passage
// the review speaks to, the review's paragraphs on it follow, attributed.
// The quote and the review's words are copied line by line, never shortened
// or re-flowed. Every text from outside (quotes, titles, notes, tags, packs)
// goes through `inert`, so no HTML in a page or a note is live in a viewer
// that renders HTML; Markdown in a note stays Markdown. The file is in English
// (a document, not UI).

import { chapterLine } from '../../shared/chapter-line';
import type { ChapterRecord, ReviewParagraph, ReviewSource } from '../../shared/dataset';
import type { Highlight } from '../../shared/highlights';
import { isKnownTime } from '../../shared/time';

export interface MarkdownContext {
  /** Chapters by id (titles, order). */
  chapters: Map<string, ChapterRecord>;
  /** Per passage id, the review's paragraphs placed on it, in review order. */
  reviewOn: Map<string, ReviewParagraph[]>;
  review: ReviewSource | null;
  /** Imported critique packs by id: their paragraphs are theirs, not the review's. */
  packs: Map<string, { name: string; attribution: string }>;
  /** Epoch milliseconds of the export. */
  now: number;
}

const OTHER_PAGES = 'Other pages';

/**
 * Text with no live HTML in it: `<` becomes `&lt;`, and `&` becomes `&amp;`
 * where a viewer would read a character reference (`&lt;`, `&#60;`), so what
 * the reader typed is what a viewer shows. Any other `&` already shows as
 * itself and stays, which keeps `?a=1&b=2` in a bare URL working. Markdown
 * marks are untouched; inside a `code span` a viewer shows `&lt;` as typed.
 */
export const inert = (text: string) =>
  text.replace(/<|&(?=#?[0-9A-Za-z]+;)/g, (c) => (c === '<' ? '&lt;' : '&amp;'));

/** Every line prefixed with "> " (empty lines with ">"), the text itself untouched. */
export const blockquote = (text: string) =>
  text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => (l === '' ? '>' : `> ${l}`))
    .join('\n');

/** Link text: brackets and backslashes escaped so the title cannot end the link. */
const linkText = (s: string) =>
  s
    .replace(/[\\[\]]/g, (c) => `\\${c}`)
    .replace(/\s+/g, ' ')
    .trim();
/** A link destination in angle brackets when it holds spaces or parentheses. */
const destination = (url: string) =>
  /[\s()<>]/.test(url) ? `<${url.replace(/[<>]/g, encodeURIComponent)}>` : url;
const hashtag = (tag: string) => `#${inert(tag).replace(/\s+/g, '-')}`;
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
/** A record whose stored date was not one (read as UNKNOWN_TIME) says so instead of "saved 1970-01-01". */
const saved = (ms: number) => (isKnownTime(ms) ? `saved ${day(ms)}` : 'date saved unknown');

const chapterHeading = (c: ChapterRecord): string => inert(chapterLine(c));

const bookOrder = (a: ChapterRecord, b: ChapterRecord) =>
  (a.volume ?? 99) - (b.volume ?? 99) ||
  (a.number ?? -1) - (b.number ?? -1) ||
  a.id.localeCompare(b.id);

function attribution(p: ReviewParagraph, ctx: MarkdownContext): string {
  const pack = p.pack !== undefined ? ctx.packs.get(p.pack) : undefined;
  const section = `section “${inert(p.sectionHeading)}”`;
  if (p.pack !== undefined)
    return `— ${pack ? `*${inert(pack.name)}*, ${inert(pack.attribution)}` : 'an imported critique pack'}, ${section}`;
  const { review } = ctx;
  const source = review
    ? `*${review.title}*, ${review.author} (${review.publication}, ${review.date})`
    : 'the review';
  const link = review?.url ? ` — [read the review](${destination(review.url)})` : '';
  return `— ${source}, ${section}${link}`;
}

function highlightBlock(h: Highlight, ctx: MarkdownContext): string {
  const parts = [blockquote(inert(h.quote.exact))];
  if (h.note.trim() !== '') parts.push(inert(h.note.replace(/\r\n?/g, '\n').trim()));
  const meta = [
    `— [${linkText(inert(h.title || h.url))}](${destination(h.url)})`,
    ...(h.pdf ? [`PDF page ${h.pdf.page}`] : []),
    saved(h.created),
  ];
  if (h.status !== 'anchored')
    meta.push(
      h.status === 'orphaned'
        ? 'not found on the page at the last visit'
        : 'uncertain place on the page',
    );
  parts.push(meta.join(' · '));
  if (h.tags.length > 0) parts.push(h.tags.map(hashtag).join(' '));
  const review = h.passage ? (ctx.reviewOn.get(h.passage) ?? []) : [];
  if (review.length > 0) {
    parts.push('**The review on this passage:**');
    for (const p of review) parts.push(blockquote(inert(p.text)), attribution(p, ctx));
  }
  return parts.join('\n\n');
}

export function exportMarkdown(highlights: Highlight[], ctx: MarkdownContext): string {
  const groups = new Map<string | null, Highlight[]>();
  for (const h of highlights) {
    const key = h.chapter !== null && ctx.chapters.has(h.chapter) ? h.chapter : null;
    groups.set(key, [...(groups.get(key) ?? []), h]);
  }
  const chapters = [...groups.keys()]
    .filter((k): k is string => k !== null)
    .map((id) => ctx.chapters.get(id)!)
    .sort(bookOrder);
  const ordered: [string, Highlight[]][] = chapters.map((c) => [
    chapterHeading(c),
    groups.get(c.id)!,
  ]);
  if (groups.has(null)) ordered.push([OTHER_PAGES, groups.get(null)!]);

  const count = highlights.length === 1 ? '1 highlight' : `${highlights.length} highlights`;
  const out = ['# Counterpoint highlights', `Exported ${day(ctx.now)} · ${count}`];
  if (highlights.length === 0) out.push('No highlights yet.');
  for (const [heading, list] of ordered) {
    out.push(`## ${heading}`);
    // Reading order within a chapter: page, then place on the page.
    const sorted = [...list].sort(
      (a, b) =>
        a.url.localeCompare(b.url) || a.position.start - b.position.start || a.created - b.created,
    );
    out.push(sorted.map((h) => highlightBlock(h, ctx)).join('\n\n---\n\n'));
  }
  return `${out.join('\n\n')}\n`;
}
