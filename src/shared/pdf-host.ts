// What the PDF viewer asks of its pdf.js host and what the host answers. The
// host (src/pdf-host) is a worker of the viewer's own: pdf.js is evaluated,
// reads the PDF and paints its pages there, off the thread the reader scrolls,
// and the viewer (src/viewer/pdf-document.ts) only receives text and bitmaps.

import type { OutlineEntry } from './viewer-url';

/** One pdf.js text item, in PDF units from the view box's corner (y up, at the baseline). */
export interface PdfItem {
  str: string;
  x: number;
  y: number;
  width: number;
  /** The font's size. */
  height: number;
  hasEOL: boolean;
}

/** A page's size in PDF units. */
export interface PageSize {
  width: number;
  height: number;
}

export interface OpenedPdf {
  pages: number;
  /** pdf.js's first fingerprint (the file's /ID, or a hash of its start). */
  fingerprint: string | null;
  /** The document's own title (its Info dictionary), when it has one. */
  title: string | null;
  firstPage: PageSize;
}

/** Each call: what it takes and what it answers. */
export interface HostCalls {
  open: { args: { data: Uint8Array; base: string }; returns: OpenedPdf };
  page: { args: { page: number }; returns: { size: PageSize; items: PdfItem[] } };
  /** The page painted at `scale` device pixels per PDF unit. */
  paint: { args: { page: number; scale: number }; returns: ImageBitmap };
  outline: { args: Record<string, never>; returns: OutlineEntry[] };
}

export type HostCall = keyof HostCalls;

export type HostRequest = {
  [K in HostCall]: { id: number; call: K; args: HostCalls[K]['args'] };
}[HostCall];

export type HostReply =
  { id: number; ok: true; value: unknown } | { id: number; ok: false; error: string };
