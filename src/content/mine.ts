// The reader's own highlights on this page: fetched from the background,
// anchored on every scan (so text that arrives late is found when it comes),
// painted on the "mine" layer when anchored, never when uncertain; what each
// visit found goes back to the store for the library.

import { anchorQuote } from '../engine/anchor';
import type { PageAddress } from './address';
import { rangeFor, type PageText } from '../dom/page-text';
import { sendToBackground } from '../platform/messaging';
import { pageKey, type AnchorStatus, type Highlight } from '../shared/highlights';

export interface AnchoredHighlight {
  highlight: Highlight;
  status: AnchorStatus;
  /** Present when anchored. */
  range: Range | null;
  start: number;
}

export class MyHighlights {
  private stored: Highlight[] | null = null;
  private storedFor = '';
  private reported = new Map<string, AnchorStatus>();
  anchored: AnchoredHighlight[] = [];

  constructor(private readonly address: PageAddress) {}

  /** The reader's highlights changed elsewhere: fetch them again on the next anchoring. */
  invalidate(): void {
    this.stored = null;
  }

  /** Anchors the page's highlights in `page`; true when what is painted changed. */
  async anchor(page: PageText): Promise<boolean> {
    const url = pageKey(this.address.url());
    if (this.stored === null || this.storedFor !== url) {
      this.stored = await (this.address.highlights?.() ??
        sendToBackground('highlightsForPage', url));
      this.storedFor = url;
    }
    const before = this.anchored.map((a) => `${a.highlight.id}:${a.start}:${a.status}`).join();
    this.anchored = this.stored.map((h) => {
      const a = anchorQuote(page.text, h.quote, h.position);
      const range = a.status === 'anchored' ? rangeFor(page, a.start!, a.end!) : null;
      return {
        highlight: h,
        status: range || a.status !== 'anchored' ? a.status : 'orphaned',
        range,
        start: a.start ?? -1,
      };
    });
    await this.report(url);
    return before !== this.anchored.map((a) => `${a.highlight.id}:${a.start}:${a.status}`).join();
  }

  /** Tells the store what changed since the stored status (each change once per page). */
  private async report(url: string): Promise<void> {
    const changed = this.anchored.filter(
      (a) => (this.reported.get(a.highlight.id) ?? a.highlight.status) !== a.status,
    );
    if (changed.length === 0) return;
    changed.forEach((a) => this.reported.set(a.highlight.id, a.status));
    await sendToBackground(
      'reportAnchoring',
      url,
      changed.map((a) => ({ id: a.highlight.id, status: a.status })),
    ).catch(() => undefined);
  }

  /** A saved highlight joins the page at once, before the store is read again. */
  add(h: Highlight, range: Range, start: number): void {
    this.stored = [...(this.stored ?? []), h];
    this.anchored = [...this.anchored, { highlight: h, status: 'anchored', range, start }];
  }

  byId(id: string): AnchoredHighlight | undefined {
    return this.anchored.find((a) => a.highlight.id === id);
  }
}
