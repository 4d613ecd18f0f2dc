// Where a card goes: beside the passage if the margin is wide enough, else
// below or above it, so it never covers the text it explains. Pure geometry.

import type { Box } from './geometry';

export interface Viewport {
  scrollX: number;
  scrollY: number;
  width: number;
  height: number;
}

export interface Placement {
  top: number;
  left: number;
  width: number;
  side: 'right' | 'left' | 'below' | 'above';
}

const GAP = 10;
const EDGE = 8;
/** Right edge reserved for the bucket bar. */
const BAR = 28;
export const CARD_WIDTH = 360;
export const MIN_CARD_WIDTH = 260;

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

function candidates(passage: Box, rects: Box[], v: Viewport, height: number): Placement[] {
  const right = v.scrollX + v.width - BAR - EDGE;
  const left = v.scrollX + EDGE;
  const width = Math.max(MIN_CARD_WIDTH, Math.min(CARD_WIDTH, v.width - BAR - 2 * EDGE));
  const visibleTop = Math.max(passage.top, v.scrollY + EDGE);
  const sideTop = Math.min(visibleTop, Math.max(passage.top, v.scrollY + v.height - height - EDGE));
  const clampX = (x: number) => Math.max(left, Math.min(x, right - width));
  const anchorX = clampX(rects[rects.length - 1].left);
  return [
    { side: 'right', top: sideTop, left: passage.right + GAP, width: Math.min(width, right - passage.right - GAP) },
    { side: 'left', top: sideTop, left: passage.left - GAP - width, width },
    { side: 'below', top: passage.bottom + GAP, left: anchorX, width },
    { side: 'above', top: passage.top - GAP - height, left: clampX(rects[0].left), width },
  ];
}

function visibleShare(p: Placement, height: number, v: Viewport): number {
  const top = Math.max(p.top, v.scrollY);
  const bottom = Math.min(p.top + height, v.scrollY + v.height);
  return Math.max(0, bottom - top) / height;
}

/**
 * The first side that fits without touching any of the passage's line boxes,
 * preferring one that is on screen; `height` is the card's expected height.
 */
export function placeCard(rects: Box[], passage: Box, v: Viewport, height: number): Placement {
  const fits = (p: Placement) => p.width >= MIN_CARD_WIDTH && p.left >= v.scrollX && p.top >= 0 &&
    !rects.some((r) => overlaps(r, { top: p.top, left: p.left, right: p.left + p.width, bottom: p.top + height }));
  const options = candidates(passage, rects, v, height).filter(fits);
  const best = options.find((p) => visibleShare(p, height, v) > 0.99) ?? options.sort((a, b) => visibleShare(b, height, v) - visibleShare(a, height, v))[0];
  return best ?? { side: 'below', top: passage.bottom + GAP, left: v.scrollX + EDGE, width: Math.min(CARD_WIDTH, v.width - 2 * EDGE) };
}
