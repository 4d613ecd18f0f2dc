// A PDF's bytes from its URL. The only network read in Counterpoint: the
// reader opened this PDF in the viewer (a redirect on a site they enabled, the
// popup, the context menu), and its bytes go to pdf.js in this page, nowhere
// else. Every failure says what happened and what the reader can do.

/** Larger files are refused before they are read (a 1,400-page volume is far below). */
export const MAX_PDF_BYTES = 300 * 1024 * 1024;

import type { ViewerProblem } from '../shared/viewer-url';

export type PdfFetchError = Exclude<ViewerProblem, { kind: 'unreadable' }>;

export class PdfFetchFailed extends Error {
  constructor(readonly reason: PdfFetchError) {
    super(`PDF not read: ${reason.kind}`);
  }
}

/** The start of every PDF file (after at most a few bytes of junk, which readers tolerate). */
export function looksLikePdf(head: Uint8Array): boolean {
  const text = String.fromCharCode(...head.subarray(0, 1024));
  return text.includes('%PDF-');
}

export async function fetchPdf(url: string, onProgress: (loaded: number, total: number) => void) {
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'include', redirect: 'follow' });
  } catch {
    // No host permission (a CORS refusal), no network, or a refused certificate: all a TypeError.
    throw new PdfFetchFailed({ kind: 'blocked', host: new URL(url).hostname });
  }
  if (!response.ok) throw new PdfFetchFailed({ kind: 'status', status: response.status });
  const total = Number(response.headers.get('content-length')) || 0;
  if (total > MAX_PDF_BYTES) throw new PdfFetchFailed({ kind: 'too-large', bytes: total });
  const bytes = await readAll(response, total, onProgress);
  if (!looksLikePdf(bytes)) throw new PdfFetchFailed({ kind: 'not-pdf' });
  return bytes;
}

async function readAll(
  response: Response,
  total: number,
  onProgress: (loaded: number, total: number) => void,
): Promise<Uint8Array> {
  const reader = response.body?.getReader();
  if (!reader) return new Uint8Array(await response.arrayBuffer());
  const parts: Uint8Array[] = [];
  let loaded = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    loaded += value.byteLength;
    if (loaded > MAX_PDF_BYTES) {
      await reader.cancel();
      throw new PdfFetchFailed({ kind: 'too-large', bytes: loaded });
    }
    parts.push(value);
    onProgress(loaded, total);
  }
  const bytes = new Uint8Array(loaded);
  let at = 0;
  for (const part of parts) {
    bytes.set(part, at);
    at += part.byteLength;
  }
  return bytes;
}
