// The layer toggles: one row per layer (swatch in its colour and underline,
// icon, name, passages on this page, solo, switch), grouped by kind, with
// "All" to show every layer again; the Themes group carries "themes on the page".

import { Icon } from '../Icon';
import type { LayerRecord } from '../../shared/dataset';
import type { Translate } from '../overlay/types';
import { groupLayers, type LayerGroupId } from './model';
import { Switch } from './Switch';

export interface LayerListProps {
  layers: LayerRecord[];
  /** Layer id → shown. */
  shown: Record<string, boolean>;
  /** Passages per layer on this page, or null when the page has not been read. */
  counts: Record<string, number> | null;
  /** The layer shown alone, if any. */
  solo: string | null;
  allShown: boolean;
  t: Translate;
  onToggle(layerId: string, shown: boolean): void;
  /** Show only `layerId`, or every layer (null). */
  onSolo(layerId: string | null): void;
  /** Every passage's themes underlined at all times (otherwise on hover and focus). */
  themesOnPage: boolean;
  onThemesOnPage(on: boolean): void;
}

const GROUP_KEYS: Record<LayerGroupId, string> = {
  stance: 'popupGroupStance',
  theme: 'popupGroupThemes',
  other: 'popupGroupOther',
  pack: 'popupGroupPacks',
};

const slug = (id: string) => id.replace(/[^a-z0-9-]/gi, '-');

/** A sample of the highlight: the layer's tint and underline (or overline for sources), in light and dark. */
function Swatch({ layer }: { layer: LayerRecord }) {
  const style = {
    '--pp-l': layer.color.light,
    '--pp-ld': layer.color.dark,
    '--pp-u': layer.underline,
  } as Record<string, string>;
  return (
    <span class={`pp-swatch pp-swatch-${layer.kind}`} style={style} aria-hidden="true">
      Aa
    </span>
  );
}

function LayerRow({
  layer,
  shown,
  count,
  solo,
  t,
  onToggle,
  onSolo,
}: {
  layer: LayerRecord;
  shown: boolean;
  count: number | null;
  solo: boolean;
  t: Translate;
  onToggle(shown: boolean): void;
  onSolo(): void;
}) {
  const id = `pp-layer-${slug(layer.id)}`;
  return (
    <li class={`pp-layer${shown ? '' : ' pp-off'}`} data-layer={layer.id} title={layer.description}>
      <Swatch layer={layer} />
      <label class="pp-layer-name" id={`${id}-name`} for={id}>
        <span
          class="pp-layer-icon"
          aria-hidden="true"
          style={{ '--pp-l': layer.color.light, '--pp-ld': layer.color.dark }}
        >
          <Icon name={layer.icon} size={13} />
        </span>
        <span class="pp-layer-text">{layer.name}</span>
      </label>
      {count !== null && (
        <span
          class={`pp-count${count === 0 ? ' pp-zero' : ''}`}
          id={`${id}-count`}
          title={t('popupLayerCount', [String(count)])}
        >
          <span aria-hidden="true">{count}</span>
          <span class="pp-sr-only">{t('popupLayerCount', [String(count)])}</span>
        </span>
      )}
      <button
        type="button"
        class={`pp-solo${solo ? ' pp-on' : ''}`}
        aria-pressed={solo}
        aria-label={t('popupSolo', [layer.name])}
        title={t('popupSolo', [layer.name])}
        onClick={onSolo}
      >
        <Icon name="target" size={13} />
      </button>
      <Switch
        id={id}
        checked={shown}
        labelledBy={`${id}-name`}
        describedBy={count !== null ? `${id}-count` : undefined}
        onChange={onToggle}
      />
    </li>
  );
}

/** The Themes group's heading, with the switch that underlines themes on every passage. */
function ThemesHead({
  on,
  t,
  onChange,
}: {
  on: boolean;
  t: Translate;
  onChange(on: boolean): void;
}) {
  return (
    <div class="pp-group-head">
      <h3 class="pp-group-title" id="pp-group-theme">
        {t('popupGroupThemes')}
      </h3>
      <span class="pp-themes-page" id="pp-themes-page-label">
        {t('popupThemesOnPage')}
      </span>
      <span class="pp-sr-only" id="pp-themes-page-hint">
        {t('popupThemesOnPageHint')}
      </span>
      <Switch
        id="pp-themes-page"
        checked={on}
        labelledBy="pp-themes-page-label"
        describedBy="pp-themes-page-hint"
        onChange={onChange}
      />
    </div>
  );
}

export function LayerList({
  layers,
  shown,
  counts,
  solo,
  allShown,
  t,
  onToggle,
  onSolo,
  themesOnPage,
  onThemesOnPage,
}: LayerListProps) {
  return (
    <section class="pp-layers" aria-labelledby="pp-layers-title">
      <div class="pp-section-head">
        <h2 id="pp-layers-title" class="pp-kicker">
          {t('popupLayers')}
        </h2>
        {solo !== null && <span class="pp-solo-note">{t('popupSoloNote')}</span>}
        <button
          type="button"
          class="pp-all"
          disabled={allShown}
          aria-label={t('popupShowAllLabel')}
          title={t('popupShowAllLabel')}
          onClick={() => onSolo(null)}
        >
          {t('popupShowAll')}
        </button>
      </div>
      {groupLayers(layers).map((group) => (
        // Critique and tribute need no visible heading under "Layers"; screen readers still hear the group's name.
        <div class="pp-group" role="group" aria-labelledby={`pp-group-${group.id}`} key={group.id}>
          {group.id === 'theme' ? (
            <ThemesHead on={themesOnPage} t={t} onChange={onThemesOnPage} />
          ) : (
            <h3
              class={group.id === 'stance' ? 'pp-sr-only' : 'pp-group-title'}
              id={`pp-group-${group.id}`}
            >
              {t(GROUP_KEYS[group.id])}
            </h3>
          )}
          <ul>
            {group.layers.map((layer) => (
              <LayerRow
                key={layer.id}
                layer={layer}
                shown={shown[layer.id] !== false}
                count={counts ? (counts[layer.id] ?? 0) : null}
                solo={solo === layer.id}
                t={t}
                onToggle={(on) => onToggle(layer.id, on)}
                onSolo={() => onSolo(solo === layer.id ? null : layer.id)}
              />
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
