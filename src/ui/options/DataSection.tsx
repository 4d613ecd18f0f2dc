// Critique data: import a pack (.json), the packs imported so far, and a
// reset to the bundled dataset behind a confirmation. The reader's
// highlights are never part of any of this.

import type { PackSummary } from '../../shared/messages';
import type { Theme } from '../overlay/types';
import { ConfirmPanel, useConfirmation } from './Confirm';
import { onFileChosen } from './file-input';
import { PackList } from './PackList';
import { NoticeLine, Section } from './Section';
import type { Notice, Translate } from './types';

export interface DataSectionProps {
  packs: PackSummary[];
  /** The outcome of the last import, removal or reset. */
  notice: Notice | null;
  busy: boolean;
  theme: Theme;
  onImport(file: File): void;
  onRemovePack(id: string): void;
  onReset(): void;
  t: Translate;
}

export function DataSection({
  packs,
  notice,
  busy,
  theme,
  onImport,
  onRemovePack,
  onReset,
  t,
}: DataSectionProps) {
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
      <NoticeLine id="opt-data-notice" notice={notice} />

      <h3 class="opt-subtitle">{t('optionsPacksTitle')}</h3>
      <PackList packs={packs} busy={busy} theme={theme} onRemovePack={onRemovePack} t={t} />

      <h3 class="opt-subtitle">{t('optionsResetTitle')}</h3>
      <p class="opt-hint" id="opt-reset-hint">
        {t('optionsResetHint')}
      </p>
      <ResetDataset busy={busy} onReset={onReset} t={t} />
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
