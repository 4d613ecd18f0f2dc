// The ::highlight() rules for every bundled layer, light and dark, generated
// from src/data/layers.json at build time: one highlight name per layer and
// page palette (counterpoint-<layer>, counterpoint-<layer>-dark), so the
// content script switches palettes by name and never injects styles.
import { readFileSync } from 'node:fs';

const slug = (id) => id.replace(/[^a-z0-9-]/gi, '-');

function hexToRgba(hex, alpha) {
  const n = parseInt(hex.slice(1), 16);
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`;
}

/** Stance layers tint and underline close to the text; themes underline lower; sources overline. */
function declarations(layer, theme) {
  const color = layer.color[theme];
  const tint = theme === 'dark' ? 0.24 : 0.14;
  switch (layer.kind) {
    case 'stance':
      return [`background-color: ${hexToRgba(color, tint)}`, `text-decoration: underline ${layer.underline} ${color}`,
        'text-decoration-thickness: 2px', 'text-underline-offset: 2px'];
    case 'sources':
      return [`text-decoration: overline ${layer.underline} ${color}`, 'text-decoration-thickness: 1px'];
    case 'mine':
      return [`background-color: ${hexToRgba(color, theme === 'dark' ? 0.32 : 0.38)}`];
    default:
      return [`text-decoration: underline ${layer.underline} ${color}`, 'text-decoration-thickness: 2px', 'text-underline-offset: 5px'];
  }
}

/** A passage's second stance (a "mixed" paragraph): its underline only, lower, so two tints never blend to grey. */
function lineDeclarations(layer, theme) {
  return [`text-decoration: underline ${layer.underline} ${layer.color[theme]}`, 'text-decoration-thickness: 2px', 'text-underline-offset: 5px'];
}

/**
 * Where the rules attach, per browser. Chromium resolves an unscoped ::highlight() rule on every
 * element at each style recalc (about 3× the style time of a 10 MB page, measured); on :root the
 * highlight cascade carries it to every descendant (Chromium 102+). Firefox 140 has no highlight
 * inheritance, so there the rules stay unscoped.
 */
export const HIGHLIGHT_SCOPE = { chrome: ':root', firefox: '' };

export function highlightCss(layersPath = 'src/data/layers.json', scope = '') {
  const layers = JSON.parse(readFileSync(layersPath, 'utf8'));
  const rules = [];
  for (const layer of layers) {
    for (const theme of ['light', 'dark']) {
      const name = `counterpoint-${slug(layer.id)}${theme === 'dark' ? '-dark' : ''}`;
      rules.push(`${scope}::highlight(${name}) { ${declarations(layer, theme).join('; ')}; }`);
      if (layer.kind === 'stance') {
        rules.push(`${scope}::highlight(${name.replace(/(-dark)?$/, '-line$1')}) { ${lineDeclarations(layer, theme).join('; ')}; }`);
      }
    }
  }
  return `/* Generated from src/data/layers.json by scripts/lib/highlight-css.mjs. */\n${rules.join('\n')}\n`;
}
