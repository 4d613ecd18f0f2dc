// Where recognised passages are on the page, in document coordinates (so
// scrolling does not change them), cached until the layout may have changed.

import { perTask } from './schedule';

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

/**
 * Places a range without measuring it, when measuring would cost a layout the page skipped (the
 * PDF viewer's pages far from view): its line boxes in document coordinates, estimated, or
 * undefined to measure.
 */
export interface Placer {
  place(range: Range): Box[] | undefined;
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
  /** Keys whose cached geometry is a placer's estimate, not a measurement. */
  private readonly estimated = new Set<string>();
  /** A block's left and right edges in document coordinates, read once a task. */
  private readonly blockEdges = perTask((block: Element) => {
    const r = block.getBoundingClientRect();
    return { left: r.left + this.view.scrollX, right: r.right + this.view.scrollX };
  });

  constructor(
    private readonly view: Window,
    private readonly placer: Placer | null = null,
  ) {}

  /** The layout changed (resize, mutation, fonts): measure again on next use. */
  invalidate(): void {
    this.cache.clear();
    this.estimated.clear();
    this.blockEdges.clear();
  }

  /** These passages' ranges were made anew: measure them again on next use. */
  forget(keys: readonly string[]): void {
    for (const key of keys) {
      this.cache.delete(key);
      this.estimated.delete(key);
    }
  }

  /** Some ranges the placer estimated may be measurable now (their page came near): ask again. */
  forgetEstimates(): void {
    for (const key of this.estimated) this.cache.delete(key);
    this.estimated.clear();
  }

  /** The passage's line boxes and their union; null while it is not rendered (hidden, collapsed). */
  of(key: string, range: Range): PassageGeometry | null {
    let g = this.cache.get(key);
    if (g === undefined) {
      const placed = this.placer?.place(range);
      if (placed?.length) this.estimated.add(key);
      g = placed?.length ? this.measure(range, placed) : this.measured(range);
      this.cache.set(key, g);
    }
    return g;
  }

  private measured(range: Range): PassageGeometry | null {
    const rects = docRects(range, this.view.scrollX, this.view.scrollY);
    return rects.length > 0 ? this.measure(range, rects) : null;
  }

  private measure(range: Range, rects: Box[]): PassageGeometry {
    const box = union(rects);
    const node = range.commonAncestorContainer;
    const block = (node.nodeType === 1 ? (node as Element) : node.parentElement)?.closest(
      BLOCK_SELECTOR,
    );
    // A whole book's thousand passages share one block: its edges are read once a task.
    const edges = block ? this.blockEdges.get(block) : null;
    return edges
      ? { rects, box, blockLeft: edges.left, blockRight: edges.right }
      : { rects, box, blockLeft: box.left, blockRight: box.right };
  }

  /**
   * The key of the passage under a document point, if any (the last listed wins, as painted on
   * top). The boxes are a cache, and a layout change we observe no event for (the page moves its
   * text with a style, a scroll lands as the page settles) can leave them stale. Two checks keep
   * the pointer on the right passage for the price of two measurements: the first passage is
   * measured again (the whole text moved: measure everything again), and so is the one found (the
   * point is not on it after all: measure everything again, once).
   */
  hit(items: readonly { key: string; range: Range }[], x: number, y: number): string | null {
    if (items.length > 0 && this.moved(items[0])) this.invalidate();
    const found = this.cachedHit(items, x, y);
    if (found === null) return null;
    this.cache.delete(found.key);
    if (this.under(found, x, y)) return found.key;
    this.invalidate();
    return this.cachedHit(items, x, y)?.key ?? null;
  }

  /** Whether a passage's first line is no longer where the cache has it. */
  private moved({ key, range }: { key: string; range: Range }): boolean {
    const cached = this.cache.get(key);
    // An estimate is no measurement to compare with (and measuring it is what it saves).
    if (!cached || this.estimated.has(key)) return false;
    const [now] = docRects(range, this.view.scrollX, this.view.scrollY);
    const [then] = cached.rects;
    return !now || Math.abs(now.top - then.top) > 0.5 || Math.abs(now.left - then.left) > 0.5;
  }

  private cachedHit<T extends { key: string; range: Range }>(
    items: readonly T[],
    x: number,
    y: number,
  ): T | null {
    let hit: T | null = null;
    for (const item of items) if (this.under(item, x, y)) hit = item;
    return hit;
  }

  private under({ key, range }: { key: string; range: Range }, x: number, y: number): boolean {
    const g = this.of(key, range);
    return !!g && contains(g.box, x, y, 0) && g.rects.some((r) => contains(r, x, y, 1));
  }
}
