// A page's text layer: the PDF's text as transparent, selectable runs laid
// over the page's canvas, in reading order. It is what the page side reads
// (src/dom/page-text.ts), so everything in it is built for that reader:
// - pages and runs are <span>s (inline to the text model), with the space
//   between lines written out, so a passage reads on across lines and pages;
// - running heads and page numbers, and a hyphen that breaks a word at a
//   line end, carry ASIDE_ATTRIBUTE: shown, never read, no break in their place.
// Runs are placed in PDF units times the CSS variable --scale, so zooming
// changes one variable, not every run; a run holds as many of a line's items
// as stay where the PDF draws them (./runs.ts), not one element each.

import { ASIDE_ATTRIBUTE } from '../dom/page-text';
import type { PdfItem, PdfLine } from './lines';
import { ASCENT, ENDS_IN_HYPHEN, type PageModel } from './page-model';
import { planRuns, type RunPlan } from './runs';

export interface PageLayer {
  element: HTMLElement;
  /** Per line: its runs. A line has no element of its own: a page's lines were a fifth of its nodes. */
  lines: HTMLElement[][];
  /** Per line: the text node after it (" ", or "" where a broken word goes on). */
  separators: Text[];
  /** Per line: its closing hyphen, set apart, where the line ends in one. */
  hyphens: (HTMLElement | null)[];
  texts: string[];
}

const FONT = 'sans-serif';

export type Measure = (text: string, size: number) => number;

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

/** A run's box: at its first item, stretched over its items' width (or up to the next run). */
function runElement(doc: Document, first: PdfItem, plan: RunPlan, pageHeight: number) {
  const run = doc.createElement('span');
  run.className = 'cp-run';
  const size = Math.max(plan.height, 1);
  run.style.left = px(first.x);
  run.style.top = px(pageHeight - first.y - size * ASCENT);
  run.style.transform = `scale(${plan.scaleX.toFixed(4)}, ${(size / LAYER_SIZE).toFixed(4)})`;
  // In ems of the run's font, which is the layer's size: it follows the zoom as the font does.
  if (plan.wordSpacing !== 0)
    run.style.wordSpacing = `${(plan.wordSpacing / LAYER_SIZE).toFixed(4)}em`;
  return run;
}

const SCALE = /^scale\((-?[\d.]+), (-?[\d.]+)\)$/;

/** A run's type size in page units, from the scale its transform gives the layer's size. */
export function runSize(run: HTMLElement): number | null {
  const m = SCALE.exec(run.style.transform);
  return m ? Number(m[2]) * LAYER_SIZE : null;
}

/** A line's runs, with its closing hyphen set apart in the last where it ends in one. */
function lineRuns(
  doc: Document,
  items: readonly PdfItem[],
  line: PdfLine,
  pageHeight: number,
  measure: Measure,
) {
  const runs: HTMLElement[] = [];
  let hyphen: HTMLElement | null = null;
  for (const plan of planRuns(items, line, measure, LAYER_SIZE)) {
    const run = runElement(doc, items[line.items[plan.from]], plan, pageHeight);
    const endsLine = plan.to === line.items.length - 1;
    if (endsLine && ENDS_IN_HYPHEN.test(plan.text)) {
      hyphen = doc.createElement('span');
      hyphen.textContent = plan.text.slice(-1);
      run.append(plan.text.slice(0, -1), hyphen);
    } else {
      run.textContent = plan.text;
    }
    runs.push(run);
  }
  return { runs, hyphen: hyphen as HTMLElement | null };
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
    const built = lineRuns(doc, page.items, line, page.height, measure);
    const separator = doc.createTextNode(' ');
    element.append(...built.runs, separator);
    layer.lines.push(built.runs);
    layer.separators.push(separator);
    layer.hyphens.push(built.hyphen);
    layer.texts.push(line.text);
  }
  return layer;
}

/** Sets a running head or page number apart: still shown, no longer read. */
export function setApart(layer: PageLayer, line: number): void {
  for (const run of layer.lines[line] ?? []) run.setAttribute(ASIDE_ATTRIBUTE, '');
  // The read line before it brings its own space (or none, when its word goes on past it).
  if (layer.separators[line]) layer.separators[line].data = '';
}

/** Reads a word broken at line `line`'s end as one: its hyphen set apart, no space after. */
export function joinBrokenWord(layer: PageLayer, line: number): void {
  layer.hyphens[line]?.setAttribute(ASIDE_ATTRIBUTE, '');
  if (layer.separators[line]) layer.separators[line].data = '';
}

/** What the reading decided of the page's lines (set apart, joined), on its newly built layer. */
export function applyReading(layer: PageLayer, model: PageModel): void {
  model.aside.forEach((aside, line) => aside && setApart(layer, line));
  model.joined.forEach((joined, line) => joined && joinBrokenWord(layer, line));
}
