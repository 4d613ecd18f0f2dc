// A layer's look after the reader's choices, and the sample that shows it.

import type { LayerRecord } from '../../shared/dataset';
import { highlightDeclarations } from '../../shared/highlight-style';
import type { LayerStyle, UnderlineStyle } from '../../shared/settings';
import type { Theme } from '../overlay/types';

/** The layer's colour and underline after the reader's choices. */
export function effectiveStyle(
  layer: LayerRecord,
  style: LayerStyle | undefined,
  theme: Theme,
): { color: string; underline: UnderlineStyle } {
  return {
    color: style?.color ?? layer.color[theme],
    underline: style?.underline ?? layer.underline,
  };
}

const camel = (property: string) =>
  property.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

/** The sample's style: the page's own highlight rule for the layer (../../shared/highlight-style.ts). */
export function sampleStyle(
  kind: LayerRecord['kind'],
  color: string,
  underline: UnderlineStyle,
  theme: Theme,
): Record<string, string> {
  return Object.fromEntries(
    highlightDeclarations(kind, color, underline, theme).map(([p, v]) => [camel(p), v]),
  );
}
