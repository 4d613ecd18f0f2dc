// pdf.js, as published: dist/<browser>/pdfjs/ holds pdfjs-dist's legacy build
// (pdf.min.mjs, its worker, standard fonts and image decoders) byte for byte,
// loaded by this module at run time, never bundled or fetched from elsewhere:
// a store reviewer can compare the files with the package's. This is
// Counterpoint's only user of pdf.js, and it runs in the viewer's PDF host
// worker: pdf.js's own evaluation (60–100 ms in a fresh browser), its page
// painting and its garbage never hold the thread the reader scrolls.

import type * as PdfJs from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { OpenedPdf, PageSize, PdfItem } from '../shared/pdf-host';
import { NoFilterFactory, OffscreenCanvasFactory } from './canvas';

/** Where the build puts pdf.js's files, relative to the extension's base. */
const ASSETS = 'pdfjs/';

let library: Promise<typeof PdfJs> | null = null;

/** pdf.js's module, once; the build leaves the import as it is (external), beside pdf-host.js. */
function loadPdfJs(base: string): Promise<typeof PdfJs> {
  library ??= (import('./pdfjs/pdf.min.mjs' as string) as Promise<typeof PdfJs>).then((pdfjs) => {
    // pdf.js's own worker, behind its polyfills (extension/pdf-worker.mjs), nested in this one.
    pdfjs.GlobalWorkerOptions.workerPort = new Worker(new URL('pdf-worker.mjs', base), {
      type: 'module',
    });
    return pdfjs;
  });
  return library;
}

export async function openPdf(data: Uint8Array, base: string): Promise<PDFDocumentProxy> {
  const assets = new URL(ASSETS, base).href;
  const { getDocument } = await loadPdfJs(base);
  return getDocument({
    data,
    standardFontDataUrl: `${assets}standard_fonts/`,
    wasmUrl: `${assets}wasm/`,
    useWorkerFetch: true,
    enableXfa: false,
    // Nothing of the PDF's own scripting runs (no sandbox is bundled).
    enableScripting: false,
    // No document here: fonts load into the worker's own FontFaceSet, canvases are offscreen.
    ownerDocument: globalThis,
    CanvasFactory: OffscreenCanvasFactory,
    FilterFactory: NoFilterFactory,
  } as unknown as Parameters<typeof getDocument>[0]).promise;
}

/** What the viewer needs to lay the PDF out before any page's text. */
export async function describe(pdf: PDFDocumentProxy): Promise<OpenedPdf> {
  const meta = await pdf.getMetadata().catch(() => null);
  const info = (meta?.info ?? {}) as { Title?: unknown };
  const title = typeof info.Title === 'string' ? info.Title.trim().slice(0, 300) : '';
  return {
    pages: pdf.numPages,
    fingerprint: pdf.fingerprints[0] ?? null,
    title: title || null,
    firstPage: pageSize(await pdf.getPage(1)),
  };
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
export function pageSize(page: PDFPageProxy): PageSize {
  const [x0, y0, x1, y1] = page.view;
  return { width: x1 - x0, height: y1 - y0 };
}

/** The page painted at `scale` device pixels per PDF unit, as a bitmap to hand over. */
export async function paintPage(page: PDFPageProxy, scale: number): Promise<ImageBitmap> {
  const viewport = page.getViewport({ scale });
  const canvas = new OffscreenCanvas(Math.floor(viewport.width), Math.floor(viewport.height));
  await page.render({ canvas, viewport } as unknown as Parameters<typeof page.render>[0]).promise;
  return canvas.transferToImageBitmap();
}
