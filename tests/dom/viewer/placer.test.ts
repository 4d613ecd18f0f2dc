// Placing a passage on a PDF page far from view from its run's own style (page
// units times the scale) and the page's box, without laying the page out; a
// page near the viewport is measured instead.

import { farPagePlacer, unitsIn } from '../../../src/viewer/placer';
import type { PageViews } from '../../../src/viewer/pages';

test.each([
  ['calc(var(--scale) * 123.45px)', 123.45],
  ['calc(var(--scale) * -2.50px)', -2.5],
  ['calc(var(--scale) * 7px)', 7],
  ['12px', null],
  ['', null],
])('unitsIn(%j) is %s', (value, units) => {
  expect(unitsIn(value)).toBe(units);
});

function pdfPage(): Range {
  document.body.innerHTML = `<main><span class="cp-page" data-page-number="1"><span class="cp-text-layer"><span class="cp-line"><span class="cp-run" style="left: calc(var(--scale) * 60.00px); top: calc(var(--scale) * 100.00px); transform: scale(0.9500, 1.1000)">The masses went out</span></span></span></span></main>`;
  // jsdom lays nothing out: the page's box is what the browser would report for its shell.
  const shell = document.querySelector('.cp-page')!;
  shell.getBoundingClientRect = () => ({ top: 50, left: 30, right: 630, bottom: 850 }) as DOMRect;
  const text = document.querySelector('.cp-run')!.firstChild!;
  const range = document.createRange();
  range.setStart(text, 4);
  range.setEnd(text, 10);
  return range;
}

const views = (visible: boolean) => ({ shells: [{ visible }], scale: 2 }) as unknown as PageViews;
const view = { scrollX: 0, scrollY: 1000 } as Window;

test('a page far from view: its line placed from the run (the page at 30,50 in view; the scale 2; scrolled 1,000)', () => {
  expect(farPagePlacer(views(false), view).place(pdfPage())).toEqual([
    { top: 50 + 1000 + 200, bottom: 1250 + 22, left: 30 + 120, right: 630 },
  ]);
});

test('a page near the viewport is measured', () => {
  expect(farPagePlacer(views(true), view).place(pdfPage())).toBeUndefined();
});

test('a range outside the text layers is measured', () => {
  document.body.innerHTML = '<p>Elsewhere</p>';
  const range = document.createRange();
  range.selectNodeContents(document.body.firstChild!);
  expect(farPagePlacer(views(false), view).place(range)).toBeUndefined();
});
