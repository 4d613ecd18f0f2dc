// Learning a chapter from a page the reader opened: only from an https page on
// marxists.org or a listed mirror (exact host names, the chapter's own URL as
// the browser reports it), only when the page also shows the chapter's title
// or its opening, and only hashes are kept — the engine's normalised word
// hashes and where each paragraph starts. A learned chapter is replaced only by
// a copy that shares most of its text.

import { detect, fingerprint, TOKENISER_VERSION, type PassageIndex } from '../engine';
import { base64ToU32, u32ToBase64 } from '../shared/base64';
import type { ChapterRecord } from '../shared/dataset';
import type { LearnedChapter, LearnReport } from '../shared/learned';
import type { PageIdentity } from '../shared/messages';
import { headingNamesChapter, urlMatchesChapter } from './recognise';
import sites from './sites.json';

/** A page must hold at least this many words to teach its chapter (an opening or an excerpt is not the chapter). */
export const MIN_LEARN_WORDS = 1000;
/**
 * A page holding more words than this is not one chapter. The content script is sized for a
 * chapter page of up to ~270 K characters (src/content/segments.ts), about 45,000 words of
 * English prose (~6 characters a word); this is over twice that. A file's chapters are held to
 * the same bound (learned-file.ts), so whatever the extension learns it can import again.
 */
export const MAX_LEARN_WORDS = 100_000;
/** A new copy replaces the stored one unless it is this much shorter (a truncated page). */
const SHORTER_KEPT = 0.9;

/** FNV-1a over the hashes: identifies a copy without keeping any text. */
export function hashOfHashes(hashes: Uint32Array): string {
  let h = 0x811c9dc5;
  for (const x of hashes) h = Math.imul(h ^ x, 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** Lines shorter than this (headings, navigation, "Chapter 5") join the paragraph before them instead of counting as one. */
export const MIN_PARAGRAPH_WORDS = 12;

/** The page's lines (blocks in the text model) as one hash sequence, and where each paragraph of prose starts. */
function fingerprintParagraphs(text: string): { hashes: Uint32Array; starts: Uint32Array } {
  const parts: Uint32Array[] = [];
  const starts: number[] = [];
  let words = 0;
  for (const line of text.split('\n')) {
    const h = fingerprint(line);
    if (h.length === 0) continue;
    // Short lines before the first paragraph of prose (headings) belong to it.
    if (h.length >= MIN_PARAGRAPH_WORDS) starts.push(starts.length === 0 ? 0 : words);
    parts.push(h);
    words += h.length;
  }
  if (starts.length === 0 && words > 0) starts.push(0);
  const hashes = new Uint32Array(words);
  let at = 0;
  for (const p of parts) {
    hashes.set(p, at);
    at += p.length;
  }
  return { hashes, starts: Uint32Array.from(starts) };
}

/** Why a page at `url` may not teach a chapter, or null: https, on one of `hosts` exactly (port aside). */
export function unlearnableUrl(
  url: string,
  hosts: readonly string[] = sites.learnHosts,
): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'not a page URL';
  }
  if (parsed.protocol !== 'https:') return 'learning reads https pages only';
  return hosts.includes(parsed.hostname.toLowerCase())
    ? null
    : `not a listed site (${parsed.hostname.slice(0, 100)})`;
}

/** The chapter a page may teach, or why not. */
export function chapterToLearn(
  chapters: readonly ChapterRecord[],
  page: PageIdentity,
  text: string,
  index: PassageIndex,
): ChapterRecord | string {
  const refused = unlearnableUrl(page.url);
  if (refused) return refused;
  const chapter = chapters.find((c) => urlMatchesChapter(c, page.url));
  if (!chapter) return 'not a chapter page on marxists.org or a listed mirror';
  const named = headingNamesChapter(chapter, [page.title, ...page.headings]);
  const opening = detect(index, text).some(
    (m) => index.kinds[m.entry] === 'opening' && m.chapter === chapter.id,
  );
  return named || opening
    ? chapter
    : `the page does not show the title or the opening of ${chapter.id}`;
}

export function learnedRecord(
  chapter: string,
  text: string,
  now = Date.now(),
): LearnedChapter | string {
  const { hashes, starts } = fingerprintParagraphs(text);
  if (hashes.length < MIN_LEARN_WORDS) return `too short to learn (${hashes.length} words)`;
  if (hashes.length > MAX_LEARN_WORDS)
    return `too long to be one chapter (${hashes.length} words; a chapter has at most ${MAX_LEARN_WORDS})`;
  return {
    chapter,
    textHash: hashOfHashes(hashes),
    words: hashes.length,
    paragraphs: starts.length,
    hashes: u32ToBase64(hashes),
    paragraphStarts: u32ToBase64(starts),
    tokeniser: TOKENISER_VERSION,
    learnedAt: now,
  };
}

/** Runs of this many words make the overlap between two copies of a chapter. */
const OVERLAP_RUN = 4;
/** A new copy replaces a stored one only when at least this share of the shorter one's runs are in both. */
const MIN_OVERLAP = 0.5;

/** Each run of OVERLAP_RUN word hashes, as one number. */
function runsOf(hashes: Uint32Array): Set<number> {
  const runs = new Set<number>();
  for (let i = 0; i + OVERLAP_RUN <= hashes.length; i++) {
    let h = 0x811c9dc5;
    for (let j = i; j < i + OVERLAP_RUN; j++) h = Math.imul(h ^ hashes[j], 0x01000193);
    runs.add(h >>> 0);
  }
  return runs;
}

/** The share of the shorter copy's word runs that the other copy also has (0–1). */
function overlapOf(a: LearnedChapter, b: LearnedChapter): number {
  const [x, y] = [runsOf(base64ToU32(a.hashes)), runsOf(base64ToU32(b.hashes))];
  const [small, large] = x.size <= y.size ? [x, y] : [y, x];
  if (small.size === 0) return 0;
  let shared = 0;
  for (const run of small) if (large.has(run)) shared++;
  return shared / small.size;
}

/**
 * Whether `next` should replace `stored`: a newer copy of the same text, unless much shorter; the
 * same copy is not relearned, and a page that shares little of the stored text (another text under
 * the chapter's name) replaces nothing.
 */
export function replaces(next: LearnedChapter, stored: LearnedChapter | undefined): LearnReport {
  if (!stored || stored.tokeniser !== next.tokeniser) return { learned: true, reason: 'learned' };
  if (stored.textHash === next.textHash)
    return { learned: false, reason: 'already learned from this copy' };
  if (next.words < stored.words * SHORTER_KEPT)
    return { learned: false, reason: 'a longer copy is already learned' };
  if (overlapOf(next, stored) < MIN_OVERLAP)
    return { learned: false, reason: 'the page shares too little with the copy already learned' };
  return { learned: true, reason: 'replaced an older copy' };
}
