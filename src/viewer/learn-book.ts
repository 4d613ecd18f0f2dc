// Offers a whole-book PDF's text to the background, which learns every
// chapter its headings name by the rules a chapter page follows
// (src/data/book-learning.ts). Only an https PDF may teach, so nothing else is
// sent; the background checks again, from the viewer's own address.

import { Slice } from '../content/schedule';
import { MAX_BOOK_CHARS, MAX_BOOK_PARAGRAPHS } from '../shared/limits';
import type { ViewerDeps } from './deps';
import type { Extraction } from './extract';

/** How many chapters the PDF at `url` taught, or null when it was not offered. */
export async function offerForLearning(
  deps: ViewerDeps,
  url: string | null,
  extraction: Extraction,
): Promise<number | null> {
  if (!url || !/^https:/i.test(url) || !(await deps.settings.read()).learning) return null;
  performance.mark('counterpoint:pdf-learn-start');
  const paragraphs = await inSlices(extraction.paragraphs());
  const chars = paragraphs.reduce((n, p) => n + p.length, 0);
  if (chars > MAX_BOOK_CHARS || paragraphs.length > MAX_BOOK_PARAGRAPHS) return null;
  const report = await deps.call('learnFromPdf', paragraphs);
  // Read by the benchmark (bench/pdf.mjs): the book's paragraphs, sent, learned, answered.
  performance.measure('counterpoint:pdf-learn', 'counterpoint:pdf-learn-start');
  return report.chapters.filter((c) => c.learned).length;
}

/** Runs the steps with turns for the page between slices of a few milliseconds. */
async function inSlices<T>(steps: Generator<void, T>): Promise<T> {
  const slice = new Slice();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (slice.due()) await slice.next();
  }
}
