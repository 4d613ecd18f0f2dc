// pdf.js, as published: dist/<browser>/pdfjs/ holds pdfjs-dist's legacy build
// (pdf.min.mjs, its worker, standard fonts and image decoders) byte for byte,
// loaded by this module at run time, never bundled or fetched from elsewhere:
// a store reviewer can compare the files with the package's, and the viewer's
// own bundle holds only our code. This is the viewer's only user of pdf.js.

import type * as PdfJs from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PdfItem } from './lines';

export type { PDFDocumentProxy, PDFPageProxy };

/** Where the build puts pdf.js's files, relative to the viewer page. */
const ASSETS = 'pdfjs/';

let library: Promise<typeof PdfJs> | null = null;

/**
 * pdf.js's module, evaluated once, in a task of its own (not in the viewer's first one). The
 * build leaves the import as it is (external), resolved beside viewer.js.
 */
function loadPdfJs(): Promise<typeof PdfJs> {
  library ??= import('./pdfjs/pdf.min.mjs' as string) as Promise<typeof PdfJs>;
  return library;
}

export async function openPdf(data: Uint8Array, base: string): Promise<PDFDocumentProxy> {
  const assets = new URL(ASSETS, base).href;
  const { GlobalWorkerOptions, getDocument } = await loadPdfJs();
  // pdf.js's worker behind its polyfills (extension/pdf-worker.mjs).
  GlobalWorkerOptions.workerSrc = new URL('pdf-worker.mjs', base).href;
  return getDocument({
    data,
    standardFontDataUrl: `${assets}standard_fonts/`,
    wasmUrl: `${assets}wasm/`,
    useWorkerFetch: true,
    enableXfa: false,
    // Nothing of the PDF's own scripting runs (no sandbox is bundled).
    enableScripting: false,
  } as Parameters<typeof getDocument>[0]).promise;
}

type RawItem = {
  str?: string;
  transform?: number[];
  width?: number;
  height?: number;
  hasEOL?: boolean;
};

/** A page's text runs in page units from the view box's corner (y up, at the baseline). */
export async function pageItems(page: PDFPageProxy): Promise<PdfItem[]> {
  const content = await page.getTextContent();
  const [x0, y0] = page.view;
  const items: PdfItem[] = [];
  for (const raw of content.items as RawItem[]) {
    if (typeof raw.str !== 'string' || !raw.transform) continue;
    const [, b, c, d, e, f] = raw.transform;
    items.push({
      str: raw.str,
      x: e - x0,
      y: f - y0,
      width: raw.width ?? 0,
      height: raw.height || Math.hypot(b, d) || Math.abs(c) || 1,
      hasEOL: raw.hasEOL === true,
    });
  }
  return items;
}

/** The page's size in page units. */
export function pageSize(page: PDFPageProxy): { width: number; height: number } {
  const [x0, y0, x1, y1] = page.view;
  return { width: x1 - x0, height: y1 - y0 };
}
