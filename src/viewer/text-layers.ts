// Which pages hold their text layer. A page near the viewport has its runs
// (text-layer.ts), placed over its canvas for selecting and highlighting; a
// page far from it holds its read text in one transparent text node, which
// the page text model reads the same (page-model.ts readText), and the
// browser's find finds. Runs are made when
// a page comes near (its items asked of the PDF host again) and let go when it
// is far and more than KEPT_LAYERS pages have theirs, so the DOM a book keeps
// follows the pages on screen, not its length (as pdf.js's viewer keeps a
// buffer of ten pages). On a 1,440-page book a run per page's worth of DOM
// made V8's full collection 42–58 ms of one task (docs/benchmarks.md).

import { groupLines, type PdfItem, type PdfLine } from './lines';
import { lineAt, pageModel, placeOf, readText, type PageModel } from './page-model';
import {
  applyReading,
  buildTextLayer,
  joinBrokenWord,
  setApart,
  type Measure,
  type PageLayer,
} from './text-layer';

/** Pages that keep their runs at most, the ones near the viewport first. */
export const KEPT_LAYERS = 12;

interface Entry {
  model: PageModel;
  /** The page's `.cp-text-layer` element, whichever form it has (none until it is first made). */
  element: HTMLElement | null;
  /** Its runs, while the page has them. */
  layer: PageLayer | null;
  /** Its read text, while it has no runs. */
  text: Text | null;
  /** The runs asked for and not yet in. */
  making: boolean;
}

/** Where the viewer reads a page's text from again: the PDF host. */
export interface PageSource {
  page(number: number): Promise<{ items: PdfItem[] }>;
}

export class TextLayers {
  private readonly entries: Entry[] = [];
  /** Each page's read text node, to its page (0-based). */
  private readonly pageOfText = new WeakMap<Text, number>();
  /** Pages without runs whose lines the reading decided on: read again once, after the decisions. */
  private readonly stale = new Set<Entry>();
  /** A page's text changed form (runs in, runs out): ranges into the old form are stale. */
  onSwapped: () => void = () => undefined;

  constructor(
    private readonly doc: Document,
    private readonly source: PageSource,
    private readonly measure: Measure,
    private readonly isNear: (index: number) => boolean,
  ) {}

  /** Page `index` (0-based) read: its layer goes into `shell`, with runs if the page is near. */
  add(
    index: number,
    shell: HTMLElement,
    page: { height: number; items: readonly PdfItem[]; lines: readonly PdfLine[] },
  ): void {
    const model = pageModel(index + 1, page.height, page.items, page.lines);
    const entry: Entry = { model, element: null, layer: null, text: null, making: false };
    this.entries[index] = entry;
    entry.element = this.isNear(index) ? this.withRuns(entry, page) : this.withText(entry);
    shell.append(entry.element);
  }

  /** Sets line `line` of page `index` apart from the reading (a running head, a page number). */
  setApart(index: number, line: number): void {
    this.decide(index, line, 'aside');
  }

  /** Reads line `line`'s last word of page `index` on into the next line's first. */
  join(index: number, line: number): void {
    this.decide(index, line, 'joined');
  }

  /** A decision of the reading on a line: kept in the page's model, shown in its form now. */
  private decide(index: number, line: number, decision: 'aside' | 'joined'): void {
    const entry = this.entries[index];
    if (!entry) return;
    entry.model[decision][line] = true;
    if (!entry.layer) this.reread(entry);
    else if (decision === 'aside') setApart(entry.layer, line);
    else joinBrokenWord(entry.layer, line);
  }

  /** Pages came near: each gets its runs; then pages far from view beyond KEPT_LAYERS lose theirs. */
  async near(indexes: readonly number[]): Promise<void> {
    await Promise.all(indexes.map((i) => this.makeRuns(i)));
    this.releaseFarthest(indexes[0] ?? 0);
  }

  /** Where a range starting at (`node`, `offset`) lies on a page that has no runs: page and line box. */
  placeInText(node: Node, offset: number) {
    const index = node.nodeType === 3 ? this.pageOfText.get(node as Text) : undefined;
    const entry = index === undefined ? undefined : this.entries[index];
    if (!entry) return null;
    return { index: index!, ...placeOf(entry.model, lineAt(entry.model, offset)) };
  }

  private async makeRuns(index: number): Promise<void> {
    const entry = this.entries[index];
    if (!entry || entry.layer || entry.making) return;
    entry.making = true;
    try {
      const { items } = await this.source.page(entry.model.number);
      if (this.entries[index] !== entry || entry.layer) return;
      const page = { height: entry.model.height, items, lines: groupLines(items) };
      this.swap(entry, this.withRuns(entry, page));
    } catch {
      // The PDF closed meanwhile (another opened): nothing is shown of it any more.
    } finally {
      entry.making = false;
    }
  }

  private releaseFarthest(near: number): void {
    const kept = this.entries
      .map((entry, index) => ({ entry, index }))
      .filter(({ entry }) => entry?.layer);
    const far = kept.filter(({ index }) => !this.isNear(index));
    far.sort((a, b) => Math.abs(b.index - near) - Math.abs(a.index - near));
    for (const { entry } of far.slice(0, Math.max(0, kept.length - KEPT_LAYERS)))
      this.swap(entry, this.withText(entry));
  }

  private withRuns(
    entry: Entry,
    page: { height: number; items: readonly PdfItem[]; lines: readonly PdfLine[] },
  ): HTMLElement {
    const layer = buildTextLayer(this.doc, { number: entry.model.number, ...page }, this.measure);
    applyReading(layer, entry.model);
    entry.layer = layer;
    entry.text = null;
    return layer.element;
  }

  private withText(entry: Entry): HTMLElement {
    const element = this.doc.createElement('span');
    element.className = 'cp-text-layer cp-text-only';
    element.dataset.page = String(entry.model.number);
    const text = this.doc.createTextNode(readText(entry.model));
    this.pageOfText.set(text, entry.model.number - 1);
    element.append(text);
    entry.layer = null;
    entry.text = text;
    return element;
  }

  private swap(entry: Entry, element: HTMLElement): void {
    entry.element?.replaceWith(element);
    entry.element = element;
    this.onSwapped();
  }

  /**
   * A page without runs reads its text again after the decisions on its lines, in a microtask: a
   * page's heads, number and joins come in one step of the reading, one read for all of them.
   */
  private reread(entry: Entry): void {
    if (this.stale.size === 0) queueMicrotask(() => this.readStale());
    this.stale.add(entry);
  }

  private readStale(): void {
    for (const entry of this.stale) if (entry.text) entry.text.data = readText(entry.model);
    this.stale.clear();
  }
}
