// Where the page side's finds and highlights are in a PDF: the address it
// reads for (the PDF's URL, or a local file's `pdf:` address, and its
// fingerprint), and the page a range is on (its text layer's).

import { OPENING_COVERAGE } from '../content/app';
import type { PageAddress } from '../content/address';
import type { Found } from '../content/scan';
import { PDF_FINGERPRINT } from '../shared/highlights';
import type { ViewerDeps } from './deps';
import type { OpeningAt } from './chapters';

/** The page each chapter opening found (nearly) whole starts on. */
export function openingsOnPages(found: readonly Found[]): OpeningAt[] {
  const openings: OpeningAt[] = [];
  for (const f of found) {
    const { passage, chapter, coverage } = f.match;
    if (passage !== null || chapter === null || coverage < OPENING_COVERAGE) continue;
    const page = pageOfNode(f.range.startContainer);
    if (page) openings.push({ chapter, page });
  }
  return openings;
}

/**
 * The document the page side reads for: the PDF's URL (or a local file's `pdf:` address), and
 * its fingerprint, which finds its highlights and places new ones, whatever URL it came from.
 */
export function pdfAddress(
  deps: ViewerDeps,
  pdf: { url: string; title: string; fingerprint: string | null | undefined },
): PageAddress {
  const fingerprint =
    pdf.fingerprint && PDF_FINGERPRINT.test(pdf.fingerprint) ? pdf.fingerprint.toLowerCase() : null;
  return {
    url: () => pdf.url,
    title: () => pdf.title,
    pdfPlace(range) {
      const page = pageOfNode(range.startContainer);
      return fingerprint && page ? { fingerprint, page } : null;
    },
    async highlights() {
      const [byUrl, byPdf] = await Promise.all([
        deps.call('highlightsForPage', pdf.url),
        fingerprint ? deps.call('highlightsForPdf', fingerprint) : Promise.resolve([]),
      ]);
      const seen = new Set(byUrl.map((h) => h.id));
      return [...byUrl, ...byPdf.filter((h) => !seen.has(h.id))];
    },
  };
}

/** The 1-based page of the text layer holding `node`, or null. */
function pageOfNode(node: Node): number | null {
  const el = node instanceof Element ? node : node.parentElement;
  const page = Number(el?.closest<HTMLElement>('.cp-text-layer')?.dataset.page);
  return Number.isInteger(page) && page > 0 ? page : null;
}
