// Colour contrast by script (WCAG 2.x AA): the highlight tints generated from
// src/data/layers.json (src/shared/highlight-style.ts) under page text, the
// overlay's tokens (src/ui/overlay/styles/base.ts) for card text, and the
// non-text colours (underlines, markers, focus ring) against what they sit on.
import layers from '../../../src/data/layers.json';
import type { LayerRecord } from '../../../src/shared/dataset';
import { highlightCss } from '../../../src/shared/highlight-style';
import { BASE_CSS } from '../../../src/ui/overlay/styles/base';

type RGB = [number, number, number];
type RGBA = [number, number, number, number];
type Theme = 'light' | 'dark';

const hex = (h: string): RGB => {
  const s =
    h.length === 4
      ? h
          .slice(1)
          .split('')
          .map((c) => c + c)
          .join('')
      : h.slice(1);
  const n = parseInt(s, 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
};
const over = ([r, g, b, a]: RGBA, [R, G, B]: RGB): RGB => [
  r * a + R * (1 - a),
  g * a + G * (1 - a),
  b * a + B * (1 - a),
];
/** color-mix(in srgb, a p%, b). */
const mix = (a: RGB, p: number, b: RGB): RGB => over([...a, p], b);
const luminance = (c: RGB) => {
  const [r, g, b] = c.map((v) => {
    const x = v / 255;
    return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const contrast = (a: RGB, b: RGB) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};
const round = (x: number) => Math.round(x * 100) / 100;

/** Page colours the highlights are checked on: plain text on a light page and on a dark one (the dark mirror fixture's background). */
const PAGES: Record<Theme, { bg: RGB; text: RGB[] }> = {
  light: { bg: hex('#ffffff'), text: [hex('#000000'), hex('#333333')] },
  dark: { bg: hex('#16181d'), text: [hex('#dddddd'), hex('#d9d6cf')] },
};

/** Highlight name → its background tint (rgba), from the generated CSS. */
function tints(): Map<string, RGBA> {
  const out = new Map<string, RGBA>();
  for (const m of highlightCss(layers as LayerRecord[], '').matchAll(
    /::highlight\(([\w-]+)\) \{ background-color: rgba\((\d+), (\d+), (\d+), ([\d.]+)\)/g,
  )) {
    out.set(m[1]!, [Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5])]);
  }
  return out;
}

/** The overlay's tokens for a theme, from BASE_CSS. */
function tokens(theme: Theme): Record<string, RGB> {
  const block = BASE_CSS.match(new RegExp(`\\.cp-theme-${theme} \\{([^}]*)\\}`))?.[1] ?? '';
  return Object.fromEntries(
    [...block.matchAll(/--cp-([\w-]+): (#[0-9a-f]{3,6})\b/gi)].map((m) => [m[1]!, hex(m[2]!)]),
  );
}

const slug = (id: string) => id.replace(/[^a-z0-9-]/gi, '-');
const THEMES: Theme[] = ['light', 'dark'];

describe('highlights: page text stays readable over every tint (≥ 4.5:1)', () => {
  const all = tints();
  const rows = layers
    .flatMap((l) => THEMES.map((theme) => [l.id, theme] as const))
    .filter(([id, theme]) => all.has(`counterpoint-${slug(id)}${theme === 'dark' ? '-dark' : ''}`));

  test("the generator tints the stance layers and the reader's own", () => {
    expect(rows.map(([id]) => id)).toEqual(expect.arrayContaining(['critique', 'tribute', 'mine']));
  });

  test.each(rows)('%s on a %s page', (id, theme) => {
    const tint = all.get(`counterpoint-${slug(id)}${theme === 'dark' ? '-dark' : ''}`)!;
    const bg = over(tint, PAGES[theme].bg);
    for (const text of PAGES[theme].text)
      expect(round(contrast(text, bg))).toBeGreaterThanOrEqual(4.5);
  });
});

/**
 * Layers whose colour draws lines (underline, overline), markers and chips. "mine" draws none of these: its
 * highlight is a tint under the text (checked above for the text's contrast), and its colour is otherwise
 * decorative (the save button's star beside its label, the note editor's quote rule).
 */
const LINED = layers.filter((l) => l.kind !== 'mine');
const linedRows = LINED.flatMap((l) =>
  THEMES.map((theme) => [l.id, theme, l.color[theme as Theme]] as const),
);

describe('highlights and markers: layer colours against what they sit on (≥ 3:1, WCAG 1.4.11)', () => {
  const rows = linedRows;
  test.each(rows)(
    '%s (%s): underline on the page, marker ring and icon on the card background',
    (_id, theme, color) => {
      const c = hex(color);
      expect(round(contrast(c, PAGES[theme].bg))).toBeGreaterThanOrEqual(3);
      const t = tokens(theme);
      // .cp-marker: icon and 2px ring in the layer colour on --cp-bg; active: --cp-bg icon on the layer colour.
      expect(round(contrast(c, t.bg!))).toBeGreaterThanOrEqual(3);
    },
  );
});

describe('the card: text ≥ 4.5:1, focus ring ≥ 3:1', () => {
  test.each(THEMES)('%s theme', (theme) => {
    const t = tokens(theme);
    for (const k of [
      'bg',
      'fg',
      'muted',
      'surface',
      'accent',
      'accent-bg',
      'focus',
      'mark',
      'found',
      'close',
      'not-found',
    ])
      expect(t[k]).toBeDefined();
    const text: [string, RGB, RGB][] = [
      ['fg on bg', t.fg!, t.bg!],
      ['muted on bg', t.muted!, t.bg!],
      ['fg on surface', t.fg!, t.surface!],
      ['muted on surface', t.muted!, t.surface!],
      ['accent on bg', t.accent!, t.bg!],
      ['accent on accent-bg', t.accent!, t['accent-bg']!],
      ['fg on mark', t.fg!, t.mark!],
      ['found on bg', t.found!, t.bg!],
      ['close on bg', t.close!, t.bg!],
      ['not-found on bg', t['not-found']!, t.bg!],
    ];
    const failures = text
      .filter(([, a, b]) => contrast(a, b) < 4.5)
      .map(([n, a, b]) => `${n}: ${round(contrast(a, b))}`);
    // The focus ring (2px outline, offset 2px) is drawn on the card, and on the page around a marker.
    for (const [n, bg] of [
      ['card', t.bg!],
      ['surface', t.surface!],
      ['page', PAGES[theme].bg],
    ] as const) {
      if (contrast(t.focus!, bg) < 3)
        failures.push(`focus ring on ${n}: ${round(contrast(t.focus!, bg))}`);
    }
    expect(failures).toEqual([]);
  });

  test.each(linedRows)('%s chip (%s): text ≥ 4.5:1', (_id, theme, color) => {
    const t = tokens(theme);
    const c = hex(color);
    // .cp-chip: --cp-fg on color-mix(layer 9%, --cp-bg); .cp-chip-strong and the active marker: --cp-bg on the layer colour.
    expect(round(contrast(t.fg!, mix(c, 0.09, t.bg!)))).toBeGreaterThanOrEqual(4.5);
    expect(round(contrast(t.bg!, c))).toBeGreaterThanOrEqual(4.5);
  });
});
