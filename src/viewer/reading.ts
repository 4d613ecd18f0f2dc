// The PDF's text as one reading, page by page as extraction delivers them:
// running heads and page numbers are set apart as soon as a second page shows
// them, and a word broken at a page's last line is joined once the next page
// is known, so each page's joins are settled one page late (or at the end).

import { RunningHeads, linesToJoin } from './lines';

/** Where the reading's decisions go: the pages' text layers (text-layers.ts), whatever their form. */
export interface ReadPages {
  setApart(page: number, line: number): void;
  join(page: number, line: number): void;
}

export class Reading {
  private readonly heads = new RunningHeads();
  private readonly texts: (readonly string[])[] = [];

  constructor(private readonly pages: ReadPages) {}

  /** Page `index` (0-based) arrived with its lines' texts. */
  add(index: number, lines: readonly { text: string }[]): void {
    this.texts[index] = lines.map((l) => l.text);
    for (const { page, line } of this.heads.add(index, lines))
      if (this.texts[page]) this.pages.setApart(page, line);
    if (index > 0 && this.texts[index - 1]) this.settle(index - 1, this.firstRead(index));
  }

  /** No page follows `last`: its joins are settled within it. */
  end(last: number): void {
    if (this.texts[last]) this.settle(last, null);
  }

  private firstRead(index: number): string | null {
    const texts = this.texts[index];
    const line = texts.findIndex((_, i) => !this.heads.isRunning(index, i));
    return line < 0 ? null : texts[line];
  }

  private settle(index: number, nextPageFirst: string | null): void {
    const running = (line: number) => this.heads.isRunning(index, line);
    for (const line of linesToJoin(this.texts[index], running, nextPageFirst))
      this.pages.join(index, line);
  }
}
