// Appearance: the page palette, the card size, and each layer's colour and
// underline, with a sample of how a passage of that layer looks.

import { Icon } from '../Icon';
import type { LayerRecord } from '../../shared/dataset';
import type { Appearance, CardSize, LayerStyle, Palette, UnderlineStyle } from '../../shared/settings';
import type { Theme } from '../overlay/types';
import { Section } from './Section';
import type { Translate } from './types';

const PALETTES: Palette[] = ['auto', 'light', 'dark'];
const CARD_SIZES: CardSize[] = ['compact', 'regular', 'large'];
const UNDERLINES: UnderlineStyle[] = ['solid', 'double', 'dotted', 'dashed', 'wavy'];
const cap = (s: string) => s[0].toUpperCase() + s.slice(1);

export interface AppearanceSectionProps {
  appearance: Appearance;
  /** Every layer; the reader's own ('mine') keep their look and are not listed. */
  layers: LayerRecord[];
  /** The options page's own palette, for the samples. */
  theme: Theme;
  onChange(appearance: Appearance): void;
  onReset(): void;
  t: Translate;
}

/** The layer's colour and underline after the reader's choices. */
export function effectiveStyle(layer: LayerRecord, style: LayerStyle | undefined, theme: Theme): { color: string; underline: UnderlineStyle } {
  return { color: style?.color ?? layer.color[theme], underline: style?.underline ?? layer.underline };
}

function hexToRgba(hex: string, alpha: number): string {
  const n = parseInt(hex.slice(1), 16);
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`;
}

/** The sample's style, as the page's highlight draws the layer (scripts/lib/highlight-css.mjs). */
export function sampleStyle(kind: LayerRecord['kind'], color: string, underline: UnderlineStyle, theme: Theme): Record<string, string> {
  const line = `${underline} ${color}`;
  switch (kind) {
    case 'stance':
      return { backgroundColor: hexToRgba(color, theme === 'dark' ? 0.24 : 0.14), textDecoration: `underline ${line}`, textDecorationThickness: '2px', textUnderlineOffset: '2px' };
    case 'sources':
      return { textDecoration: `overline ${line}`, textDecorationThickness: '1px' };
    default:
      return { textDecoration: `underline ${line}`, textDecorationThickness: '2px', textUnderlineOffset: '5px' };
  }
}

export function AppearanceSection({ appearance, layers, theme, onChange, onReset, t }: AppearanceSectionProps) {
  const styled = layers.filter((l) => l.kind !== 'mine');
  const setLayer = (id: string, change: LayerStyle) =>
    onChange({ ...appearance, layers: { ...appearance.layers, [id]: { ...appearance.layers[id], ...change } } });
  const customised = appearance.palette !== 'auto' || appearance.cardSize !== 'regular' || appearance.themesOnPage || Object.keys(appearance.layers).length > 0;
  return (
    <Section id="appearance" title={t('optionsAppearanceTitle')} intro={t('optionsAppearanceIntro')}>
      <div class="opt-pair">
        <div class="opt-field">
          <label for="opt-palette">{t('optionsPalette')}</label>
          <select id="opt-palette" value={appearance.palette} onChange={(e) => onChange({ ...appearance, palette: e.currentTarget.value as Palette })}>
            {PALETTES.map((p) => <option key={p} value={p}>{t(`optionsPalette${cap(p)}`)}</option>)}
          </select>
        </div>
        <div class="opt-field">
          <label for="opt-card-size">{t('optionsCardSize')}</label>
          <select id="opt-card-size" value={appearance.cardSize} onChange={(e) => onChange({ ...appearance, cardSize: e.currentTarget.value as CardSize })}>
            {CARD_SIZES.map((c) => <option key={c} value={c}>{t(`optionsCardSize${cap(c)}`)}</option>)}
          </select>
        </div>
      </div>
      <div class="opt-group opt-themes-on-page">
        <label class="opt-switch">
          <input type="checkbox" role="switch" id="opt-themes-on-page" checked={appearance.themesOnPage} aria-describedby="opt-themes-on-page-hint"
            onChange={(e) => onChange({ ...appearance, themesOnPage: e.currentTarget.checked })} />
          <span>{t('optionsThemesOnPage')}</span>
        </label>
        <p id="opt-themes-on-page-hint" class="opt-hint">{t('optionsThemesOnPageHint')}</p>
      </div>
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
          {styled.map((layer) => {
            const { color, underline } = effectiveStyle(layer, appearance.layers[layer.id], theme);
            return (
              <tr key={layer.id} data-layer={layer.id}>
                <th scope="row" class="opt-layer-name">
                  <span class="opt-layer-icon" style={{ color }} aria-hidden="true"><Icon name={layer.icon} size={14} /></span>
                  {layer.name}
                </th>
                <td>
                  <span class="opt-sample" data-sample={layer.id} style={sampleStyle(layer.kind, color, underline, theme)}>{t('optionsLayerSampleText')}</span>
                </td>
                <td>
                  <input type="color" class="opt-colour" value={color} aria-label={t('optionsLayerColourLabel', [layer.name])}
                    onInput={(e) => setLayer(layer.id, { color: e.currentTarget.value.toLowerCase() })} />
                </td>
                <td>
                  <select value={underline} aria-label={t('optionsLayerUnderlineLabel', [layer.name])}
                    onChange={(e) => setLayer(layer.id, { underline: e.currentTarget.value as UnderlineStyle })}>
                    {UNDERLINES.map((u) => <option key={u} value={u}>{t(`optionsUnderline${cap(u)}`)}</option>)}
                  </select>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div class="opt-actions">
        <button type="button" class="opt-button opt-button-quiet" onClick={onReset} disabled={!customised}>{t('optionsAppearanceReset')}</button>
      </div>
    </Section>
  );
}
