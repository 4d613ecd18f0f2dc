// The page text model: one pass over the DOM gives the visible text as one
// string plus a sorted map from string offsets back to text nodes. Blocks and
// <br> become line breaks; scripts, styles, form fields, editable regions,
// hidden subtrees, footnote markers, our own UI and text set aside are left out.

import { ChunkedText } from './chunked-text';

const BLOCKS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BR',
  'CAPTION',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
]);
const SKIPPED = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'BUTTON',
  'SVG',
  'svg',
  'CANVAS',
  'IFRAME',
  'OBJECT',
  'HEAD',
  'TITLE',
  'MATH',
]);
/** Marks our own UI hosts so that re-scans never read them. */
export const UI_ATTRIBUTE = 'data-counterpoint-ui';
/**
 * Marks text we show but do not read, without a break in its place: the PDF viewer's running
 * heads, page numbers and the hyphens of words broken at a line end (src/viewer/text-layer.ts).
 */
export const ASIDE_ATTRIBUTE = 'data-counterpoint-aside';
const FOOTNOTE_MAX_CHARS = 4;

export interface PageText {
  /** The whole text (a long page joins its pieces on first use: prefer `pieces` for windows of it). */
  readonly text: string;
  /** The same text as the pieces it was collected in. */
  readonly pieces: ChunkedText;
  nodes: Text[];
  /** starts[i] is the offset of nodes[i] in text; increasing. */
  starts: number[];
}

function isFootnoteMarker(el: Element): boolean {
  return el.tagName === 'SUP' && (el.textContent ?? '').trim().length <= FOOTNOTE_MAX_CHARS;
}

function isEditable(el: Element): boolean {
  const v = el.getAttribute('contenteditable');
  return v !== null && v !== 'false';
}

const HIDING_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

// Called for every element of the page: attribute reads only, and none at all
// for the common element without attributes (reading .style would build a
// CSSStyleDeclaration per element).
function isSkipped(el: Element): boolean {
  if (SKIPPED.has(el.tagName) || (el.tagName === 'SUP' && isFootnoteMarker(el))) return true;
  if (!el.hasAttributes()) return false;
  if (el.hasAttribute(UI_ATTRIBUTE) || el.hasAttribute('hidden') || isEditable(el)) return true;
  if (el.hasAttribute(ASIDE_ATTRIBUTE)) return true;
  const style = el.getAttribute('style');
  return style !== null && HIDING_STYLE.test(style);
}

/** Parts joined into one chunk as the walk goes; the chunks are joined only when the whole text is asked for. */
const PARTS_PER_CHUNK = 2048;

class TextCollector {
  private parts: string[] = [];
  private readonly chunks: string[] = [];
  readonly nodes: Text[] = [];
  readonly starts: number[] = [];
  length = 0;
  private endsWithBreak = true;

  /** The text so far, in pieces. */
  pieces(): ChunkedText {
    if (this.parts.length > 0) {
      this.chunks.push(this.parts.join(''));
      this.parts = [];
    }
    return new ChunkedText(this.chunks);
  }

  text(node: Text): void {
    const data = node.data;
    if (data.length === 0) return;
    this.nodes.push(node);
    this.starts.push(this.length);
    this.append(data);
    this.endsWithBreak = false;
  }

  lineBreak(): void {
    if (this.endsWithBreak) return;
    this.append('\n');
    this.endsWithBreak = true;
  }

  private append(s: string): void {
    this.parts.push(s);
    this.length += s.length;
    if (this.parts.length === PARTS_PER_CHUNK) {
      this.chunks.push(this.parts.join(''));
      this.parts = [];
    }
  }
}

/** How many nodes the walker visits between two checks of its time budget. */
const NODES_PER_CHECK = 128;

/**
 * A resumable walk: `walk(more)` goes on while `more()` says so (asked every
 * few hundred nodes), so a content script can yield to the page between slices.
 * Each element's tag is read once, on the way in: a stack of "is a block" flags
 * says, on the way out, whether leaving it ends a line (property reads on DOM
 * nodes are the walk's main cost, more so in a content script's fresh world).
 */
export class PageTextWalker {
  private readonly out = new TextCollector();
  private node: Node | null;
  private readonly blocks: boolean[] = [];

  constructor(root: Node) {
    this.node = root.firstChild;
  }

