// One pack's buttons: move it up or down (its layers follow: they show in the
// packs' order), export it as a file, edit it (a perspective of the reader's
// own, version 2, only), remove it. Each is named with the pack's name.

import type { Ref } from 'preact';
import type { PackSummary } from '../../shared/messages';
import type { Translate } from './types';

export interface PackActionsProps {
  pack: PackSummary;
  /** Its place in the list, from 0, and the list's length: the ends cannot move further. */
  index: number;
  count: number;
  busy: boolean;
  editing: boolean;
  editButton: Ref<HTMLButtonElement>;
  onMovePack(id: string, offset: -1 | 1): void;
  onExportPack(id: string): void;
  onEditPack(id: string): void;
  onRemovePack(id: string): void;
  t: Translate;
}

/** A quiet button whose accessible name holds the pack's name (its text alone would not say which). */
function PackButton(props: {
  text: string;
  name: string;
  disabled: boolean;
  onClick(): void;
  move?: -1 | 1;
  expanded?: boolean;
  buttonRef?: Ref<HTMLButtonElement>;
}) {
  return (
    <button
      type="button"
      ref={props.buttonRef}
      class="opt-button opt-button-quiet"
      data-move={props.move}
      aria-expanded={props.expanded}
      disabled={props.disabled}
      aria-label={props.name}
      onClick={props.onClick}
    >
      {props.text}
    </button>
  );
}

export function PackActions(props: PackActionsProps) {
  const { pack: p, index, count, busy, t } = props;
  return (
    <div class="opt-pack-actions">
      <PackButton
        text={t('optionsPackMoveUp')}
        name={t('optionsPackMoveUpLabel', [p.name])}
        move={-1}
        disabled={busy || index === 0}
        onClick={() => props.onMovePack(p.id, -1)}
      />
      <PackButton
        text={t('optionsPackMoveDown')}
        name={t('optionsPackMoveDownLabel', [p.name])}
        move={1}
        disabled={busy || index === count - 1}
        onClick={() => props.onMovePack(p.id, 1)}
      />
      <PackButton
        text={t('optionsPackExport')}
        name={t('optionsPackExportLabel', [p.name])}
        disabled={busy}
        onClick={() => props.onExportPack(p.id)}
      />
      {p.version === 2 && (
        <PackButton
          text={t('optionsPackEdit')}
          name={t('optionsPackEditLabel', [p.name])}
          expanded={props.editing}
          buttonRef={props.editButton}
          disabled={busy}
          onClick={() => props.onEditPack(p.id)}
        />
      )}
      <PackButton
        text={t('optionsRemove')}
        name={t('optionsPackRemoveLabel', [p.name])}
        disabled={busy}
        onClick={() => props.onRemovePack(p.id)}
      />
    </div>
  );
}
