// What pdf.js paints with in a worker, where it has no document: canvases are
// OffscreenCanvases, and the SVG filters it would make in a document (transfer
// functions, high-contrast colours) are left out: the page is painted without.

type Entry = { canvas: OffscreenCanvas | null; context: OffscreenCanvasRenderingContext2D | null };

/** pdf.js's canvas factory interface (its BaseCanvasFactory), over OffscreenCanvas. */
export class OffscreenCanvasFactory {
  create(width: number, height: number): Entry {
    if (width <= 0 || height <= 0) throw new Error('Invalid canvas size');
    const canvas = new OffscreenCanvas(width, height);
    return { canvas, context: canvas.getContext('2d', { willReadFrequently: true }) };
  }

  reset(entry: Entry, width: number, height: number): void {
    if (!entry.canvas) throw new Error('Canvas is not specified');
    entry.canvas.width = width;
    entry.canvas.height = height;
  }

  destroy(entry: Entry): void {
    if (entry.canvas) entry.canvas.width = entry.canvas.height = 0;
    entry.canvas = null;
    entry.context = null;
  }

  getNoAlphaContext(canvas: OffscreenCanvas): OffscreenCanvasRenderingContext2D | null {
    return canvas.getContext('2d', { alpha: false, willReadFrequently: true });
  }
}

/** pdf.js's filter factory with no filters: every `add…Filter` answers "none", as its base class does. */
export class NoFilterFactory {
  constructor() {
    return new Proxy(this, {
      get: (target, key) =>
        key in target ? Reflect.get(target, key) : () => (key === 'destroy' ? undefined : 'none'),
    });
  }
}
