// The pages on screen: one shell per page, sized before its text arrives, so
// the scroll bar is right from the start; its canvas is painted only while it
// is near the viewport and released when it leaves (at most MAX_PAINTED
// canvases live at once, whatever the PDF's length). Canvases sit in a shadow
// root of their own: the page side's MutationObserver never sees a repaint.

import { ASIDE_ATTRIBUTE } from '../dom/page-text';
import { Slice } from '../content/schedule';
import type { PdfDocument } from './pdf-document';

/** CSS pixels per PDF unit at 100 %, as in every PDF viewer (96 / 72). */
const CSS_PER_UNIT = 96 / 72;
/** Canvases kept at once; beyond this the one farthest from the viewport is released. */
const MAX_PAINTED = 8;
/** Shells made at once when a PDF opens: the first screens' worth. */
const FIRST_SHELLS = 16;

interface Shell {
  element: HTMLElement;
  /** Made at the first paint: a thousand shadow roots up front cost the first layout 20 ms. */
  paint: ShadowRoot | null;
  canvas: HTMLCanvasElement | null;
  /** The zoom the canvas was painted at. */
  paintedAt: number;
  visible: boolean;
}

export class PageViews {
  readonly shells: Shell[] = [];
  /** Pages came near the viewport (0-based, in order): what was only estimated on them can be measured. */
  onNear: (indexes: number[]) => void = () => undefined;
  private zoom = 1;
  private painting: Promise<void> = Promise.resolve();
  private readonly observer: IntersectionObserver;

  constructor(
    private readonly doc: Document,
    readonly container: HTMLElement,
    private readonly pdf: PdfDocument,
  ) {
    this.observer = new IntersectionObserver((entries) => this.onVisibility(entries), {
      rootMargin: '100% 0px',
    });
    this.setZoom(1);
  }

  get scale(): number {
    return this.zoom * CSS_PER_UNIT;
  }

  get currentZoom(): number {
    return this.zoom;
  }

  /**
   * Shells for pages up to `total`, sized like the first page until their own size is known. The
   * first screens' at once, the rest in slices: a thousand shells laid out and observed in one go
   * held the first frame 50–100 ms.
   */
  async addShells(total: number, size: { width: number; height: number }): Promise<void> {
    const slice = new Slice();
    while (this.shells.length < total) {
      this.addShell(this.shells.length, size);
      if (this.shells.length >= FIRST_SHELLS && slice.due()) await slice.next();
    }
  }

  /** The shell of page `index` (0-based), sized in page units; its text layer goes in later. */
  shellFor(index: number, size: { width: number; height: number }): HTMLElement {
    while (this.shells.length <= index) this.addShell(this.shells.length, size);
    return this.shells[index].element;
  }

  private addShell(index: number, size: { width: number; height: number }): HTMLElement {
    const element = this.doc.createElement('span');
    element.className = 'cp-page';
    element.dataset.pageNumber = String(index + 1);
    this.container.append(element);
    this.shells[index] = {
      element,
      paint: null,
      canvas: null,
      paintedAt: 0,
      visible: false,
    };
    this.resize(index, size);
    this.observer.observe(element);
    return element;
  }

  /** Page `index`'s size in page units (a page's own, once its text arrives). */
  resize(index: number, size: { width: number; height: number }): void {
    const { style } = this.shells[index].element;
    style.width = `calc(var(--scale) * ${size.width.toFixed(2)}px)`;
    style.height = `calc(var(--scale) * ${size.height.toFixed(2)}px)`;
  }

  setZoom(zoom: number): void {
    this.zoom = Math.min(5, Math.max(0.25, zoom));
    this.doc.documentElement.style.setProperty('--scale', String(this.scale));
    for (let i = 0; i < this.shells.length; i += 1) if (this.shells[i].visible) this.queue(i);
  }

  /** The page most of the viewport shows (0-based). */
  currentPage(): number {
    const view = this.doc.defaultView!;
    const middle = view.innerHeight / 2;
    let best = 0;
    for (let i = 0; i < this.shells.length; i += 1) {
      const box = this.shells[i].element.getBoundingClientRect();
      if (box.top <= middle) best = i;
      else break;
    }
    return best;
  }

  goTo(index: number): void {
    const shell = this.shells[Math.max(0, Math.min(this.shells.length - 1, index))];
    shell?.element.scrollIntoView({ block: 'start' });
  }

  /** Whether page `index` is in or near the viewport (within a viewport's height of it). */
  isNear(index: number): boolean {
    return this.shells[index]?.visible ?? false;
  }

  private onVisibility(entries: IntersectionObserverEntry[]): void {
    const near: number[] = [];
    for (const entry of entries) {
      const index = Number((entry.target as HTMLElement).dataset.pageNumber) - 1;
      const shell = this.shells[index];
      if (!shell) continue;
      shell.visible = entry.isIntersecting;
      if (shell.visible) {
        this.queue(index);
        near.push(index);
      }
    }
    if (near.length > 0) this.onNear(near.sort((a, b) => a - b));
  }

  /** Paints page `index` after the paints already asked for, one at a time. */
  private queue(index: number): void {
    this.painting = this.painting.then(() => this.paint(index)).catch(() => undefined);
  }

  private async paint(index: number): Promise<void> {
    const shell = this.shells[index];
    if (!shell.visible || (shell.canvas && shell.paintedAt === this.zoom)) return;
    const ratio = this.doc.defaultView?.devicePixelRatio ?? 1;
    // Painted by the PDF host; the bitmap is handed to the canvas as it is (no copy).
    const bitmap = await this.pdf.paint(index + 1, this.scale * ratio);
    const canvas = this.doc.createElement('canvas');
    canvas.width = bitmap.width;
    canvas.height = bitmap.height;
    canvas.getContext('bitmaprenderer')?.transferFromImageBitmap(bitmap);
    shell.canvas?.remove();
    (shell.paint ??= this.paintHost(shell.element)).append(canvas);
    Object.assign(canvas.style, { width: '100%', height: '100%', display: 'block' });
    shell.canvas = canvas;
    shell.paintedAt = this.zoom;
    this.releaseFarthest(index);
  }

  /** The page's paint layer, under its text layer: a closed shadow root of its own. */
  private paintHost(page: HTMLElement): ShadowRoot {
    const host = this.doc.createElement('span');
    host.className = 'cp-paint';
    // Set aside from the reading: adding it is no change of the text to scan again for.
    host.setAttribute(ASIDE_ATTRIBUTE, '');
    page.prepend(host);
    return host.attachShadow({ mode: 'closed' });
  }

  private releaseFarthest(near: number): void {
    const painted = this.shells
      .map((s, i) => ({ s, i }))
      .filter(({ s }) => s.canvas !== null && !s.visible);
    const total = this.shells.filter((s) => s.canvas !== null).length;
    painted.sort((a, b) => Math.abs(b.i - near) - Math.abs(a.i - near));
    for (const { s } of painted.slice(0, Math.max(0, total - MAX_PAINTED))) {
      release(s.canvas!);
      s.canvas = null;
    }
  }

  /** Released for good: every canvas and the observer. */
  destroy(): void {
    this.observer.disconnect();
    for (const s of this.shells) if (s.canvas) release(s.canvas);
  }
}

/** A painted canvas gone: its bitmap is let go at once, not when the element is collected. */
function release(canvas: HTMLCanvasElement): void {
  canvas.getContext('bitmaprenderer')?.transferFromImageBitmap(null);
  canvas.remove();
}
