// The text layers read as a reader reads: the page text model (what detection
// gets) over the built layers of real prose, set in pages with running heads,
// page numbers and words broken at line ends, is the passage itself, and the
// same text as readingOf, the plain form; pages far from view, which keep their
// read text alone (text-layers.ts), read the same.

import { readFileSync } from 'node:fs';
import { readPassages } from '../../../scripts/lib/reference';
import { extractPageText, ASIDE_ATTRIBUTE } from '../../../src/dom/page-text';
import { groupLines, readingOf, type PdfItem } from '../../../src/viewer/lines';
import { Reading } from '../../../src/viewer/reading';
import { buildTextLayer, LAYER_SIZE, runSize } from '../../../src/viewer/text-layer';
import { KEPT_LAYERS, TextLayers } from '../../../src/viewer/text-layers';

const PASSAGES = readPassages();
const passage = (id: string) => PASSAGES.find((p) => p.id === id)!.text.replace(/\s+/g, ' ');
const measure = (text: string, size: number) => text.length * size * 0.5;
const SIZE = 10;
const HEIGHT = 600;

function pageItems(texts: string[]): PdfItem[] {
  return texts.flatMap((text, line) => {
    let x = 40;
    return text.split(' ').map((str, i, all) => {
      const item = {
        str,
        x,
        y: HEIGHT - 40 - line * 14,
        width: str.length * 5,
        height: SIZE,
        hasEOL: i === all.length - 1,
      };
      x += item.width + 4;
      return item;
    });
  });
}

/** The passage in lines of `words` words, breaking `broken` across a line end. */
function pagesOf(text: string, words: number, perPage: number, broken: string[]): string[][] {
  const lines: string[] = [];
  let current: string[] = [];
  for (const word of text.split(' ')) {
    if (broken.includes(word) && current.length > 0) {
      const cut = Math.ceil(word.length / 2);
      lines.push([...current, `${word.slice(0, cut)}-`].join(' '));
      current = [word.slice(cut)];
      continue;
    }
    current.push(word);
    if (current.length === words) {
      lines.push(current.join(' '));
      current = [];
    }
  }
  if (current.length) lines.push(current.join(' '));
  const pages: string[][] = [];
  for (let i = 0; i < lines.length; i += perPage)
    pages.push([
      'History of the Russian Revolution',
      ...lines.slice(i, i + perPage),
      String(pages.length + 1),
    ]);
  return pages;
}

/** The pages set as the viewer sets them, each with its runs where `near` says, else its read text alone. */
function setPages(pages: string[][], near: (index: number) => boolean) {
  const container = document.createElement('div');
  const source = { page: (n: number) => Promise.resolve({ items: pageItems(pages[n - 1]) }) };
  const layers = new TextLayers(document, source, measure, near);
  const reading = new Reading(layers);
  const lines = pages.map((texts) => groupLines(pageItems(texts)));
  lines.forEach((pageLines, i) => {
    const shell = document.createElement('span');
    container.append(shell);
    layers.add(i, shell, { height: HEIGHT, items: pageItems(pages[i]), lines: pageLines });
    reading.add(i, pageLines);
  });
  reading.end(pages.length - 1);
  return { container, layers, lines };
}

const CASES: [string, number, number, string[]][] = [
  ['VII-01', 9, 3, ['government', 'participated.']],
  ['VII-02', 7, 4, ['Bolsheviks']],
  ['intro-01', 8, 2, ['monarchy.', 'indictment']],
];

test.each(CASES)(
  '%s: pages far from view read as their runs do',
  async (id, words, perPage, broken) => {
    const pages = pagesOf(passage(id), words, perPage, broken);
    const withRuns = extractPageText(setPages(pages, () => true).container).text;
    // Every other page far: the reading's decisions reach the pages in either form.
    const mixed = setPages(pages, (i) => i % 2 === 0);
    await Promise.resolve(); // a page without runs reads its decisions in a microtask
    expect(mixed.container.querySelectorAll('.cp-text-only')).toHaveLength(
      Math.floor(pages.length / 2),
    );
    expect(extractPageText(mixed.container).text).toBe(withRuns);
    // The far pages coming near take their runs again, as they were decided.
    await mixed.layers.near(pages.map((_, i) => i));
    expect(mixed.container.querySelectorAll('.cp-text-only')).toHaveLength(0);
    expect(extractPageText(mixed.container).text).toBe(withRuns);
  },
);

