// Appearance: the page palette, the card size, and each layer's colour and
// underline, with a sample of how a passage of that layer looks.

import type { LayerRecord } from '../../shared/dataset';
import type { Appearance, CardSize, LayerStyle, Palette } from '../../shared/settings';
import type { Theme } from '../overlay/types';
import { LayerStyleTable } from './LayerStyleTable';
import { Section } from './Section';
import { cap } from './text';
import type { Translate } from './types';

export { sampleStyle } from './layer-style';

const PALETTES: Palette[] = ['auto', 'light', 'dark'];
const CARD_SIZES: CardSize[] = ['compact', 'regular', 'large'];

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

/** Whether anything differs from the defaults (the reset button is disabled otherwise). */
const isCustomised = (a: Appearance) =>
  a.palette !== 'auto' ||
  a.cardSize !== 'regular' ||
  a.themesOnPage ||
  Object.keys(a.layers).length > 0;

export function AppearanceSection({
  appearance,
  layers,
  theme,
  onChange,
  onReset,
  t,
}: AppearanceSectionProps) {
  const setLayer = (id: string, change: LayerStyle) =>
    onChange({
      ...appearance,
      layers: { ...appearance.layers, [id]: { ...appearance.layers[id], ...change } },
    });
  return (
    <Section
      id="appearance"
      title={t('optionsAppearanceTitle')}
      intro={t('optionsAppearanceIntro')}
    >
      <PaletteAndSize appearance={appearance} onChange={onChange} t={t} />
      <div class="opt-group opt-themes-on-page">
        <label class="opt-switch">
          <input
            type="checkbox"
            role="switch"
            id="opt-themes-on-page"
            checked={appearance.themesOnPage}
            aria-describedby="opt-themes-on-page-hint"
            onChange={(e) => onChange({ ...appearance, themesOnPage: e.currentTarget.checked })}
          />
          <span>{t('optionsThemesOnPage')}</span>
        </label>
        <p id="opt-themes-on-page-hint" class="opt-hint">
          {t('optionsThemesOnPageHint')}
        </p>
      </div>
      <LayerStyleTable
        layers={layers.filter((l) => l.kind !== 'mine')}
        styles={appearance.layers}
        theme={theme}
        onChange={setLayer}
        t={t}
      />
      <div class="opt-actions">
        <button
          type="button"
          class="opt-button opt-button-quiet"
          onClick={onReset}
          disabled={!isCustomised(appearance)}
        >
          {t('optionsAppearanceReset')}
        </button>
      </div>
    </Section>
  );
}

/** The card palette and size, side by side. */
function PaletteAndSize({
  appearance,
  onChange,
  t,
}: Pick<AppearanceSectionProps, 'appearance' | 'onChange' | 't'>) {
  return (
    <div class="opt-pair">
      <div class="opt-field">
        <label for="opt-palette">{t('optionsPalette')}</label>
        <select
          id="opt-palette"
          value={appearance.palette}
          onChange={(e) => onChange({ ...appearance, palette: e.currentTarget.value as Palette })}
        >
          {PALETTES.map((p) => (
            <option key={p} value={p}>
              {t(`optionsPalette${cap(p)}`)}
            </option>
          ))}
        </select>
      </div>
      <div class="opt-field">
        <label for="opt-card-size">{t('optionsCardSize')}</label>
        <select
          id="opt-card-size"
          value={appearance.cardSize}
          onChange={(e) => onChange({ ...appearance, cardSize: e.currentTarget.value as CardSize })}
        >
          {CARD_SIZES.map((c) => (
            <option key={c} value={c}>
              {t(`optionsCardSize${cap(c)}`)}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
