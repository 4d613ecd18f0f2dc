// Critique data: import a pack (.json); the packs and the reader's own
// perspectives, in their order, each to move, export, edit (a perspective) or
// remove (with an Undo); a new perspective; and a reset to the bundled dataset
// behind a confirmation. The reader's highlights are never part of any of this.

import type { PackSummary } from '../../shared/messages';
import type { Theme } from '../overlay/types';
import { ConfirmPanel, useConfirmation } from './Confirm';
import { onFileChosen } from './file-input';
import { NewPerspective } from './NewPerspective';
import { PackList } from './PackList';
import type { PerspectiveCreation, PerspectiveEditing } from './perspective-drafts';
import { RemovalNotice } from './RemovalNotice';
import { Section } from './Section';
import type { Notice, Translate } from './types';

export interface DataSectionProps {
  packs: PackSummary[];
  /** The outcome of the last import, move, export, edit, removal or reset. */
  notice: Notice | null;
  /** The pack just removed, while Undo can put it back (until the next action). */
  removed: { name: string } | null;
  busy: boolean;
  theme: Theme;
  onImport(file: File): void;
  onMovePack(id: string, offset: -1 | 1): void;
  onExportPack(id: string): void;
  onEditPack(id: string): void;
  onRemovePack(id: string): void;
  onUndoRemove(): void;
  editing: PerspectiveEditing;
  creation: PerspectiveCreation;
  onReset(): void;
  t: Translate;
}

export function DataSection(props: DataSectionProps) {
  const { busy, onImport, t } = props;
  return (
    <Section id="data" title={t('optionsDataTitle')} intro={t('optionsDataIntro')}>
      <div class="opt-field">
        <label for="opt-pack-file">{t('optionsImportLabel')}</label>
        <input
          id="opt-pack-file"
          type="file"
          accept=".json,application/json"
          disabled={busy}
          aria-describedby="opt-pack-hint opt-data-notice"
          onChange={onFileChosen(onImport)}
        />
        <p id="opt-pack-hint" class="opt-hint">
          {t('optionsImportHint')}
        </p>
      </div>
      <RemovalNotice id="opt-data-notice" {...props} />

      <h3 class="opt-subtitle">{t('optionsPacksTitle')}</h3>
      <PackList {...props} />
      <NewPerspective creation={props.creation} busy={busy} t={t} />

      <h3 class="opt-subtitle">{t('optionsResetTitle')}</h3>
      <p class="opt-hint" id="opt-reset-hint">
        {t('optionsResetHint')}
      </p>
      <ResetDataset busy={busy} onReset={props.onReset} t={t} />
    </Section>
  );
}

/** The reset button, or its question while the reader decides. */
function ResetDataset({ busy, onReset, t }: Pick<DataSectionProps, 'busy' | 'onReset' | 't'>) {
  const confirmation = useConfirmation();
  if (confirmation.confirming) {
    return (
      <ConfirmPanel
        confirmation={confirmation}
        class="opt-confirm"
        textId="opt-confirm-text"
        text={t('optionsResetConfirmText')}
        confirmLabel={t('optionsResetConfirm')}
        busy={busy}
        onConfirm={onReset}
        t={t}
      />
    );
  }
  return (
    <div class="opt-actions">
      <button
        type="button"
        ref={confirmation.askButton}
        class="opt-button opt-button-quiet"
        disabled={busy}
        aria-describedby="opt-reset-hint"
        onClick={confirmation.ask}
      >
        {t('optionsReset')}
      </button>
    </div>
  );
}
