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
  /** The card's height budget here: it scrolls inside beyond it. */
  height: number;
  side: 'right' | 'left' | 'below' | 'above';
}

const GAP = 10;
const EDGE = 8;
/** Right edge reserved for the bucket bar. */
const BAR = 28;
export const CARD_WIDTH = 380;
const MIN_CARD_WIDTH = 260;
/** Below this height a card above or below is cramped: the passage is scrolled instead. */
const MIN_CARD_HEIGHT = 220;
/** Below the passage is preferred when it has this much room (or the whole card). */
const COMFORTABLE_HEIGHT = 420;

const overlaps = (a: Box, b: Box) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

function beside(passage: Box, v: Viewport, maxHeight: number, cardWidth: number): Placement[] {
  const right = v.scrollX + v.width - BAR - EDGE;
  const width = Math.max(MIN_CARD_WIDTH, Math.min(cardWidth, v.width - BAR - 2 * EDGE));
  const height = Math.min(maxHeight, v.height - 2 * EDGE);
  const top = Math.min(
    Math.max(passage.top, v.scrollY + EDGE),
    v.scrollY + v.height - height - EDGE,
  );
  return [
    {
      side: 'right',
      top,
      left: passage.right + GAP,
      width: Math.min(width, right - passage.right - GAP),
      height,
    },
    { side: 'left', top, left: passage.left - GAP - width, width, height },
  ];
}

/** Above or below: as tall as the room on screen allows (up to maxHeight), for the side with more room. */
function aboveOrBelow(
  passage: Box,
  rects: Box[],
  v: Viewport,
  maxHeight: number,
  cardWidth: number,
): Placement {
  const width = Math.max(MIN_CARD_WIDTH, Math.min(cardWidth, v.width - BAR - 2 * EDGE));
  const left = v.scrollX + EDGE,
    right = v.scrollX + v.width - BAR - EDGE;
  const clampX = (x: number) => Math.max(left, Math.min(x, right - width));
  const roomBelow = v.scrollY + v.height - EDGE - (passage.bottom + GAP);
  const roomAbove = passage.top - GAP - (v.scrollY + EDGE);
  const below = roomBelow >= Math.min(maxHeight, COMFORTABLE_HEIGHT) || roomBelow >= roomAbove;
  const height = Math.max(MIN_CARD_HEIGHT, Math.min(maxHeight, below ? roomBelow : roomAbove));
  return below
    ? {
        side: 'below',
        top: passage.bottom + GAP,
        left: clampX(rects[rects.length - 1].left),
        width,
        height,
      }
    : {
        side: 'above',
        top: passage.top - GAP - height,
        left: clampX(rects[0].left),
        width,
        height,
      };
}

/** The first side that fits without touching any of the passage's line boxes: right, left, then below or above. */
export function placeCard(
  rects: Box[],
  passage: Box,
  v: Viewport,
  maxHeight: number,
  cardWidth = CARD_WIDTH,
): Placement {
  const fits = (p: Placement) =>
    p.width >= MIN_CARD_WIDTH &&
    p.left >= v.scrollX &&
    !rects.some((r) =>
      overlaps(r, { top: p.top, left: p.left, right: p.left + p.width, bottom: p.top + p.height }),
    );
  return (
    beside(passage, v, maxHeight, cardWidth).find(fits) ??
    aboveOrBelow(passage, rects, v, maxHeight, cardWidth)
  );
}
