// The text layers read as a reader reads: the page text model (what detection
// gets) over the built layers of real prose, set in pages with running heads,
// page numbers and words broken at line ends, is the passage itself, and the
// same text as readingOf, the plain form.

import { readPassages } from '../../../scripts/lib/reference';
import { extractPageText, ASIDE_ATTRIBUTE } from '../../../src/dom/page-text';
import { groupLines, readingOf, type PdfItem } from '../../../src/viewer/lines';
import { Reading } from '../../../src/viewer/reading';
import { buildTextLayer } from '../../../src/viewer/text-layer';

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
  expect(container.querySelectorAll(`.cp-line[${ASIDE_ATTRIBUTE}]`).length).toBe(2 * pages.length);
});
