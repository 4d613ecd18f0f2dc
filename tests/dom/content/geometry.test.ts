// The geometry cache's hit test: boxes are cached in document coordinates, and a layout
// change no event reported (here: the lines move while the cache holds the old boxes) must
// not send the pointer to the wrong passage. jsdom has no layout, so each passage is a range
// whose line boxes the test sets.

import { GeometryCache } from '../../../src/content/geometry';

interface Lines {
  top: number;
  height: number;
}

/** A stand-in for a Range: its client rects are whatever `lines` says now (viewport = page, no scroll). */
function passage(lines: Lines) {
  const range = {
    commonAncestorContainer: document.body,
    getClientRects: () => [
      {
        top: lines.top,
        bottom: lines.top + lines.height,
        left: 100,
        right: 700,
        width: 600,
        height: lines.height,
      },
    ],
  } as unknown as Range;
  return { range, lines };
}

const view = { scrollX: 0, scrollY: 0 } as Window;

test.each([
  ['both where they were', 0, 'b'],
  ['the text moved up by the distance between them', -100, 'b'],
  ['the text moved down by a passage and a half', 150, 'b'],
])("%s: the point on b's line now hits b", (_name, shift, expected) => {
  const a = passage({ top: 100, height: 40 });
  const b = passage({ top: 200, height: 40 });
  const items = [
    { key: 'a', range: a.range },
    { key: 'b', range: b.range },
  ];
  const cache = new GeometryCache(view);
  expect(cache.hit(items, 400, 120)).toBe('a'); // measured and cached where they were
  a.lines.top += shift;
  b.lines.top += shift;
  // b's line is now at 200 + shift: moved up 100, the point lies in a's stale box; moved down 150, in no stale box.
  expect(cache.hit(items, 400, 210 + shift)).toBe(expected);
});

test('a point on no passage is no hit', () => {
  const a = passage({ top: 100, height: 40 });
  expect(new GeometryCache(view).hit([{ key: 'a', range: a.range }], 400, 500)).toBeNull();
});

test('only later passages moved: the one found is measured again, and the point goes to the passage now there', () => {
  const a = passage({ top: 100, height: 40 });
  const b = passage({ top: 200, height: 40 });
  const c = passage({ top: 300, height: 40 });
  const items = [a, b, c].map(({ range }, i) => ({ key: 'abc'[i], range }));
  const cache = new GeometryCache(view);
  expect(cache.hit(items, 400, 320)).toBe('c');
  b.lines.top = 300; // a section above c collapsed: b takes c's place, c goes further down
  c.lines.top = 500;
  expect(cache.hit(items, 400, 320)).toBe('b');
});

describe('a placer: estimates instead of measurements where measuring costs a skipped layout', () => {
  const box = { top: 900, bottom: 914, left: 100, right: 700 };

  test('a placed range is not measured; once estimates are forgotten it is asked again and measured', () => {
    const a = passage({ top: 100, height: 40 });
    const measured = jest.spyOn(a.range, 'getClientRects');
    let far = true;
    const cache = new GeometryCache(view, { place: () => (far ? [box] : undefined) });
    expect(cache.of('a', a.range)?.box).toEqual(box);
    expect(measured).not.toHaveBeenCalled();
    far = false;
    cache.forgetEstimates();
    expect(cache.of('a', a.range)?.box).toEqual({ top: 100, bottom: 140, left: 100, right: 700 });
    expect(measured).toHaveBeenCalledTimes(1);
  });

  test('the hit test does not measure an estimate to see whether the text moved', () => {
    const a = passage({ top: 100, height: 40 });
    const measured = jest.spyOn(a.range, 'getClientRects');
    const cache = new GeometryCache(view, { place: () => [box] });
    expect(cache.hit([{ key: 'a', range: a.range }], 400, 905)).toBe('a');
    expect(measured).not.toHaveBeenCalled();
  });
});
