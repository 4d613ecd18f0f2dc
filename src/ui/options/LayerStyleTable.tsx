// Each layer's colour and underline, with a sample of how a passage of that
// layer looks on the page.

import type { LayerRecord } from '../../shared/dataset';
import type { LayerStyle, UnderlineStyle } from '../../shared/settings';
import { Icon } from '../Icon';
import type { Theme } from '../overlay/types';
import { effectiveStyle, sampleStyle } from './layer-style';
import { cap } from './text';
import type { Translate } from './types';

const UNDERLINES: UnderlineStyle[] = ['solid', 'double', 'dotted', 'dashed', 'wavy'];

export interface LayerStyleTableProps {
  layers: LayerRecord[];
  /** The reader's choices by layer id. */
  styles: Record<string, LayerStyle>;
  theme: Theme;
  onChange(id: string, change: LayerStyle): void;
  t: Translate;
}

export function LayerStyleTable({ layers, styles, ...rest }: LayerStyleTableProps) {
  const { t } = rest;
  return (
    <table class="opt-layers">
      <caption class="opt-caption">{t('optionsLayersCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('optionsLayerName')}</th>
          <th scope="col">{t('optionsLayerSample')}</th>
          <th scope="col">{t('optionsLayerColour')}</th>
          <th scope="col">{t('optionsLayerUnderline')}</th>
        </tr>
      </thead>
      <tbody>
        {layers.map((layer) => (
          <LayerStyleRow key={layer.id} layer={layer} style={styles[layer.id]} {...rest} />
        ))}
      </tbody>
    </table>
  );
}

type RowProps = Omit<LayerStyleTableProps, 'layers' | 'styles'> & {
  layer: LayerRecord;
  style: LayerStyle | undefined;
};

function LayerStyleRow({ layer, style, theme, onChange, t }: RowProps) {
  const { color, underline } = effectiveStyle(layer, style, theme);
  return (
    <tr data-layer={layer.id}>
      <th scope="row" class="opt-layer-name">
        <span class="opt-layer-icon" style={{ color }} aria-hidden="true">
          <Icon name={layer.icon} size={14} />
        </span>
        {layer.name}
      </th>
      <td>
        <span
          class="opt-sample"
          data-sample={layer.id}
          style={sampleStyle(layer.kind, color, underline, theme)}
        >
          {t('optionsLayerSampleText')}
        </span>
      </td>
      <td>
        <input
          type="color"
          class="opt-colour"
          value={color}
          aria-label={t('optionsLayerColourLabel', [layer.name])}
          onInput={(e) => onChange(layer.id, { color: e.currentTarget.value.toLowerCase() })}
        />
      </td>
      <td>
        <select
          value={underline}
          aria-label={t('optionsLayerUnderlineLabel', [layer.name])}
          onChange={(e) =>
            onChange(layer.id, { underline: e.currentTarget.value as UnderlineStyle })
          }
        >
          {UNDERLINES.map((u) => (
            <option key={u} value={u}>
              {t(`optionsUnderline${cap(u)}`)}
            </option>
          ))}
        </select>
      </td>
    </tr>
  );
}
