// A page's text without its layer (pure: runs in Node): its lines, what the
// reading decided of them (set apart, joined to the next), what the page text
// model reads from its layer, and where each line sits. A page far from view
// keeps only this (./text-layers.ts): its read text in one node, its runs made
// again when it comes near.

import type { PdfItem, PdfLine } from './lines';

export interface PageModel {
  /** 1-based. */
  readonly number: number;
  /** In page units. */
  readonly height: number;
  /** Per line: its text. */
  readonly texts: readonly string[];
  /** Per line: a running head or page number, shown but not read. */
  readonly aside: boolean[];
  /** Per line: its last word goes on at the next read line (its closing hyphen set apart). */
  readonly joined: boolean[];
  /** Per line: top, left and type size in page units (three numbers a line). */
  readonly places: Float32Array;
}

/** The share of a font's size above its baseline, for placing a line's box. */
export const ASCENT = 0.8;

/** A line's closing hyphen: the text layer sets it apart when the word goes on (text-layer.ts). */
export const ENDS_IN_HYPHEN = /[-\u00ad\u2010]$/;

export function pageModel(
  number: number,
  height: number,
  items: readonly PdfItem[],
  lines: readonly PdfLine[],
): PageModel {
  const places = new Float32Array(lines.length * 3);
  lines.forEach((line, i) => {
    const first = items[line.items[0]];
    const size = Math.max(line.height, 1);
    places.set([height - first.y - size * ASCENT, first.x, size], i * 3);
  });
  return {
    number,
    height,
    texts: lines.map((l) => l.text),
    aside: lines.map(() => false),
    joined: lines.map(() => false),
    places,
  };
}

/** What line `line` reads: nothing when set apart; else its text, then a space unless its word goes on. */
function lineReads(model: PageModel, line: number): string {
  if (model.aside[line]) return '';
  const text = model.texts[line];
  if (!model.joined[line]) return `${text} `;
  return ENDS_IN_HYPHEN.test(text) ? text.slice(0, -1) : text;
}

/** The page's text as the page text model reads its built layer (tests/dom/viewer checks both agree). */
export function readText(model: PageModel): string {
  return model.texts.map((_, line) => lineReads(model, line)).join('');
}

/** How many characters line `line` reads: `lineReads(model, line).length`, without making it. */
function readLength(model: PageModel, line: number): number {
  if (model.aside[line]) return 0;
  const text = model.texts[line];
  if (!model.joined[line]) return text.length + 1;
  return ENDS_IN_HYPHEN.test(text) ? text.length - 1 : text.length;
}

/** The line whose read text holds `offset` of `readText(model)` (the last read line past the end). */
export function lineAt(model: PageModel, offset: number): number {
  let at = 0;
  let last = 0;
  for (let line = 0; line < model.texts.length; line += 1) {
    const length = readLength(model, line);
    if (length === 0) continue;
    last = line;
    at += length;
    if (offset < at) return line;
  }
  return last;
}

/** Where a line sits on its page, in page units: its box's top and left, and its type size. */
export interface LinePlace {
  top: number;
  left: number;
  size: number;
}

/** Line `line`'s place. */
export function placeOf(model: PageModel, line: number): LinePlace {
  const [top, left, size] = model.places.subarray(line * 3, line * 3 + 3);
  return { top, left, size };
}