test('pages far from view beyond KEPT_LAYERS let their runs go, the nearest kept; the text reads the same', async () => {
  const text = PASSAGES.slice(0, 24)
    .map((p) => p.text.replace(/\s+/g, ' '))
    .join(' ');
  const pages = pagesOf(text, 8, 3, []).slice(0, 30);
  expect(pages).toHaveLength(30);
  let near = new Set<number>();
  const { container, layers } = setPages(pages, (i) => near.has(i));
  await Promise.resolve();
  const read = extractPageText(container).text;
  const withRuns = () =>
    [...container.querySelectorAll<HTMLElement>('.cp-text-layer:not(.cp-text-only)')].map((l) =>
      Number(l.dataset.page),
    );
  expect(withRuns()).toEqual([]);
  // Every page near at once (zoomed far out): none is let go.
  near = new Set(pages.map((_, i) => i));
  await layers.near([...near]);
  expect(withRuns()).toHaveLength(30);
  // The reader goes to pages 15 and 16: the pages nearest them keep their runs.
  near = new Set([14, 15]);
  await layers.near([14, 15]);
  expect(withRuns()).toHaveLength(KEPT_LAYERS);
  expect(withRuns()).toEqual([10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21]);
  expect(extractPageText(container).text).toBe(read);
});

test.each(CASES)('%s: the layers read as the passage', (id, words, perPage, broken) => {
  const text = passage(id);
  const pages = pagesOf(text, words, perPage, broken);
  const { container, lines } = setPages(pages, () => true);
  const read = extractPageText(container).text.replace(/\s+/g, ' ').trim();
  expect(read).toBe(text);
  expect(read).toBe(readingOf(lines));
  // Heads and numbers are still there to see: set apart, not removed.
  expect(container.querySelectorAll(`.cp-run[${ASIDE_ATTRIBUTE}]`).length).toBe(2 * pages.length);
  // A line drawn a word per item is one run, its gaps (4 units against the font's 5 for a space)
  // set by its word spacing: -1 unit at the layer's size of 10, in ems.
  const body = [...container.querySelectorAll<HTMLElement>(`.cp-run:not([${ASIDE_ATTRIBUTE}])`)];
  expect(body).toHaveLength(lines.flat().length - 2 * pages.length);
  const spaced = body.filter((run) => run.textContent!.trim().includes(' '));
  expect(new Set(spaced.map((run) => run.style.wordSpacing))).toEqual(new Set(['-0.1000em']));
});

test('every run is set at the layer’s one size and scaled to its own size and width', () => {
  // A heading, body text and a footnote mark: three type sizes on one page.
  const items: PdfItem[] = [
    { str: 'Dual', x: 40, y: 500, width: 48, height: 22, hasEOL: true },
    { str: 'Power', x: 40, y: 470, width: 30, height: 11, hasEOL: true },
    { str: '1', x: 80, y: 440, width: 3.5, height: 6.5, hasEOL: true },
  ];
  const layer = buildTextLayer(
    document,
    { number: 1, height: HEIGHT, items, lines: groupLines(items) },
    measure,
  );
  const runs = [...layer.element.querySelectorAll<HTMLElement>('.cp-run')];
  expect(runs.map((r) => r.style.fontSize)).toEqual(['', '', '']);
  expect(runs.map(runSize)).toEqual([22, 11, 6.5]);
  // measure() at the layer's size: 'Dual' is 4 × 10 × 0.5 = 20 units wide, drawn 48 wide.
  expect(runs.map((r) => r.style.transform)).toEqual([
    `scale(${(48 / 20).toFixed(4)}, 2.2000)`,
    `scale(${(30 / 25).toFixed(4)}, 1.1000)`,
    `scale(${(3.5 / 5).toFixed(4)}, 0.6500)`,
  ]);
  // The layer's size in viewer.css is the one the widths were measured at.
  const css = readFileSync('extension/css/viewer.css', 'utf8');
  expect(/\.cp-text-layer \{[^}]*font-size: calc\(var\(--scale\) \* (\d+)px\)/.exec(css)?.[1]).toBe(
    String(LAYER_SIZE),
  );
});
