// The dataset's editorial rules, checked at build time (npm run data:check):
// every phrase the review puts in quotation marks is accounted for, quote
// checks' nearest passages are linked where the paragraph speaks to their
// chapter, and every chapter either carries critique or says why not.

import type { ChapterRecord, Dataset, QuoteCheck, ReviewParagraph } from '../shared/dataset';
import type { QuotedTerm } from './schema';

/** The phrases a paragraph puts in quotation marks, without trailing punctuation. */
export function quotedPhrases(text: string): string[] {
  return [...text.matchAll(/“([^”]+)”/g)].map((m) => m[1].replace(/[\s.,;:!?]+$/u, ''));
}

/**
 * Every quoted phrase is either quote-checked (a check of its paragraph holds it) or listed as
 * a term or scare quote; a listed term the review never quotes is stale.
 */
export function checkQuotedPhrases(
  paragraphs: ReviewParagraph[],
  checks: QuoteCheck[],
  terms: QuotedTerm[],
) {
  const problems: string[] = [];
  const counts = { checked: 0, terms: 0 };
  const termPhrases = new Set(terms.map((t) => t.phrase));
  const used = new Set<string>();
  for (const p of paragraphs) {
    const pieces = checks.filter((q) => q.paragraph === p.id).flatMap((q) => q.phrase.split(' … '));
    for (const phrase of quotedPhrases(p.text)) {
      if (pieces.some((piece) => piece.includes(phrase))) counts.checked++;
      else if (termPhrases.has(phrase)) {
        counts.terms++;
        used.add(phrase);
      } else
        problems.push(
          `review ${p.id}: “${phrase}” is in quotation marks but neither quote-checked nor listed in quoted-terms.json`,
        );
    }
  }
  for (const t of terms)
    if (!used.has(t.phrase))
      problems.push(`quoted-terms: “${t.phrase}” is quoted nowhere without a quote check`);
  return { problems, counts };
}

/**
 * A quote check's nearest passage is linked from its paragraph when the paragraph speaks to the
 * passage's chapter (or the chapter is unknown); elsewhere the check alone points to it, so an
 * October paragraph is not placed on a 1905 passage.
 */
export function checkNearestLinked(
  d: Pick<Dataset, 'paragraphs' | 'passages' | 'quoteChecks'>,
): string[] {
  const chapterOf = new Map(d.passages.map((p) => [p.id, p.chapter]));
  const paragraphs = new Map(d.paragraphs.map((p) => [p.id, p]));
  const problems: string[] = [];
  for (const q of d.quoteChecks) {
    const p = paragraphs.get(q.paragraph);
    if (!p) continue;
    for (const id of q.nearestPassages) {
      const chapter = chapterOf.get(id);
      const speaksTo = chapter === null || chapter === undefined || p.chapters.includes(chapter);
      if (speaksTo && !p.passages.includes(id))
        problems.push(
          `quote-checks ${q.id}: ${p.id} speaks to ${chapter ?? 'an unknown chapter'} but does not link its nearest passage ${id}`,
        );
    }
  }
  return problems;
}

/** Each chapter carries critique or is listed as left empty, with its reason; never both. */
export function checkUnplacedChapters(
  chapters: ChapterRecord[],
  unplaced: Record<string, string>,
): string[] {
  const problems: string[] = [];
  const known = new Set(chapters.map((c) => c.id));
  for (const id of Object.keys(unplaced))
    if (!known.has(id)) problems.push(`unplaced-chapters: unknown chapter ${id}`);
  for (const c of chapters) {
    const empty = c.paragraphs.length === 0;
    if (empty && !(c.id in unplaced))
      problems.push(
        `chapter ${c.id} carries no critique and is not listed in unplaced-chapters.json with a reason`,
      );
    if (!empty && c.id in unplaced)
      problems.push(`chapter ${c.id} carries critique but is listed in unplaced-chapters.json`);
  }
  return problems;
}
