// The text layers read as a reader reads: the page text model (what detection
// gets) over the built layers of real prose, set in pages with running heads,
// page numbers and words broken at line ends, is the passage itself, and the
// same text as readingOf, the plain form.

import { readFileSync } from 'node:fs';
import { readPassages } from '../../../scripts/lib/reference';
import { extractPageText, ASIDE_ATTRIBUTE } from '../../../src/dom/page-text';
import { groupLines, readingOf, type PdfItem } from '../../../src/viewer/lines';
import { Reading } from '../../../src/viewer/reading';
import { buildTextLayer, LAYER_SIZE, runSize } from '../../../src/viewer/text-layer';

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

test.each([
  ['VII-01', 9, 3, ['government', 'participated.']],
  ['VII-02', 7, 4, ['Bolsheviks']],
  ['intro-01', 8, 2, ['monarchy.', 'indictment']],
])('%s: the layers read as the passage', (id, words, perPage, broken) => {
  const text = passage(id);
  const pages = pagesOf(text, words, perPage, broken);
  const container = document.createElement('div');
  const reading = new Reading();
  const lines = pages.map((texts) => groupLines(pageItems(texts)));
  lines.forEach((pageLines, i) => {
    const items = pageItems(pages[i]);
    const layer = buildTextLayer(
      document,
      { number: i + 1, height: HEIGHT, items, lines: pageLines },
      measure,
    );
    const shell = document.createElement('span');
    shell.append(layer.element);
    container.append(shell);
    reading.add(i, pageLines, layer);
  });
  reading.end(pages.length - 1);
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
