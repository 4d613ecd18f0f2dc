// CSS for layers that content.css does not style (imported packs) and for the
// reader's own colours, inserted into a frame by the background (no DOM change
// in the page). The rules mirror scripts/lib/highlight-css.mjs.

import type { LayerRecord } from '../shared/dataset';
import type { Settings } from '../shared/settings';

/** ':root' in the Chromium build, '' in Firefox's (scripts/lib/highlight-css.mjs, HIGHLIGHT_SCOPE, says why). */
declare const __HIGHLIGHT_SCOPE__: string | undefined;
const SCOPE = typeof __HIGHLIGHT_SCOPE__ === 'string' ? __HIGHLIGHT_SCOPE__ : '';

const slug = (id: string) => id.replace(/[^a-z0-9-]/gi, '-');

function rgba(hex: string, alpha: number): string {
  const n = parseInt(hex.slice(1), 16);
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`;
}

function declarations(kind: LayerRecord['kind'], color: string, underline: string, theme: 'light' | 'dark', lineOnly: boolean): string {
  if (kind === 'stance' && !lineOnly) {
    return `background-color: ${rgba(color, theme === 'dark' ? 0.24 : 0.14)}; text-decoration: underline ${underline} ${color}; text-decoration-thickness: 2px; text-underline-offset: 2px;`;
  }
  if (kind === 'sources') return `text-decoration: overline ${underline} ${color}; text-decoration-thickness: 1px;`;
  if (kind === 'mine') return `background-color: ${rgba(color, theme === 'dark' ? 0.32 : 0.38)};`;
  return `text-decoration: underline ${underline} ${color}; text-decoration-thickness: 2px; text-underline-offset: 5px;`;
}

function rulesFor(layer: LayerRecord, color: { light: string; dark: string }, underline: string): string[] {
  const rules: string[] = [];
  for (const theme of ['light', 'dark'] as const) {
    const name = `counterpoint-${slug(layer.id)}${theme === 'dark' ? '-dark' : ''}`;
    rules.push(`${SCOPE}::highlight(${name}) { ${declarations(layer.kind, color[theme], underline, theme, false)} }`);
    if (layer.kind === 'stance') {
      rules.push(`${SCOPE}::highlight(${name.replace(/(-dark)?$/, '-line$1')}) { ${declarations(layer.kind, color[theme], underline, theme, true)} }`);
    }
  }
  return rules;
}

/** Rules for pack layers and for layers the reader restyled; empty when neither exists. */
export function extraHighlightCss(layers: readonly LayerRecord[], settings: Settings): string {
  const rules: string[] = [];
  for (const layer of layers) {
    const custom = settings.appearance.layers[layer.id];
    if (layer.pack === undefined && !custom) continue;
    const color = custom?.color ? { light: custom.color, dark: custom.color } : layer.color;
    rules.push(...rulesFor(layer, color, custom?.underline ?? layer.underline));
  }
  return rules.join('\n');
}
