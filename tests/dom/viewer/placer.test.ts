// Placing a passage on a PDF page far from view from its run's own style (page
// units times the scale) and the page's box, without laying the page out; a
// page near the viewport is measured instead. A page that keeps its read text
// alone places a passage from its model's lines.

import { groupLines, type PdfItem } from '../../../src/viewer/lines';
import { farPagePlacer, unitsIn } from '../../../src/viewer/placer';
import type { PageViews } from '../../../src/viewer/pages';
import { TextLayers } from '../../../src/viewer/text-layers';

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

const views = (visible: boolean) =>
  ({
    shells: [
      {
        visible,
        get element() {
          return document.querySelector('.cp-page');
        },
      },
    ],
    scale: 2,
  }) as unknown as PageViews;
const view = { scrollX: 0, scrollY: 1000 } as Window;
const noLayers = new TextLayers(
  document,
  { page: () => Promise.reject(new Error('none')) },
  () => 0,
  () => false,
);

test('a page far from view: its line placed from the run (the page at 30,50 in view; the scale 2; scrolled 1,000)', () => {
  expect(farPagePlacer(views(false), view, noLayers).place(pdfPage())).toEqual([
    { top: 50 + 1000 + 200, bottom: 1250 + 22, left: 30 + 120, right: 630 },
  ]);
});

test('a page near the viewport is measured', () => {
  expect(farPagePlacer(views(true), view, noLayers).place(pdfPage())).toBeUndefined();
});

test('a range outside the text layers is measured', () => {
  document.body.innerHTML = '<p>Elsewhere</p>';
  const range = document.createRange();
  range.selectNodeContents(document.body.firstChild!);
  expect(farPagePlacer(views(false), view, noLayers).place(range)).toBeUndefined();
});

// Two lines of VII-01 as a browser's print gives them: a line at 12 units, the next at 11.
const ITEMS: PdfItem[] = [
  { str: 'The government of the', x: 72, y: 700, width: 120, height: 12, hasEOL: true },
  { str: 'Cadets participated.', x: 90, y: 680, width: 100, height: 11, hasEOL: true },
];

test('a page with its read text alone: a passage placed from its line, near or far, until its runs come', async () => {
  document.body.innerHTML = '<main><span class="cp-page" data-page-number="1"></span></main>';
  const shell = document.querySelector<HTMLElement>('.cp-page')!;
  shell.getBoundingClientRect = () => ({ top: 50, left: 30, right: 630, bottom: 850 }) as DOMRect;
  let near = false;
  const layers = new TextLayers(
    document,
    { page: () => Promise.resolve({ items: ITEMS }) },
    () => 0,
    () => near,
  );
  layers.add(0, shell, { height: 792, items: ITEMS, lines: groupLines(ITEMS) });
  const text = shell.querySelector('.cp-text-only')!.firstChild!;
  expect(text.textContent).toBe('The government of the Cadets participated. ');
  const range = document.createRange();
  range.setStart(text, 'The government of the '.length);
  range.setEnd(text, 'The government of the Cadets'.length);
  // Line 2: its top 792 − 680 − 11 × 0.8 = 103.2 units, at x 90; the scale 2, scrolled 1,000.
  const second = [{ top: 50 + 1000 + 206.4, bottom: 1256.4 + 22, left: 30 + 180, right: 630 }];
  const placer = farPagePlacer(views(true), view, layers);
  expect(placer.place(range)?.map(close)).toEqual(second.map(close));
  near = true;
  await layers.near([0]);
  expect(shell.querySelector('.cp-text-only')).toBeNull();
  // The runs came: a range into them on a page near the viewport is measured.
  const run = shell.querySelectorAll('.cp-run')[1].firstChild!;
  const onRuns = document.createRange();
  onRuns.setStart(run, 0);
  onRuns.setEnd(run, 'Cadets'.length);
  expect(placer.place(onRuns)).toBeUndefined();
});

function close(box: { top: number; bottom: number; left: number; right: number }) {
  const r = (n: number) => Math.round(n * 100) / 100;
  return { top: r(box.top), bottom: r(box.bottom), left: r(box.left), right: r(box.right) };
}
