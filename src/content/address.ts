// The document the page side reads for. On a web page: its own URL and title.
// In the PDF viewer (src/viewer/): the PDF's URL and its title, since the
// viewer page's own address is the extension's.

import type { Highlight, PdfPlace } from '../shared/highlights';

export interface PageAddress {
  url(): string;
  title(): string;
  /** The viewer: where a range lies in the PDF (its fingerprint and page). */
  pdfPlace?(range: Range): PdfPlace | null;
  /** The reader's highlights for this document; by default, those saved on its URL. */
  highlights?(): Promise<Highlight[]>;
}

export const documentAddress = (doc: Document): PageAddress => ({
  url: () => doc.location.href,
  title: () => doc.title,
});
