// The layer toggles: one row per layer (swatch in its colour and underline,
// icon, name, passages on this page, solo, switch), grouped by kind, with
// "All" to show every layer again; the Themes group carries "themes on the page".

import { layerSlug } from '../../shared/highlight-style';
import { Icon } from '../Icon';
import type { LayerRecord } from '../../shared/dataset';
import type { Translate } from '../overlay/types';
import { groupLayers, type LayerGroup, type LayerGroupId } from './model';
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

const slug = layerSlug;

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

/** The layer's name with its icon: the label of the row's switch. */
function LayerName({ layer, id }: { layer: LayerRecord; id: string }) {
  return (
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
  );
}

/** Passages on this page: the bare number is for the eye, the sentence for screen readers. */
function LayerCount({ count, id, t }: { count: number; id: string; t: Translate }) {
  const said = t('popupLayerCount', [String(count)]);
  return (
    <span class={`pp-count${count === 0 ? ' pp-zero' : ''}`} id={`${id}-count`} title={said}>
      <span aria-hidden="true">{count}</span>
      <span class="pp-sr-only">{said}</span>
    </span>
  );
}

function SoloButton({
  layer,
  solo,
  t,
  onSolo,
}: {
  layer: LayerRecord;
  solo: boolean;
  t: Translate;
  onSolo(): void;
}) {
  return (
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
      <LayerName layer={layer} id={id} />
      {count !== null && <LayerCount count={count} id={id} t={t} />}
      <SoloButton layer={layer} solo={solo} t={t} onSolo={onSolo} />
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

/** "Layers", the note that one layer is shown alone, and "All" to show every layer again. */
function ListHead({
  soloOn,
  allShown,
  t,
  onShowAll,
}: {
  soloOn: boolean;
  allShown: boolean;
  t: Translate;
  onShowAll(): void;
}) {
  return (
    <div class="pp-section-head">
      <h2 id="pp-layers-title" class="pp-kicker">
        {t('popupLayers')}
      </h2>
      {soloOn && <span class="pp-solo-note">{t('popupSoloNote')}</span>}
      <button
        type="button"
        class="pp-all"
        disabled={allShown}
        aria-label={t('popupShowAllLabel')}
        title={t('popupShowAllLabel')}
        onClick={onShowAll}
      >
        {t('popupShowAll')}
      </button>
    </div>
  );
}

type GroupProps = Omit<LayerListProps, 'layers' | 'allShown'> & { group: LayerGroup };

function GroupHead({ group, t, themesOnPage, onThemesOnPage }: GroupProps) {
  if (group.id === 'theme') return <ThemesHead on={themesOnPage} t={t} onChange={onThemesOnPage} />;
  // Critique and tribute need no visible heading under "Layers"; screen readers still hear the group's name.
  return (
    <h3 class={group.id === 'stance' ? 'pp-sr-only' : 'pp-group-title'} id={`pp-group-${group.id}`}>
      {t(GROUP_KEYS[group.id])}
    </h3>
  );
}

function Group(props: GroupProps) {
  const { group, shown, counts, solo, t, onToggle, onSolo } = props;
  return (
    <div class="pp-group" role="group" aria-labelledby={`pp-group-${group.id}`}>
      <GroupHead {...props} />
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
  );
}

export function LayerList({ layers, allShown, ...groupProps }: LayerListProps) {
  const { solo, t, onSolo } = groupProps;
  return (
    <section class="pp-layers" aria-labelledby="pp-layers-title">
      <ListHead soloOn={solo !== null} allShown={allShown} t={t} onShowAll={() => onSolo(null)} />
      {groupLayers(layers).map((group) => (
        <Group key={group.id} group={group} {...groupProps} />
      ))}
    </section>
  );
}
