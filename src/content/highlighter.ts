// Paints ranges with the CSS Custom Highlight API: one named Highlight per
// layer, registered in the document's registry. Page text is never wrapped,
// split or restyled; content.css gives each name its colour and underline.

type HighlightCtor = new (...ranges: Range[]) => { priority: number };
interface HighlightRegistry {
  set(name: string, highlight: unknown): void;
  delete(name: string): boolean;
}

function registryOf(
  doc: Document,
): { Highlight: HighlightCtor; highlights: HighlightRegistry } | null {
  const view = doc.defaultView as unknown as {
    CSS?: { highlights?: HighlightRegistry };
    Highlight?: HighlightCtor;
  } | null;
  const highlights = view?.CSS?.highlights;
  return highlights && view?.Highlight ? { Highlight: view.Highlight, highlights } : null;
}

export class Highlighter {
  private painted = new Set<string>();

  constructor(private readonly doc: Document) {}

  get supported(): boolean {
    return registryOf(this.doc) !== null;
  }

  /**
   * Registers exactly the given highlights (name → ranges), removing ours that
   * are not listed. `priority` orders overlaps: stance over theme over the rest.
   */
  paint(byName: Map<string, { ranges: Range[]; priority: number }>): void {
    const api = registryOf(this.doc);
    if (!api) return;
    for (const name of this.painted) if (!byName.has(name)) api.highlights.delete(name);
    this.painted = new Set();
    for (const [name, { ranges, priority }] of byName) {
      if (ranges.length === 0) {
        api.highlights.delete(name);
        continue;
      }
      const highlight = new api.Highlight(...ranges);
      highlight.priority = priority;
      api.highlights.set(name, highlight);
      this.painted.add(name);
    }
  }

  clear(): void {
    this.paint(new Map());
  }
}
