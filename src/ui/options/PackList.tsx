// The critique packs imported so far: name, attribution, layers, size, and a
// named Remove button each.

import type { PackSummary } from '../../shared/messages';
import { LayerChip } from '../overlay/LayerChip';
import type { Theme } from '../overlay/types';
import type { Translate } from './types';

export interface PackListProps {
  packs: PackSummary[];
  busy: boolean;
  theme: Theme;
  onRemovePack(id: string): void;
  t: Translate;
}

export function PackList({ packs, ...rest }: PackListProps) {
  if (packs.length === 0) return <p class="opt-empty">{rest.t('optionsPacksEmpty')}</p>;
  return (
    <ul class="opt-packs">
      {packs.map((p) => (
        <PackItem key={p.id} pack={p} {...rest} />
      ))}
    </ul>
  );
}

function PackItem({
  pack: p,
  busy,
  theme,
  onRemovePack,
  t,
}: Omit<PackListProps, 'packs'> & { pack: PackSummary }) {
  return (
    <li class="opt-pack" data-pack={p.id}>
      <div class="opt-pack-head">
        <span class="opt-pack-name">{p.name}</span>
        <button
          type="button"
          class="opt-button opt-button-quiet"
          disabled={busy}
          onClick={() => onRemovePack(p.id)}
          aria-label={t('optionsPackRemoveLabel', [p.name])}
        >
          {t('optionsRemove')}
        </button>
      </div>
      <p class="opt-hint">{p.attribution}</p>
      <div class="opt-pack-meta">
        <ul class="cp-chips" aria-label={t('optionsPackLayers')}>
          {p.layers.map((l) => (
            <li key={l.id}>
              <LayerChip layer={l} theme={theme} />
            </li>
          ))}
        </ul>
        <span class="opt-hint">{t('optionsPackParagraphs', [String(p.paragraphs)])}</span>
      </div>
    </li>
  );
}
