// The critique packs and perspectives, in their order (their layers show in
// it): name, attribution, layers, size, their buttons, and under a
// perspective of the reader's own its edit form while open.

import { useLayoutEffect, useRef } from 'preact/hooks';
import type { PackSummary } from '../../shared/messages';
import { LayerChip } from '../overlay/LayerChip';
import type { Theme } from '../overlay/types';
import { useReturnFocus } from './form-focus';
import { PackActions, type PackActionsProps } from './PackActions';
import type { PerspectiveEditing } from './perspective-drafts';
import { PerspectiveEditForm } from './PerspectiveEditForm';
import type { Translate } from './types';

type Callbacks = 'onMovePack' | 'onExportPack' | 'onEditPack' | 'onRemovePack';

export interface PackListProps extends Pick<PackActionsProps, Callbacks> {
  packs: PackSummary[];
  busy: boolean;
  theme: Theme;
  editing: PerspectiveEditing;
  t: Translate;
}

export function PackList({ packs, ...rest }: PackListProps) {
  const { list, moving } = useFocusAfterMove(packs, rest.busy);
  if (packs.length === 0) return <p class="opt-empty">{rest.t('optionsPacksEmpty')}</p>;
  const onMovePack = (id: string, offset: -1 | 1) => {
    moving({ id, offset });
    rest.onMovePack(id, offset);
  };
  return (
    <ul class="opt-packs" ref={list}>
      {packs.map((p, index) => (
        <PackItem
          key={p.id}
          {...rest}
          pack={p}
          index={index}
          count={packs.length}
          onMovePack={onMovePack}
        />
      ))}
    </ul>
  );
}

type PackItemProps = Omit<PackListProps, 'packs'> & {
  pack: PackSummary;
  index: number;
  count: number;
};

function PackItem(props: PackItemProps) {
  const { pack: p, theme, editing, t } = props;
  const draft = editing.draft?.packId === p.id ? editing.draft : null;
  const editButton = useReturnFocus<HTMLButtonElement>(draft !== null, props.busy);
  return (
    <li class="opt-pack" data-pack={p.id}>
      <div class="opt-pack-head">
        <span class="opt-pack-name">{p.name}</span>
        <PackActions {...props} editing={draft !== null} editButton={editButton} />
      </div>
      <p class="opt-hint">{p.attribution}</p>
      {p.description && <p class="opt-hint opt-pack-description">{p.description}</p>}
      <div class="opt-pack-meta">
        <ul class="cp-chips" aria-label={t('optionsPackLayers')}>
          {p.layers.map((l) => (
            <li key={l.id}>
              <LayerChip layer={l} theme={theme} />
            </li>
          ))}
        </ul>
        <span class="opt-hint">{t('optionsPackParagraphs', [String(p.paragraphs)])}</span>
        {p.version === 2 && (
          <span class="opt-hint">{t('optionsPackPassages', [String(p.passages)])}</span>
        )}
      </div>
      {draft && (
        <PerspectiveEditForm {...editing} draft={draft} packName={p.name} busy={props.busy} t={t} />
      )}
    </li>
  );
}

/**
 * A moved pack's button keeps focus: the list is drawn again in the new order
 * (and its buttons wait while the move is stored), so focus returns to the
 * same button, or to the other one once the pack reached an end.
 */
function useFocusAfterMove(packs: PackSummary[], busy: boolean) {
  const list = useRef<HTMLUListElement>(null);
  const moved = useRef<{ id: string; offset: -1 | 1 } | null>(null);
  useLayoutEffect(() => {
    const m = moved.current;
    if (!m || busy || !list.current) return;
    moved.current = null;
    const item = [...list.current.children].find((li) => (li as HTMLElement).dataset.pack === m.id);
    const buttons = [...(item?.querySelectorAll<HTMLButtonElement>('[data-move]') ?? [])];
    const same = buttons.find((b) => b.dataset.move === String(m.offset));
    (same && !same.disabled ? same : buttons.find((b) => !b.disabled))?.focus();
  }, [packs, busy]);
  const moving = (m: { id: string; offset: -1 | 1 }) => {
    moved.current = m;
  };
  return { list, moving };
}
