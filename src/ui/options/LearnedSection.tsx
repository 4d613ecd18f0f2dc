// Learned chapters: whether the browser learns the chapters the reader opens
// on marxists.org (fingerprints only, never text), which chapters it has
// learned, forgetting one or all (all behind a confirmation), and carrying
// them to another browser as a file.

import { useRef } from 'preact/hooks';
import type { ChapterRecord } from '../../shared/dataset';
import type { LearnedSummary } from '../../shared/learned';
import { ConfirmPanel, useConfirmation } from './Confirm';
import { onFileChosen } from './file-input';
import { LearnedList } from './LearnedTable';
import { NoticeLine, Section } from './Section';
import type { Notice, Translate } from './types';

export interface LearnedSectionProps {
  /** Learning on or off (the `learning` setting). */
  learning: boolean;
  /** The learned chapters; null while they are read. */
  learned: LearnedSummary[] | null;
  /** Chapter records by id, for their titles; a chapter without one shows its id. */
  chapters: Record<string, ChapterRecord>;
  /** The outcome of the last forget, export or import. */
  notice: Notice | null;
  busy: boolean;
  /** For the dates and numbers; the browser's own when absent. */
  locale?: string;
  onToggleLearning(on: boolean): void;
  onForget(chapter: string): void;
  onForgetAll(): void;
  onExport(): void;
  onImport(file: File): void;
  t: Translate;
}

export function LearnedSection({
  learning,
  notice,
  onToggleLearning,
  onForgetAll,
  onExport,
  onImport,
  ...list
}: LearnedSectionProps) {
  const { t } = list;
  const fileInput = useRef<HTMLInputElement>(null);
  return (
    <Section id="learned" title={t('optionsLearnedTitle')} intro={t('optionsLearnedIntro')}>
      <div class="opt-group opt-all-sites">
        <label class="opt-switch">
          <input
            type="checkbox"
            role="switch"
            checked={learning}
            onChange={(e) => onToggleLearning(e.currentTarget.checked)}
            aria-describedby="opt-learning-hint"
          />
          <span>{t('optionsLearnedSwitch')}</span>
        </label>
        <p id="opt-learning-hint" class="opt-hint">
          {t('optionsLearnedSwitchHint')}
        </p>
      </div>

      <h3 class="opt-subtitle" id="opt-learned-list-title">
        {t('optionsLearnedListTitle')}
      </h3>
      <LearnedList learning={learning} {...list} />
      <LearnedActions
        busy={list.busy}
        empty={!list.learned?.length}
        onExport={onExport}
        onForgetAll={onForgetAll}
        onChooseFile={() => fileInput.current?.click()}
        t={t}
      />
      {/* The file chooser behind "Import…": out of the Tab order, labelled for assistive technology. */}
      <input
        ref={fileInput}
        id="opt-learned-file"
        type="file"
        accept=".json,application/json"
        hidden
        tabIndex={-1}
        aria-label={t('optionsLearnedImportLabel')}
        onChange={onFileChosen(onImport)}
      />
      <p id="opt-learned-transfer-hint" class="opt-hint opt-learned-hint">
        {t('optionsLearnedTransferHint')}
      </p>
      <NoticeLine id="opt-learned-notice" notice={notice} />
    </Section>
  );
}

interface LearnedActionsProps extends Pick<
  LearnedSectionProps,
  'busy' | 'onExport' | 'onForgetAll' | 't'
> {
  /** Nothing to export or forget (none learned, or the list not read yet). */
  empty: boolean;
  onChooseFile(): void;
}

/** Export, Import… and Forget all; forget all's question in their place while the reader decides. */
function LearnedActions({
  busy,
  empty,
  onExport,
  onForgetAll,
  onChooseFile,
  t,
}: LearnedActionsProps) {
  const confirmation = useConfirmation();
  if (confirmation.confirming) {
    return (
      <ConfirmPanel
        confirmation={confirmation}
        class="opt-confirm opt-learned-confirm"
        textId="opt-learned-confirm-text"
        text={t('optionsLearnedForgetAllConfirmText')}
        confirmLabel={t('optionsLearnedForgetAllConfirm')}
        busy={busy}
        onConfirm={onForgetAll}
        t={t}
      />
    );
  }
  return (
    <div class="opt-actions">
      <button
        type="button"
        class="opt-button opt-button-quiet"
        disabled={busy || empty}
        onClick={onExport}
        aria-describedby="opt-learned-transfer-hint"
      >
        {t('optionsLearnedExport')}
      </button>
      <button
        type="button"
        class="opt-button opt-button-quiet"
        disabled={busy}
        onClick={onChooseFile}
        aria-describedby="opt-learned-transfer-hint"
      >
        {t('optionsLearnedImport')}
      </button>
      <button
        type="button"
        ref={confirmation.askButton}
        class="opt-button opt-button-quiet opt-push-end"
        disabled={busy || empty}
        onClick={confirmation.ask}
      >
        {t('optionsLearnedForgetAll')}
      </button>
    </div>
  );
}
