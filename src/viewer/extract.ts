// The whole PDF's text, page after page, into the text layers: each page is a
// short task (its lines, and its runs when it is near the viewport), and the
// viewer yields between them, so a 1,400-page volume never holds the page's thread.

import { Slice } from '../content/schedule';
import { groupLines } from './lines';
import { lineBoxes, paragraphsOf, type LineBox } from './paragraphs';
import type { PdfDocument } from './pdf-document';
import type { PageViews } from './pages';
import { Reading } from './reading';
import type { TextLayers } from './text-layers';

export interface Extraction {
  cancel(): void;
  done: Promise<void>;
  /** Once done: the whole text, one paragraph each (for learning a whole-book PDF's chapters), in steps. */
  paragraphs(): Generator<void, string[]>;
}

/** Page `number`'s text, or null when the PDF was closed before it came (nothing to read then). */
function ask(pdf: PdfDocument, number: number) {
  return pdf.page(number).catch((e: unknown) => {
    if (pdf.closed) return null;
    throw e;
  });
}

export function extractText(
  pdf: PdfDocument,
  views: PageViews,
  layers: TextLayers,
  onPage: (done: number, total: number) => void,
): Extraction {
  let cancelled = false;
  const reading = new Reading(layers);
  // Each page's lines with where they sit: where paragraphs end is read from the layout.
  const boxes: LineBox[][] = [];
  const run = async () => {
    performance.mark('counterpoint:pdf-text-start');
    const slice = new Slice();
    // The next page's text is asked for while this one's layer is built: the host reads on.
    let next = ask(pdf, 1);
    for (let i = 0; i < pdf.pages && !cancelled; i += 1) {
      const page = await next;
      // Closed meanwhile (another PDF opened): its host is gone and its pages with it.
      if (cancelled || page === null) return;
      const { size, items } = page;
      if (i + 1 < pdf.pages) next = ask(pdf, i + 2);
      const lines = groupLines(items);
      const shell = views.shellFor(i, size);
      views.resize(i, size);
      layers.add(i, shell, { height: size.height, items, lines });
      reading.add(i, lines);
      boxes[i] = lineBoxes(items, lines);
      onPage(i + 1, pdf.pages);
      if (slice.due()) await slice.next();
    }
    if (cancelled) return;
    reading.end(pdf.pages - 1);
    // Read by the benchmark (bench/pdf.mjs): the whole PDF's text, first page to last.
    performance.measure('counterpoint:pdf-text', 'counterpoint:pdf-text-start');
  };
  return {
    cancel: () => {
      cancelled = true;
    },
    done: run(),
    paragraphs: () => paragraphsOf(boxes),
  };
}
