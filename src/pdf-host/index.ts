// The viewer's PDF host: a dedicated worker the viewer page starts for each
// PDF it opens (src/viewer/pdf-document.ts), answering the calls of
// src/shared/pdf-host.ts one by one. Only the viewer that made it can reach it.

import '../../extension/pdf-polyfills.mjs';
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { HostCall, HostCalls, HostReply, HostRequest } from '../shared/pdf-host';
import { describe, openPdf, pageItems, pageSize, paintPage } from './document';
import { readOutline } from './outline';

type Scope = {
  onmessage: ((event: MessageEvent<HostRequest>) => void) | null;
  postMessage(message: HostReply, transfer?: Transferable[]): void;
};
const scope = globalThis as unknown as Scope;

let pdf: PDFDocumentProxy | null = null;

function opened(): PDFDocumentProxy {
  if (!pdf) throw new Error('No PDF is open');
  return pdf;
}

const handlers: {
  [K in HostCall]: (args: HostCalls[K]['args']) => Promise<HostCalls[K]['returns']>;
} = {
  async open({ data, base }) {
    pdf = await openPdf(data, base);
    return describe(pdf);
  },
  async page({ page }) {
    const proxy = await opened().getPage(page);
    return { size: pageSize(proxy), items: await pageItems(proxy) };
  },
  async paint({ page, scale }) {
    return paintPage(await opened().getPage(page), scale);
  },
  outline: () => readOutline(opened()),
};

scope.onmessage = async ({ data: request }) => {
  try {
    const handler = handlers[request.call] as (args: unknown) => Promise<unknown>;
    const value = await handler(request.args);
    scope.postMessage(
      { id: request.id, ok: true, value },
      value instanceof ImageBitmap ? [value] : [],
    );
  } catch (e) {
    scope.postMessage({
      id: request.id,
      ok: false,
      error: e instanceof Error ? e.message : String(e),
    });
  }
};
