// The PDF viewer's address: `pdf.html?file=<the PDF's URL>`. The viewer reads
// a PDF on behalf of that URL, as a content script reads its page, so the
// background files its reports and highlights under the PDF's URL. A file the
// reader picked or dropped has no URL: it goes by `pdf:<fingerprint>`.

export const VIEWER_PAGE = 'pdf.html';
const LOCAL_PREFIX = 'pdf:';

/**
 * The PDF named by a viewer's `location.search`: everything after `file=` (a redirect appends
 * the PDF's URL as it is, its own query included), percent-encoded or not. Only http(s) URLs.
 */
export function fileParam(search: string): string | null {
  const match = /^\?(?:[^&]*&)*?file=(.*)$/s.exec(search);
  if (!match) return null;
  const raw = match[1];
  const url = /^https?%3A/i.test(raw) ? safeDecode(raw) : raw;
  return isWebUrl(url) ? url : null;
}

const safeDecode = (s: string): string | null => {
  try {
    return decodeURIComponent(s);
  } catch {
    return null;
  }
};

/** A web address whose path ends in .pdf: what the popup offers to open in the viewer. */
export function isPdfUrl(url: string | null): url is string {
  return isWebUrl(url) && /\.pdf$/i.test(new URL(url).pathname);
}

/** Only http(s) PDFs are fetched by URL: no file:, data:, blob: or extension URLs. */
function isWebUrl(url: string | null): url is string {
  if (url === null || url.length > 4096) return false;
  try {
    const parsed = new URL(url);
    return (parsed.protocol === 'https:' || parsed.protocol === 'http:') && parsed.hostname !== '';
  } catch {
    return false;
  }
}

/** The address a local PDF goes by: its pdf.js fingerprint (hex). */
export const localPdfUrl = (fingerprint: string): string =>
  `${LOCAL_PREFIX}${fingerprint.replace(/[^0-9a-f]/gi, '').slice(0, 64) || '0'}`;

export const isLocalPdfUrl = (url: string): boolean => /^pdf:[0-9a-f]{1,64}$/i.test(url);

/** The PDF URL a viewer at `viewerHref` was opened for; null for a viewer opened on a local file. */
export function viewerDocumentUrl(viewerHref: string): string | null {
  try {
    return fileParam(new URL(viewerHref).search);
  } catch {
    return null;
  }
}

/** The viewer's address for a PDF at `pdfUrl`, under the extension's `base` (runtime.getURL('')). */
export const viewerUrlFor = (base: string, pdfUrl: string): string =>
  `${base}${VIEWER_PAGE}?file=${encodeURIComponent(pdfUrl)}`;

/** Why the viewer shows no PDF: what the reader is told, with what they can do. */
export type ViewerProblem =
  | { kind: 'blocked'; host: string }
  | { kind: 'status'; status: number }
  | { kind: 'too-large'; bytes: number }
  | { kind: 'not-pdf' }
  | { kind: 'unreadable'; detail: string };

/** One entry of a PDF's own table of contents. */
export interface OutlineEntry {
  title: string;
  depth: number;
  /** The page it leads to (1-based), null when the PDF does not say. */
  page: number | null;
}
