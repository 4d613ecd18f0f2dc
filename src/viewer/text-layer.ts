// A page's text layer: the PDF's text as transparent, selectable runs laid
// over the page's canvas, in reading order. It is what the page side reads
// (src/dom/page-text.ts), so everything in it is built for that reader:
// - pages and lines are <span>s (inline to the text model), with the space
//   between lines written out, so a passage reads on across lines and pages;
// - running heads and page numbers, and a hyphen that breaks a word at a
//   line end, carry ASIDE_ATTRIBUTE: shown, never read, no break in their place.
// Runs are placed in PDF units times the CSS variable --scale, so zooming
// changes one variable, not every run.

import { ASIDE_ATTRIBUTE } from '../dom/page-text';
import type { PdfItem, PdfLine } from './lines';

export interface PageLayer {
  element: HTMLElement;
  lines: HTMLElement[];
  /** Per line: the text node after it (" ", or "" where a broken word goes on). */
  separators: Text[];
  /** Per line: its closing hyphen, set apart, where the line ends in one. */
  hyphens: (HTMLElement | null)[];
  texts: string[];
}

/** The share of a font's size above its baseline, for placing a run's box. */
const ASCENT = 0.8;
const FONT = 'sans-serif';

type Measure = (text: string, size: number) => number;

/** The size characters are measured at; widths scale with the size from there. */
const REFERENCE_SIZE = 100;

/**
 * Every run is set at the layer's one type size (viewer.css: 10 page units) and scaled to its
 * own by its transform. Each size a page uses is a font lookup, on Linux a synchronous call to
 * the browser process: six sizes cost the first text layer's layout a third more (16 ms against
 * 11 for 240 runs in a fresh viewer, measured), and more while the browser is busy.
 */
export const LAYER_SIZE = 10;

/**
 * Text widths in the layer's font, as the sum of each character's advance, measured once at a
 * reference size through one canvas of the viewer's. The layer sets text without kerning or
 * ligatures (viewer.css), so a run's width is that sum. Measuring every run instead cost the
 * first pages' text layers 80 ms of one task in a fresh browser (a new size is a cold font
 * lookup and every new run a shaping), and a third of the whole text's extraction.
 */
export function canvasMeasure(doc: Document): Measure {
  const ctx = doc.createElement('canvas').getContext('2d');
  if (!ctx) return (text, size) => text.length * size * 0.5;
  ctx.font = `${REFERENCE_SIZE}px ${FONT}`;
  const advances = new Map<string, number>();
  return (text, size) => {
    let width = 0;
    for (const char of text) {
      let advance = advances.get(char);
      if (advance === undefined) advances.set(char, (advance = ctx.measureText(char).width));
      width += advance;
    }
    return (width * size) / REFERENCE_SIZE;
  };
}

const px = (units: number) => `calc(var(--scale) * ${units.toFixed(2)}px)`;

/**
 * A run's box: at the item, as wide as the item, or up to the next run on its line when `text`
 * carries the space between them (so a highlight has no holes at justified gaps).
 */
function runElement(
  doc: Document,
  at: { item: PdfItem; text: string; reach: number },
  pageHeight: number,
  measure: Measure,
) {
  const { item, text, reach } = at;
  const run = doc.createElement('span');
  run.className = 'cp-run';
  const size = Math.max(item.height, 1);
  run.style.left = px(item.x);
  run.style.top = px(pageHeight - item.y - size * ASCENT);
  const natural = measure(text, LAYER_SIZE);
  const x = natural > 0 && reach > 0 ? reach / natural : 1;
  run.style.transform = `scale(${x.toFixed(4)}, ${(size / LAYER_SIZE).toFixed(4)})`;
  return run;
}

const SCALE = /^scale\((-?[\d.]+), (-?[\d.]+)\)$/;

/** A run's type size in page units, from the scale its transform gives the layer's size. */
export function runSize(run: HTMLElement): number | null {
  const m = SCALE.exec(run.style.transform);
  return m ? Number(m[2]) * LAYER_SIZE : null;
}

/** How far run k of a line reaches: to the next run's start when that is close, else its own width. */
function reachOf(items: readonly PdfItem[], line: PdfLine, k: number): number {
  const item = items[line.items[k]];
  const next = k + 1 < line.items.length ? items[line.items[k + 1]] : null;
  const gap = next ? next.x - (item.x + item.width) : -1;
  return gap >= 0 && gap < 2 * item.height ? next!.x - item.x : item.width;
}

const ENDS_IN_HYPHEN = /[-\u00ad\u2010]$/;

function lineElement(
  doc: Document,
  items: readonly PdfItem[],
  line: PdfLine,
  pageHeight: number,
  measure: Measure,
) {
  const element = doc.createElement('span');
  element.className = 'cp-line';
  let hyphen: HTMLElement | null = null;
  line.items.forEach((index, k) => {
    const item = items[index];
    // A space the line reads after this run goes inside it, stretched over the gap.
    const space = line.spaceBefore[k + 1] ? ' ' : '';
    const reach = space || /\s$/.test(item.str) ? reachOf(items, line, k) : item.width;
    const run = runElement(doc, { item, text: item.str + space, reach }, pageHeight, measure);
    const last = k === line.items.length - 1;
    if (last && ENDS_IN_HYPHEN.test(item.str)) {
      hyphen = doc.createElement('span');
      hyphen.textContent = item.str.slice(-1);
      run.append(item.str.slice(0, -1), hyphen);
    } else {
      run.textContent = item.str + space;
    }
    element.append(run);
  });
  return { element, hyphen: hyphen as HTMLElement | null };
}

/** Builds page `pageNumber`'s text layer from its lines. */
export function buildTextLayer(
  doc: Document,
  page: { number: number; height: number; items: readonly PdfItem[]; lines: readonly PdfLine[] },
  measure: Measure,
): PageLayer {
  const element = doc.createElement('span');
  element.className = 'cp-text-layer';
  element.dataset.page = String(page.number);
  const layer: PageLayer = { element, lines: [], separators: [], hyphens: [], texts: [] };
  for (const line of page.lines) {
    const built = lineElement(doc, page.items, line, page.height, measure);
    const separator = doc.createTextNode(' ');
    element.append(built.element, separator);
    layer.lines.push(built.element);
    layer.separators.push(separator);
    layer.hyphens.push(built.hyphen);
    layer.texts.push(line.text);
  }
  return layer;
}

/** Sets a running head or page number apart: still shown, no longer read. */
export function setApart(layer: PageLayer, line: number): void {
  layer.lines[line]?.setAttribute(ASIDE_ATTRIBUTE, '');
  // The read line before it brings its own space (or none, when its word goes on past it).
  if (layer.separators[line]) layer.separators[line].data = '';
}

/** Reads a word broken at line `line`'s end as one: its hyphen set apart, no space after. */
export function joinBrokenWord(layer: PageLayer, line: number): void {
  layer.hyphens[line]?.setAttribute(ASIDE_ATTRIBUTE, '');
  if (layer.separators[line]) layer.separators[line].data = '';
}
