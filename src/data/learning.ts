// Learning a chapter from a page the reader opened: only on marxists.org or a
// listed mirror (the chapter's own URL), only when the page also shows the
// chapter's title or its opening, and only hashes are kept — the engine's
// normalised word hashes and where each paragraph starts.

import { detect, fingerprint, TOKENISER_VERSION, type PassageIndex } from '../engine';
import { u32ToBase64 } from '../shared/base64';
import type { ChapterRecord } from '../shared/dataset';
import type { LearnedChapter, LearnReport } from '../shared/learned';
import type { PageIdentity } from '../shared/messages';
import { headingNamesChapter, urlMatchesChapter } from './recognise';

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
export function fingerprintParagraphs(text: string): { hashes: Uint32Array; starts: Uint32Array } {
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

/** The chapter a page may teach, or why not. */
export function chapterToLearn(chapters: readonly ChapterRecord[], page: PageIdentity, text: string, index: PassageIndex): ChapterRecord | string {
  const chapter = chapters.find((c) => urlMatchesChapter(c, page.url));
  if (!chapter) return 'not a chapter page on marxists.org or a listed mirror';
  const named = headingNamesChapter(chapter, [page.title, ...page.headings]);
  const opening = detect(index, text).some((m) => index.kinds[m.entry] === 'opening' && m.chapter === chapter.id);
  return named || opening ? chapter : `the page does not show the title or the opening of ${chapter.id}`;
}

export function learnedRecord(chapter: string, text: string, now = Date.now()): LearnedChapter | string {
  const { hashes, starts } = fingerprintParagraphs(text);
  if (hashes.length < MIN_LEARN_WORDS) return `too short to learn (${hashes.length} words)`;
  if (hashes.length > MAX_LEARN_WORDS) return `too long to be one chapter (${hashes.length} words; a chapter has at most ${MAX_LEARN_WORDS})`;
  return {
    chapter, textHash: hashOfHashes(hashes), words: hashes.length, paragraphs: starts.length,
    hashes: u32ToBase64(hashes), paragraphStarts: u32ToBase64(starts), tokeniser: TOKENISER_VERSION, learnedAt: now,
  };
}

/** Whether `next` should replace `stored`: a newer copy, unless much shorter; the same copy is not relearned. */
export function replaces(next: LearnedChapter, stored: LearnedChapter | undefined): LearnReport {
  if (!stored || stored.tokeniser !== next.tokeniser) return { learned: true, reason: 'learned' };
  if (stored.textHash === next.textHash) return { learned: false, reason: 'already learned from this copy' };
  if (next.words < stored.words * SHORTER_KEPT) return { learned: false, reason: 'a longer copy is already learned' };
  return { learned: true, reason: 'replaced an older copy' };
}
