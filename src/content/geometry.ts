// Where recognised passages are on the page, in document coordinates (so
// scrolling does not change them), cached until the layout may have changed.

export interface Box {
  top: number;
  left: number;
  right: number;
  bottom: number;
}

export interface PassageGeometry {
  rects: Box[];
  box: Box;
  /** Left and right edges of the block the passage sits in: markers go beside it. */
  blockLeft: number;
  blockRight: number;
}

const BLOCK_SELECTOR = 'p, blockquote, li, dd, td, pre, section, article, main, div, body';

function docRects(range: Range, scrollX: number, scrollY: number): Box[] {
  return [...range.getClientRects()]
    .filter((r) => r.width > 0 && r.height > 0)
    .map((r) => ({
      top: r.top + scrollY,
      left: r.left + scrollX,
      right: r.right + scrollX,
      bottom: r.bottom + scrollY,
    }));
}

function union(rects: Box[]): Box {
  return rects.reduce((u, r) => ({
    top: Math.min(u.top, r.top),
    left: Math.min(u.left, r.left),
    right: Math.max(u.right, r.right),
    bottom: Math.max(u.bottom, r.bottom),
  }));
}

const contains = (b: Box, x: number, y: number, slop: number) =>
  x >= b.left - slop && x <= b.right + slop && y >= b.top - slop && y <= b.bottom + slop;

export class GeometryCache {
  private cache = new Map<string, PassageGeometry | null>();

  constructor(private readonly view: Window) {}

  /** The layout changed (resize, mutation, fonts): measure again on next use. */
  invalidate(): void {
    this.cache.clear();
  }

  /** The passage's line boxes and their union; null while it is not rendered (hidden, collapsed). */
  of(key: string, range: Range): PassageGeometry | null {
    let g = this.cache.get(key);
    if (g === undefined) {
      const rects = docRects(range, this.view.scrollX, this.view.scrollY);
      g = rects.length > 0 ? this.measure(range, rects) : null;
      this.cache.set(key, g);
    }
    return g;
  }

  private measure(range: Range, rects: Box[]): PassageGeometry {
    const box = union(rects);
    const node = range.commonAncestorContainer;
    const block = (node.nodeType === 1 ? (node as Element) : node.parentElement)?.closest(
      BLOCK_SELECTOR,
    );
    const r = block?.getBoundingClientRect();
    return r
      ? {
          rects,
          box,
          blockLeft: r.left + this.view.scrollX,
          blockRight: r.right + this.view.scrollX,
        }
      : { rects, box, blockLeft: box.left, blockRight: box.right };
  }

  /** The key of the passage under a document point, if any (the last listed wins, as painted on top). */
  hit(items: readonly { key: string; range: Range }[], x: number, y: number): string | null {
    let hit: string | null = null;
    for (const { key, range } of items) {
      const g = this.of(key, range);
      if (g && contains(g.box, x, y, 0) && g.rects.some((r) => contains(r, x, y, 1))) hit = key;
    }
    return hit;
  }
}