  /** Walks on; true when the whole tree has been read. */
  walk(more: () => boolean = () => true): boolean {
    const { out, blocks } = this;
    let node = this.node;
    let budget = NODES_PER_CHECK;
    while (node) {
      if (--budget === 0) {
        if (!more()) break;
        budget = NODES_PER_CHECK;
      }
      const type = node.nodeType;
      if (type === 3) {
        out.text(node as Text);
      } else if (type === 1) {
        const el = node as Element;
        const block = BLOCKS.has(el.tagName);
        if (!isSkipped(el)) {
          if (block) out.lineBreak();
          const child = el.firstChild;
          if (child) {
            blocks.push(block);
            node = child;
            continue;
          }
        } else if (block || el.hasAttribute(UI_ATTRIBUTE)) {
          // A skipped block (or our own UI) still separates the text around it.
          out.lineBreak();
        }
      }
      node = this.leave(node);
    }
    this.node = node;
    return node === null;
  }

  /** The next node after `node` and its subtree: its sibling, or the sibling of the nearest ancestor that has one. */
  private leave(node: Node): Node | null {
    let n: Node = node;
    for (;;) {
      const next = n.nextSibling;
      if (next) return next;
      if (this.blocks.length === 0) return null;
      if (this.blocks.pop()) this.out.lineBreak();
      n = n.parentNode!;
    }
  }

  result(): PageText {
    const pieces = this.out.pieces();
    return {
      get text() {
        return pieces.text;
      },
      pieces,
      nodes: this.out.nodes,
      starts: this.out.starts,
    };
  }
}

export function extractPageText(root: Node): PageText {
  const walker = new PageTextWalker(root);
  walker.walk();
  return walker.result();
}

/** Index of the last node that starts at or before `offset`, or -1. */
function nodeIndexAt(starts: number[], offset: number): number {
  let lo = 0,
    hi = starts.length - 1,
    found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid] <= offset) [found, lo] = [mid, mid + 1];
    else hi = mid - 1;
  }
  return found;
}

/** The text node and offset inside it for a text offset; an end offset stays with the character before it. */
function pointAt(
  page: PageText,
  offset: number,
  isEnd = false,
): { node: Text; offset: number } | null {
  const { starts, nodes } = page;
  if (nodes.length === 0) return null;
  const i = Math.max(0, nodeIndexAt(starts, isEnd ? offset - 1 : offset));
  const inNode = Math.max(0, offset - starts[i]);
  if (!isEnd && inNode >= nodes[i].data.length && i + 1 < nodes.length)
    return { node: nodes[i + 1], offset: 0 };
  return { node: nodes[i], offset: Math.min(inNode, nodes[i].data.length) };
}

/** A DOM Range over [start, end) of the page text. */
export function rangeFor(page: PageText, start: number, end: number): Range | null {
  const a = pointAt(page, start);
  const b = pointAt(page, end, true);
  if (!a || !b) return null;
  const range = a.node.ownerDocument!.createRange();
  range.setStart(a.node, a.offset);
  range.setEnd(b.node, b.offset);
  return range;
}

const nodeIndexes = new WeakMap<PageText, Map<Text, number>>();

/** The page-text offset of a DOM point, or null when the point is not in the text model (our UI, a skipped subtree). */
export function offsetOf(page: PageText, node: Node, offset: number): number | null {
  let index = nodeIndexes.get(page);
  if (!index) {
    index = new Map(page.nodes.map((n, i) => [n, i]));
    nodeIndexes.set(page, index);
  }
  if (node.nodeType === 3) {
    const i = index.get(node as Text);
    return i === undefined ? null : page.starts[i] + Math.min(offset, (node as Text).data.length);
  }
  // An element point: before its offset-th child, or after its last child.
  const child = node.childNodes[offset];
  const texts = textsIn(child ?? node, index);
  if (texts.length === 0) return null;
  if (child) return page.starts[texts[0]];
  const last = texts[texts.length - 1];
  return page.starts[last] + page.nodes[last].data.length;
}

/** Indexes of the modelled text nodes in a subtree, in order. */
function textsIn(root: Node, index: Map<Text, number>): number[] {
  if (root.nodeType === 3) return index.has(root as Text) ? [index.get(root as Text)!] : [];
  const out: number[] = [];
  const walker = root.ownerDocument!.createTreeWalker(root, 4);
  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    const i = index.get(t as Text);
    if (i !== undefined) out.push(i);
  }
  return out;
}
