// A line's items as few runs as keep each item in place, on lines of real
// prose (../shared/reference/hrr) drawn as PDFs draw them: a justified line an
// item per word (with or without pdf.js's own items for the wide spaces), a
// footnote mark in a smaller size, two columns, a font whose capitals the
// layer's font sets narrower. Every run reads its items' text, and every item
// lands within MAX_DRIFT of the font's size from where the PDF draws it, as a
// run's scale and word spacing set it (what the browser suites check rendered).

import { readPassages } from '../../../scripts/lib/reference';
import { groupLines, type PdfItem } from '../../../src/viewer/lines';
import { MAX_DRIFT, planRuns, type RunPlan } from '../../../src/viewer/runs';

const PASSAGES = readPassages();
const words = (id: string, n: number) =>
  PASSAGES.find((p) => p.id === id)!
    .text.replace(/\s+/g, ' ')
    .split(' ')
    .slice(0, n);

const SIZE = 11;
/** The layer's font: every character half its size wide. */
const layerMeasure = (text: string, size: number) => text.length * size * 0.5;
type Font = (text: string, size: number) => number;
/** A PDF's font a little wider than the layer's, as a book face set beside sans-serif often is. */
const bookFace: Font = (text, size) => layerMeasure(text, size) * 1.08;
/** A PDF's font whose capitals are much wider than the layer's, and stops narrower. */
const wideCapitals: Font = (text, size) =>
  [...text].reduce((w, c) => w + size * (/[A-Z]/.test(c) ? 0.72 : /[.,;’]/.test(c) ? 0.3 : 0.5), 0);

interface Drawn {
  /** Extra page units in each gap between words (justification). */
  stretch?: number;
  /** pdf.js's own item for each wide space (height 0), as Chromium's PDFs give. */
  spaceItems?: boolean;
  /** Word indexes drawn at another size (a footnote mark). */
  small?: number[];
  /** Word index after which the line jumps to a second column. */
  columnAfter?: number;
  font?: Font;
}

/** One line of `texts` drawn word by word from x = 50. */
function drawLine(texts: string[], d: Drawn = {}): PdfItem[] {
  const items: PdfItem[] = [];
  let x = 50;
  const pdfWidth = d.font ?? bookFace;
  const space = pdfWidth(' ', SIZE) + (d.stretch ?? 0);
  texts.forEach((str, i) => {
    const height = d.small?.includes(i) ? 6.5 : SIZE;
    const width = pdfWidth(str, height);
    items.push({ str, x, y: 500, width, height, hasEOL: i === texts.length - 1 });
    x += width;
    if (i === texts.length - 1) return;
    if (d.spaceItems) items.push({ str: ' ', x, y: 500, width: space, height: 0, hasEOL: false });
    x += space + (d.columnAfter === i ? 120 : 0);
  });
  return items;
}

/** Where each text item of the run lands, from the run's start, in page units. */
function landings(items: PdfItem[], itemsOfLine: number[], plan: RunPlan) {
  const place = (s: string) =>
    plan.scaleX * (layerMeasure(s, 10) + (s.match(/ /g)?.length ?? 0) * plan.wordSpacing);
  const x0 = items[itemsOfLine[plan.from]].x;
  const out: { start: number; end: number; item: PdfItem }[] = [];
  let read = '';
  for (let k = plan.from; k <= plan.to; k += 1) {
    const item = items[itemsOfLine[k]];
    const at = plan.text.indexOf(item.str, read.length);
    read = plan.text.slice(0, at + item.str.length);
    if (item.str.trim() === '') continue;
    const start = place(plan.text.slice(0, at));
    out.push({ start: x0 + start, end: x0 + start + place(item.str), item });
  }
  return out;
}

test.each<[string, string[], Drawn, number]>([
  ['justified, an item per word', words('VII-01', 9), { stretch: 3 }, 1],
  ['justified, with pdf.js’s space items', words('VII-02', 9), { stretch: 4, spaceItems: true }, 1],
  ['set solid, an item per word', words('intro-01', 10), {}, 1],
  ['a footnote mark in a smaller size', [...words('VII-01', 4), '1', 'and'], { small: [4] }, 3],
  ['two columns', words('VII-02', 8), { columnAfter: 3 }, 2],
  ['one word', words('intro-01', 1), {}, 1],
])('%s: the runs keep every item in place', (_, texts, drawn, runs) => {
  const items = drawLine(texts, drawn);
  const [line] = groupLines(items);
  const plans = planRuns(items, line, layerMeasure, 10);
  expect(plans).toHaveLength(runs);
  // The runs read the line's text, whole, in order.
  expect(plans.map((p) => p.text).join('')).toBe(line.text);
  for (const plan of plans)
    for (const { start, end, item } of landings(items, line.items, plan)) {
      expect(Math.abs(start - item.x)).toBeLessThanOrEqual(MAX_DRIFT * item.height + 1e-6);
      expect(Math.abs(end - (item.x + item.width))).toBeLessThanOrEqual(
        MAX_DRIFT * item.height + 1e-6,
      );
    }
});

test('a line of capitals the layer sets narrower is cut where an item would drift', () => {
  const texts = ['PROVISIONAL', 'GOVERNMENT', 'AND', 'THE', 'SOVIET', 'OF', 'WORKERS', 'DEPUTIES'];
  // Capitals drawn 0.72 of the size wide, lower case 0.5: the layer's font (0.5) drifts on them.
  const items = drawLine([...texts, ...words('VII-01', 6)], { stretch: 2, font: wideCapitals });
  const [line] = groupLines(items);
  const plans = planRuns(items, line, layerMeasure, 10);
  expect(plans.length).toBeGreaterThan(1);
  expect(plans.map((p) => p.text).join('')).toBe(line.text);
  for (const plan of plans)
    for (const { start, item } of landings(items, line.items, plan))
      expect(Math.abs(start - item.x)).toBeLessThanOrEqual(MAX_DRIFT * item.height + 1e-6);
});

test('a run of one item is stretched to its reach, with no word spacing (as before runs were joined)', () => {
  const items = drawLine(['Petrograd']);
  const [line] = groupLines(items);
  const [plan] = planRuns(items, line, layerMeasure, 10);
  expect(plan.wordSpacing).toBe(0);
  expect(plan.scaleX).toBeCloseTo(items[0].width / layerMeasure('Petrograd', 10), 6);
});
