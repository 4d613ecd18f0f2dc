// Card placement: beside the passage when the margin allows, else below or
// above; never over any of the passage's line boxes.

import { CARD_WIDTH, placeCard, type Viewport } from '../../../src/content/placement';
import type { Box } from '../../../src/content/geometry';

const line = (top: number, left: number, right: number): Box => ({
  top,
  left,
  right,
  bottom: top + 20,
});
const union = (rects: Box[]): Box => ({
  top: Math.min(...rects.map((r) => r.top)),
  left: Math.min(...rects.map((r) => r.left)),
  right: Math.max(...rects.map((r) => r.right)),
  bottom: Math.max(...rects.map((r) => r.bottom)),
});
const overlaps = (a: Box, b: Box) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
const HEIGHT = 300;

const CASES: [name: string, rects: Box[], viewport: Viewport, side: string][] = [
  [
    'a narrow column on a wide screen: right of it',
    [line(400, 200, 900), line(420, 200, 700)],
    { scrollX: 0, scrollY: 0, width: 1600, height: 900 },
    'right',
  ],
  [
    'a column flush right: left of it',
    [line(400, 700, 1400), line(420, 700, 1200)],
    { scrollX: 0, scrollY: 0, width: 1440, height: 900 },
    'left',
  ],
  [
    'full-width text, room underneath: below',
    [line(100, 20, 1000), line(120, 20, 600)],
    { scrollX: 0, scrollY: 0, width: 1024, height: 900 },
    'below',
  ],
  [
    'full-width text at the bottom of the screen: above',
    [line(700, 20, 1000), line(720, 20, 600)],
    { scrollX: 0, scrollY: 0, width: 1024, height: 800 },
    'above',
  ],
  [
    'scrolled page: below, in document coordinates',
    [line(5100, 20, 1000)],
    { scrollX: 0, scrollY: 5000, width: 1024, height: 800 },
    'below',
  ],
  [
    'mid-screen passage with little room either way: the larger side, shortened',
    [line(300, 20, 1000), line(320, 20, 1000), line(340, 20, 600)],
    { scrollX: 0, scrollY: 0, width: 1024, height: 700 },
    'below',
  ],
];

test('a card above or below is as tall as the room on screen allows, never under the minimum', () => {
  const rects = [line(250, 20, 1000), line(270, 20, 800)];
  const p = placeCard(
    rects,
    union(rects),
    { scrollX: 0, scrollY: 0, width: 1024, height: 600 },
    540,
  );
  expect(p.side).toBe('below');
  expect(p.height).toBe(600 - 8 - (290 + 10));
});

test.each(CASES)('%s', (_name, rects, viewport, side) => {
  const p = placeCard(rects, union(rects), viewport, HEIGHT);
  expect(p.side).toBe(side);
  expect(p.width).toBeLessThanOrEqual(CARD_WIDTH);
  expect(p.height).toBeLessThanOrEqual(HEIGHT);
  const card = { top: p.top, left: p.left, right: p.left + p.width, bottom: p.top + p.height };
  for (const r of rects) expect(overlaps(card, r)).toBe(false);
  expect(card.left).toBeGreaterThanOrEqual(viewport.scrollX);
  expect(card.right).toBeLessThanOrEqual(viewport.scrollX + viewport.width);
});
