// The PDF, as the viewer holds it: a handle on the PDF host worker that reads
// and paints it (src/pdf-host). pdf.js never runs on the viewer's own thread:
// evaluated there, its module alone made a task of 60–100 ms in a fresh
// browser, the one start-up task over 50 ms left (bench/pdf.mjs).

import type {
  HostCall,
  HostCalls,
  HostReply,
  HostRequest,
  OpenedPdf,
  PageSize,
  PdfItem,
} from '../shared/pdf-host';
import type { OutlineEntry } from '../shared/viewer-url';

type Pending = { resolve: (value: unknown) => void; reject: (error: Error) => void };

export class PdfDocument {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private opened: OpenedPdf | null = null;
  private isClosed = false;

  private constructor(private readonly worker: Worker) {
    worker.onmessage = ({ data }: MessageEvent<HostReply>) => this.settle(data);
    worker.onerror = (e) => this.failAll(new Error(e.message || 'The PDF host stopped'));
  }

  /** Opens `data` (handed over: the caller's buffer is emptied) in a host of its own. */
  static async open(data: Uint8Array, base: string): Promise<PdfDocument> {
    const worker = new Worker(new URL('pdf-host.js', base), { type: 'module' });
    const host = new PdfDocument(worker);
    try {
      host.opened = await host.call('open', { data, base }, [data.buffer]);
      return host;
    } catch (e) {
      host.destroy();
      throw e;
    }
  }

  /** The PDF's page count, fingerprint, title and first page's size. */
  get info(): OpenedPdf {
    if (!this.opened) throw new Error('The PDF is not open yet');
    return this.opened;
  }

  get pages(): number {
    return this.info.pages;
  }

  page(page: number): Promise<{ size: PageSize; items: PdfItem[] }> {
    return this.call('page', { page });
  }

  paint(page: number, scale: number): Promise<ImageBitmap> {
    return this.call('paint', { page, scale });
  }

  outline(): Promise<OutlineEntry[]> {
    return this.call('outline', {});
  }

  /** Whether destroy() was called. */
  get closed(): boolean {
    return this.isClosed;
  }

  /** Ends the host (and pdf.js's worker in it): every call still waiting fails. */
  destroy(): void {
    this.isClosed = true;
    this.worker.terminate();
    this.failAll(new Error('The PDF was closed'));
  }

  private call<K extends HostCall>(
    call: K,
    args: HostCalls[K]['args'],
    transfer: Transferable[] = [],
  ): Promise<HostCalls[K]['returns']> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      this.worker.postMessage({ id, call, args } as HostRequest, transfer);
    });
  }

  private settle(reply: HostReply): void {
    const waiting = this.pending.get(reply.id);
    if (!waiting) return;
    this.pending.delete(reply.id);
    if (reply.ok) waiting.resolve(reply.value);
    else waiting.reject(new Error(reply.error));
  }

  private failAll(error: Error): void {
    for (const waiting of this.pending.values()) waiting.reject(error);
    this.pending.clear();
  }
}
