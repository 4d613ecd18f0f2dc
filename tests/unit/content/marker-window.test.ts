// Markers on a very long document: those near the viewport, the open card's, and
// one beyond each edge (so Tab walks on); a chapter page keeps every marker.

import {
  bandAround,
  MARKERS_WINDOWED_ABOVE,
  windowMarkers,
} from '../../../src/content/marker-window';
import type { PassageView } from '../../../src/content/overlay/model';

/** A passage every 100 px of the document, its marker at `i * 100`. */
function views(count: number): PassageView[] {
  return Array.from({ length: count }, (_, i) => ({
    key: `p${i}`,
    passageId: `hrr-p${i}`,
    label: null,
    cardLabel: null,
    chapterTitle: null,
    paragraphs: [],
    quoteChecks: [],
    layers: [],
    marker: { top: i * 100, left: 700 },
    fraction: i / count,
  }));
}

const withMarkers = (vs: PassageView[]) => vs.filter((v) => v.marker).map((v) => v.key);

test('the band: a screen above the viewport to two below', () => {
  expect(bandAround(5000, 900)).toEqual({ top: 4100, bottom: 6800 });
});

test.each([
  ['a chapter page (7 passages)', 7],
  ['at the threshold', MARKERS_WINDOWED_ABOVE],
])('%s keeps every marker, wherever the viewport is', (_, count) => {
  const all = views(count);
  expect(withMarkers(windowMarkers(all, bandAround(90_000, 900), new Set()))).toEqual(
    all.map((v) => v.key),
  );
});

describe('a book (400 passages, one every 100 px; viewport 900 px)', () => {
  const all = views(400);
  const keysBetween = (a: number, b: number) =>
    Array.from({ length: b - a + 1 }, (_, i) => `p${a + i}`);

  test.each([
    // scrollY, markers kept: the band's, and the nearest beyond each edge
    [0, [...keysBetween(0, 18), 'p19']],
    [10_000, ['p90', ...keysBetween(91, 118), 'p119']],
    [39_500, ['p385', ...keysBetween(386, 399)]],
  ])('scrolled to %d: %j', (scrollY, kept) => {
    expect(withMarkers(windowMarkers(all, bandAround(scrollY, 900), new Set()))).toEqual(kept);
  });

  test('the open card’s marker stays, far from the viewport', () => {
    const kept = withMarkers(windowMarkers(all, bandAround(0, 900), new Set(['p300'])));
    expect(kept).toContain('p300');
    expect(kept).toHaveLength(21);
  });

  test('passages without a marker stay without one; every passage stays listed', () => {
    const some = views(400).map((v, i) => (i === 5 ? { ...v, marker: null } : v));
    const out = windowMarkers(some, bandAround(0, 900), new Set());
    expect(out).toHaveLength(400);
    expect(out[5].marker).toBeNull();
  });
});
