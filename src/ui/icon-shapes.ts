// The drawing of each icon name (src/shared/icons.ts) on a 16 × 16 grid,
// stroked in the current colour; `fill: true` parts are filled instead.

import type { IconName } from '../shared/icons';

export type IconPart =
  | { tag: 'path'; d: string; fill?: true }
  | { tag: 'circle'; cx: number; cy: number; r: number; fill?: true };

const path = (d: string, fill?: true): IconPart => ({ tag: 'path', d, fill });
const circle = (cx: number, cy: number, r: number, fill?: true): IconPart => ({
  tag: 'circle',
  cx,
  cy,
  r,
  fill,
});

export const ICON_SHAPES: Record<IconName, IconPart[]> = {
  'slash-circle': [circle(8, 8, 5.5), path('M4.1 11.9 11.9 4.1')],
  check: [path('M3 8.5 6.5 12 13 4.5')],
  reply: [path('M6 3.5 2.5 7 6 10.5'), path('M2.5 7H10a3.5 3.5 0 0 1 0 7H8')],
  bolt: [path('M9.5 1.5 3.5 9H8l-1.5 5.5L12.5 7H8z')],
  scales: [path('M8 2.5v11M5 13.5h6M3 4.5h10'), path('M3 4.5 1.2 9h3.6zM13 4.5 11.2 9h3.6z')],
  infinity: [
    path(
      'M8 8C6.5 6 5.5 5 4 5a3 3 0 0 0 0 6c1.5 0 2.5-1 4-3s2.5-3 4-3a3 3 0 0 1 0 6c-1.5 0-2.5-1-4-3z',
    ),
  ],
  mountain: [path('M1.5 13.5 6 5l3 5 2-3 3.5 6.5z')],
  stopwatch: [circle(8, 9.5, 5), path('M8 9.5v-3M6.5 1.5h3M8 1.5v3M12 5l1-1')],
  flag: [path('M3.5 14.5V2M3.5 2.5h9l-2 3 2 3h-9')],
  'arrow-right': [path('M2 8h11M9 4l4 4-4 4')],
  pen: [path('M11 2.5 13.5 5l-8 8H3v-2.5z'), path('M9.5 4 12 6.5')],
  'half-circle': [circle(8, 8, 5.5), path('M8 2.5a5.5 5.5 0 0 1 0 11z', true)],
  quote: [
    circle(5, 10, 2, true),
    path('M3 10c0-3 1.5-5 4-5.5'),
    circle(11, 10, 2, true),
    path('M9 10c0-3 1.5-5 4-5.5'),
  ],
  star: [path('M8 1.8l1.9 4 4.3.5-3.2 3 .9 4.3L8 11.4l-3.9 2.2.9-4.3-3.2-3 4.3-.5z', true)],
  dot: [circle(8, 8, 3, true)],
  square: [path('M3.5 3.5h9v9h-9z')],
  diamond: [path('M8 2l6 6-6 6-6-6z')],
  triangle: [path('M8 2.5l6 11H2z')],
  book: [
    path(
      'M2 3.5h4.5A1.5 1.5 0 0 1 8 5v9a1.5 1.5 0 0 0-1.5-1.5H2zM14 3.5H9.5A1.5 1.5 0 0 0 8 5v9a1.5 1.5 0 0 1 1.5-1.5H14z',
    ),
  ],
  approx: [
    path('M2.5 6.5c1.5-1.5 3-1.5 5.5 0s4 1.5 5.5 0M2.5 10.5c1.5-1.5 3-1.5 5.5 0s4 1.5 5.5 0'),
  ],
  'empty-set': [circle(8, 8, 4.5), path('M3 14 13 2')],
  target: [circle(8, 8, 5.5), circle(8, 8, 2, true)],
  'chevron-up': [path('M3.5 10.5 8 5.5l4.5 5z', true)],
  'chevron-down': [path('M3.5 5.5 8 10.5l4.5-5z', true)],
  panel: [path('M2.5 3.5h11v9h-11zM9.5 3.5v9')],
  list: [path('M2.5 4h11M2.5 8h11M2.5 12h11')],
  underline: [path('M4.5 2.5v4.5a3.5 3.5 0 0 0 7 0V2.5M3 14h10')],
};
