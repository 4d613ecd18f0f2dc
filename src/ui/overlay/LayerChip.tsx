// A layer shown as a chip: its icon and colour, and its name as text, so the
// colour never carries the meaning alone (LitCharts' colour + icon per theme).

import type { LayerRecord } from '../../shared/dataset';
import { Icon } from '../Icon';
import { layerStyle } from './labels';
import type { Theme } from './types';

export function LayerChip({
  layer,
  theme,
  strong,
}: {
  layer: LayerRecord;
  theme: Theme;
  strong?: boolean;
}) {
  return (
    <span
      class={`cp-chip cp-chip-${layer.kind}${strong ? ' cp-chip-strong' : ''}`}
      style={layerStyle(layer.color, theme)}
      data-layer={layer.id}
    >
      <Icon class="cp-chip-icon" name={layer.icon} size={12} />
      {layer.name}
    </span>
  );
}

export function LayerChips({
  layers,
  theme,
  label,
  strong,
}: {
  layers: LayerRecord[];
  theme: Theme;
  label: string;
  strong?: boolean;
}) {
  if (layers.length === 0) return null;
  return (
    <ul class="cp-chips" aria-label={label}>
      {layers.map((l) => (
        <li key={l.id}>
          <LayerChip layer={l} theme={theme} strong={strong} />
        </li>
      ))}
    </ul>
  );
}
