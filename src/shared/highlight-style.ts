// How a layer's highlight looks: the one rule behind the ::highlight() CSS the
// build generates for the bundled layers (content.css), the CSS the background
// inserts for packs and restyled layers, and the options page's samples.

import type { LayerKind, LayerRecord } from './dataset';

export type HighlightTheme = 'light' | 'dark';

/** CSS declarations as [property, value] pairs, in order. */
export type Declarations = [property: string, value: string][];

/**
 * Where the rules attach, per browser build. Chromium resolves an unscoped ::highlight() rule on
 * every element at each style recalc (about 3× the style time of a 10 MB page, measured); on :root
 * the highlight cascade carries it to every descendant (Chromium 102+). Firefox 140 has no
 * highlight inheritance, so there the rules stay unscoped.
 */
export const HIGHLIGHT_SCOPE = { chrome: ':root', firefox: '' } as const;

function rgba(hex: string, alpha: number): string {
  const n = parseInt(hex.slice(1), 16);
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`;
}

const lowUnderline = (underline: string, color: string): Declarations => [
  ['text-decoration', `underline ${underline} ${color}`],
  ['text-decoration-thickness', '2px'],
  ['text-underline-offset', '5px'],
];

/**
 * Stance layers tint and underline close to the text; themes underline lower; sources overline;
 * the reader's own tint only. `secondStance`: a passage's second stance (a "mixed" paragraph)
 * draws its underline only, lower, so two tints never blend to grey.
 */
export function highlightDeclarations(
  kind: LayerKind,
  color: string,
  underline: string,
  theme: HighlightTheme,
  secondStance = false,
): Declarations {
  if (kind === 'stance' && !secondStance) {
    return [
      ['background-color', rgba(color, theme === 'dark' ? 0.24 : 0.14)],
      ['text-decoration', `underline ${underline} ${color}`],
      ['text-decoration-thickness', '2px'],
      ['text-underline-offset', '2px'],
    ];
  }
  if (kind === 'sources')
    return [
      ['text-decoration', `overline ${underline} ${color}`],
      ['text-decoration-thickness', '1px'],
    ];
  if (kind === 'mine') return [['background-color', rgba(color, theme === 'dark' ? 0.32 : 0.38)]];
  return lowUnderline(underline, color);
}

/** A layer's id as a CSS identifier: the part of its highlight names after `counterpoint-` (':' cannot be in one). */
export const layerSlug = (id: string) => id.replace(/[^a-z0-9-]/gi, '-');
const slug = layerSlug;
/** What a layer's highlight names may add to its slug: the second-stance line and the dark page. */
export const HIGHLIGHT_SUFFIXES = ['-line', '-dark'] as const;
const ruleText = (selector: string, d: Declarations) =>
  `${selector} { ${d.map(([p, v]) => `${p}: ${v}`).join('; ')}; }`;

/**
 * A layer's rules, light and dark: counterpoint-<layer>[-dark], and for a stance layer its
 * counterpoint-<layer>-line[-dark] second-stance names too, so the content script switches
 * palettes by name and never injects styles.
 */
export function layerHighlightRules(
  layer: Pick<LayerRecord, 'id' | 'kind'>,
  color: LayerRecord['color'],
  underline: string,
  scope: string,
): string[] {
  const rules: string[] = [];
  for (const theme of ['light', 'dark'] as const) {
    const dark = theme === 'dark' ? '-dark' : '';
    const name = `counterpoint-${slug(layer.id)}`;
    rules.push(
      ruleText(
        `${scope}::highlight(${name}${dark})`,
        highlightDeclarations(layer.kind, color[theme], underline, theme),
      ),
    );
    if (layer.kind === 'stance') {
      rules.push(
        ruleText(
          `${scope}::highlight(${name}-line${dark})`,
          highlightDeclarations(layer.kind, color[theme], underline, theme, true),
        ),
      );
    }
  }
  return rules;
}

/** The generated stylesheet for `layers` (the bundled ones, at build time). */
export function highlightCss(
  layers: readonly Pick<LayerRecord, 'id' | 'kind' | 'color' | 'underline'>[],
  scope: string,
): string {
  const rules = layers.flatMap((l) => layerHighlightRules(l, l.color, l.underline, scope));
  return `/* Generated from src/data/layers.json by src/shared/highlight-style.ts. */\n${rules.join('\n')}\n`;
}
