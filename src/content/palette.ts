// Light or dark page: read from the computed background behind the text, the
// first opaque one from <body> up (a transparent page shows the canvas: light).

function parseRgb(color: string): [number, number, number, number] | null {
  const m = /rgba?\(([^)]+)\)/.exec(color);
  if (!m) return null;
  const [r, g, b, a = 1] = m[1]
    .split(/[\s,/]+/)
    .filter(Boolean)
    .map(Number);
  return [r, g, b, a];
}

/** Relative luminance (WCAG 2), 0..1. */
function luminance(r: number, g: number, b: number): number {
  const lin = (c: number) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

export function pageTheme(doc: Document): 'light' | 'dark' {
  const view = doc.defaultView;
  if (!view) return 'light';
  for (const el of [doc.body, doc.documentElement]) {
    if (!el) continue;
    const rgba = parseRgb(view.getComputedStyle(el).backgroundColor);
    if (rgba && rgba[3] > 0.5) return luminance(rgba[0], rgba[1], rgba[2]) < 0.2 ? 'dark' : 'light';
  }
  return 'light';
}
