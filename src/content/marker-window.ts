// What a very long document (a whole-book PDF) makes near the viewport only:
// its highlights, and its margin markers. A marker per passage, each a button
// with its icon, made and re-made after every scan of a 384-page PDF, cost a
// 120 ms task and a 940-element style recalculation (traced); a reader sees a
// screen or two of them at a time.

import type { PassageView } from './overlay/model';

/** Above this many passages, only highlights near the viewport are painted. */
export const WINDOWED_ABOVE = 150;
/**
 * Above this many passages, only markers near the viewport are made. A chapter page holds a few
 * (at most 7 of the review's), and keeps every marker in the Tab order; a book holds 78.
 */
export const MARKERS_WINDOWED_ABOVE = 40;

export interface Band {
  top: number;
  bottom: number;
}

/** From a screen above the viewport to two below, in document coordinates (as the highlights). */
export function bandAround(scrollY: number, height: number): Band {
  return { top: scrollY - height, bottom: scrollY + 2 * height };
}

/**
 * Keeps the markers in `band`, the ones `keep` names (the open card's, the one pointed at), and
 * the nearest marker beyond each edge, so Tab and Shift+Tab walk on: focusing it scrolls it
 * into view, and the band follows. `views` are in reading order.
 */
export function windowMarkers(
  views: readonly PassageView[],
  band: Band,
  keep: ReadonlySet<string>,
): PassageView[] {
  if (views.length <= MARKERS_WINDOWED_ABOVE) return [...views];
  const inBand = (v: PassageView) =>
    v.marker !== null && v.marker.top >= band.top && v.marker.top <= band.bottom;
  let lastAbove = -1;
  let firstBelow = -1;
  views.forEach((v, i) => {
    if (!v.marker || inBand(v)) return;
    if (v.marker.top < band.top) lastAbove = i;
    else if (firstBelow < 0) firstBelow = i;
  });
  return views.map((v, i) =>
    v.marker === null || inBand(v) || keep.has(v.key) || i === lastAbove || i === firstBelow
      ? v
      : { ...v, marker: null },
  );
}
