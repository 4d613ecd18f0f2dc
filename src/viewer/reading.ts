// The PDF's text as one reading, page by page as extraction delivers them:
// running heads and page numbers are set apart as soon as a second page shows
// them, and a word broken at a page's last line is joined once the next page
// is known, so each page's joins are settled one page late (or at the end).

import { RunningHeads, linesToJoin, type PdfLine } from './lines';
import { joinBrokenWord, setApart, type PageLayer } from './text-layer';

export class Reading {
  private readonly heads = new RunningHeads();
  private readonly layers: PageLayer[] = [];

  /** Page `index` (0-based) arrived with its lines and built layer. */
  add(index: number, lines: readonly PdfLine[], layer: PageLayer): void {
    this.layers[index] = layer;
    for (const { page, line } of this.heads.add(index, lines)) {
      const target = this.layers[page];
      if (target) setApart(target, line);
    }
    if (index > 0 && this.layers[index - 1]) this.settle(index - 1, this.firstRead(index));
  }

  /** No page follows `last`: its joins are settled within it. */
  end(last: number): void {
    if (this.layers[last]) this.settle(last, null);
  }

  private firstRead(index: number): string | null {
    const layer = this.layers[index];
    const line = layer.texts.findIndex((_, i) => !this.heads.isRunning(index, i));
    return line < 0 ? null : layer.texts[line];
  }

  private settle(index: number, nextPageFirst: string | null): void {
    const layer = this.layers[index];
    const running = (line: number) => this.heads.isRunning(index, line);
    for (const line of linesToJoin(layer.texts, running, nextPageFirst))
      joinBrokenWord(layer, line);
  }
}
