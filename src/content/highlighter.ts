// Paints matches with the CSS Custom Highlight API: one named Highlight per
// kind, registered in the page's registry; page text is never wrapped or split.

export const HIGHLIGHT_PREFIX = 'counterpoint-';

type HighlightCtor = new (...ranges: Range[]) => unknown;
interface HighlightRegistry {
  set(name: string, highlight: unknown): void;
  delete(name: string): boolean;
}

function registry(): { Highlight: HighlightCtor; highlights: HighlightRegistry } | null {
  const css = globalThis.CSS as unknown as { highlights?: HighlightRegistry } | undefined;
  const Highlight = (globalThis as unknown as { Highlight?: HighlightCtor }).Highlight;
  return css?.highlights && Highlight ? { Highlight, highlights: css.highlights } : null;
}

export function paint(name: string, ranges: Range[]): boolean {
  const api = registry();
  if (!api) return false;
  if (ranges.length === 0) api.highlights.delete(HIGHLIGHT_PREFIX + name);
  else api.highlights.set(HIGHLIGHT_PREFIX + name, new api.Highlight(...ranges));
  return true;
}
