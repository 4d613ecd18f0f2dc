// A line's text items set as few runs as keep each item where the PDF draws
// it (pure: runs in Node). A justified line printed by a browser is an item
// per word and one per wide space; a run per item made 4.6 runs a line and
// 237 nodes a page, which every style pass and every full garbage collection
// walks (on a 1,056-page book, 63–75 ms of one task; docs/benchmarks.md). A
// run of several items is stretched to their width by its transform (the
// glyphs) and its word spacing (the gaps), and is only made while every item
// in it stays within MAX_DRIFT of its place.

import type { PdfItem, PdfLine } from './lines';

type Measure = (text: string, size: number) => number;

export interface RunPlan {
  /** The run's items: positions in the line's `items`, first to last. */
  from: number;
  to: number;
  /** What it reads: its items, with the spaces the line reads between and after them. */
  text: string;
  /** Horizontal scale from the text at the layer's size to the page. */
  scaleX: number;
  /** Extra width of each space, in layer units at the layer's size (before `scaleX`). */
  wordSpacing: number;
  /** Its type size in page units: its tallest item's. */
  height: number;
}

/** How far (in the font's size) an item may land from where the PDF draws it in a shared run. */
export const MAX_DRIFT = 0.2;
/** Items further apart than this many font sizes are in different runs (a column's gap). */
const MAX_GAP = 2;

const SPACES = / /g;
const spacesIn = (s: string) => s.match(SPACES)?.length ?? 0;

interface Line {
  items: readonly PdfItem[];
  line: PdfLine;
  measure: Measure;
  size: number;
}

/** Item k's text in the line, with the space read after it, if any. */
function pieceOf({ items, line }: Line, k: number): string {
  return items[line.items[k]].str + (line.spaceBefore[k + 1] ? ' ' : '');
}

const isBlank = (item: PdfItem) => item.str.trim() === '';

/**
 * How far item k's run reaches from the item's start: on over its space to the next item when that
 * is close (`onward`), else to its own end. A space's own item covers its space by itself.
 */
function reachOf(l: Line, k: number, height: number) {
  const { items, line } = l;
  const item = items[line.items[k]];
  const piece = pieceOf(l, k);
  const next = k + 1 < line.items.length ? items[line.items[k + 1]] : null;
  const gap = next ? next.x - (item.x + item.width) : -1;
  const close = next !== null && gap >= 0 && gap < 2 * height;
  if (!/\s$/.test(piece)) return { reach: item.width, onward: false };
  return close
    ? { reach: next.x - item.x, onward: true }
    : { reach: item.width, onward: isBlank(item) };
}

/** Items `from`..`to` as one run, or null when one of them would land too far from its place. */
function fitRun(l: Line, from: number, to: number): RunPlan | null {
  const { items, line, measure, size } = l;
  const at = (k: number) => items[line.items[k]];
  const x0 = at(from).x;
  let text = '';
  let glyphs = 0;
  let width = 0;
  for (let k = from; k <= to; k += 1) {
    text += pieceOf(l, k);
    // A space's own item (pdf.js gives one for a wide gap) has no size, and a box of no use.
    if (isBlank(at(k))) continue;
    glyphs += measure(at(k).str, size);
    width += at(k).width;
  }
  const height = runHeight(l, from, to);
  const end = reachOf(l, to, Math.max(height, 1));
  // Page units from the run's start to where it reaches (the next run, or its own end).
  const reach = at(to).x - x0 + end.reach;
  const natural = measure(text, size);
  if (from === to || glyphs <= 0) {
    const scaleX = natural > 0 && reach > 0 ? reach / natural : 1;
    return { from, to, text, scaleX, wordSpacing: 0, height };
  }
  // The glyphs take the items' own widths; the spaces take the rest of the reach (a space the
  // run ends in counts only when the run reaches over it).
  const scaleX = width / glyphs;
  const spanned = end.onward ? text : text.trimEnd();
  const spaces = spacesIn(spanned);
  const wordSpacing = spaces > 0 ? (reach / scaleX - measure(spanned, size)) / spaces : 0;
  const plan = { from, to, text, scaleX, wordSpacing, height };
  return drift(l, plan) <= MAX_DRIFT * plan.height ? plan : null;
}

/** Items `from`..`to`'s type size in page units: the tallest's. */
function runHeight({ items, line }: Line, from: number, to: number): number {
  let height = 0;
  for (let k = from; k <= to; k += 1) height = Math.max(height, items[line.items[k]].height);
  return height;
}

/** The farthest any item of the run lands from its place in the PDF, at either end. */
function drift(l: Line, plan: RunPlan): number {
  const { items, line, measure, size } = l;
  const x0 = items[line.items[plan.from]].x;
  const place = (s: string) => plan.scaleX * (measure(s, size) + spacesIn(s) * plan.wordSpacing);
  let start = 0;
  let worst = 0;
  for (let k = plan.from; k <= plan.to; k += 1) {
    const item = items[line.items[k]];
    if (!isBlank(item)) {
      const end = start + place(item.str);
      const off = Math.max(
        Math.abs(start - (item.x - x0)),
        Math.abs(end - (item.x + item.width - x0)),
      );
      worst = Math.max(worst, off);
    }
    start += place(pieceOf(l, k));
  }
  return worst;
}

/**
 * Whether item k can go on the run `from`..k-1: a space, or text of the same size on the same
 * baseline as the run's last text, with no column's gap between them.
 */
function continues({ items, line }: Line, from: number, k: number): boolean {
  const item = items[line.items[k]];
  let j = k - 1;
  while (j > from && isBlank(items[line.items[j]])) j -= 1;
  const prev = items[line.items[j]];
  if (isBlank(prev)) return true;
  const h = prev.height;
  if (Math.abs(item.y - prev.y) > 0.05 * h) return false;
  if (isBlank(item)) return true;
  const gap = item.x - (prev.x + prev.width);
  return Math.abs(item.height - h) <= 0.01 * h && gap >= -0.1 * h && gap < MAX_GAP * h;
}

/** The line's runs, left to right: each as long as its items stay in place. */
export function planRuns(
  items: readonly PdfItem[],
  line: PdfLine,
  measure: Measure,
  size: number,
): RunPlan[] {
  const l: Line = { items, line, measure, size };
  const runs: RunPlan[] = [];
  let current = fitRun(l, 0, 0)!;
  for (let k = 1; k < line.items.length; k += 1) {
    const longer = continues(l, current.from, k) ? fitRun(l, current.from, k) : null;
    if (longer) current = longer;
    else {
      runs.push(current);
      current = fitRun(l, k, k)!;
    }
  }
  runs.push(current);
  return runs;
}
