// A calm page by default: a recognised passage shows its stance as a tint and
// one underline. Its other marks (themes, a second stance, the sources
// overline) are drawn while the reader points at or focuses the passage, or
// everywhere when "themes on the page" is on. Five stacked underlines under
// every passage read as noise; one says where the critique is.

import type { LayerRecord } from '../shared/dataset';
import { ANSWERS_LAYER } from '../shared/relations';

export interface PaintedLayer {
  layer: LayerRecord;
  /** A second stance: its underline only, so two tints never blend to grey. */
  lineOnly: boolean;
}

/**
 * What one passage paints, from its shown layers in display order (Trotsky answering first).
 * The lead is the first stance, else the first layer; an imported pack is a perspective the
 * reader chose to lay on the page, so it is always drawn.
 */
export function paintedLayers(layers: readonly LayerRecord[], expanded: boolean): PaintedLayer[] {
  const lead = layers.find((l) => l.kind === 'stance') ?? layers[0];
  return layers
    .filter((l) => expanded || l === lead || l.kind === 'pack')
    .map((layer) => ({ layer, lineOnly: layer.kind === 'stance' && layer !== lead }));
}

/** Layers in display order, except that Trotsky answering leads: it tints and marks the passage. */
export function answerFirst(layers: readonly LayerRecord[]): LayerRecord[] {
  return [
    ...layers.filter((l) => l.id === ANSWERS_LAYER),
    ...layers.filter((l) => l.id !== ANSWERS_LAYER),
  ];
}
