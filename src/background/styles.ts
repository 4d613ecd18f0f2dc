// CSS for layers that content.css does not style (imported packs) and for the
// reader's own colours, inserted into a frame by the background (no DOM change
// in the page). The rules are content.css's own (../shared/highlight-style.ts).

import type { LayerRecord } from '../shared/dataset';
import { layerHighlightRules } from '../shared/highlight-style';
import type { Settings } from '../shared/settings';

/** ':root' in the Chromium build, '' in Firefox's (HIGHLIGHT_SCOPE in ../shared/highlight-style.ts says why). */
declare const __HIGHLIGHT_SCOPE__: string | undefined;
const SCOPE = typeof __HIGHLIGHT_SCOPE__ === 'string' ? __HIGHLIGHT_SCOPE__ : '';

/** Rules for pack layers and for layers the reader restyled; empty when neither exists. */
export function extraHighlightCss(layers: readonly LayerRecord[], settings: Settings): string {
  const rules: string[] = [];
  for (const layer of layers) {
    const custom = settings.appearance.layers[layer.id];
    if (layer.pack === undefined && !custom) continue;
    const color = custom?.color ? { light: custom.color, dark: custom.color } : layer.color;
    rules.push(...layerHighlightRules(layer, color, custom?.underline ?? layer.underline, SCOPE));
  }
  return rules.join('\n');
}
