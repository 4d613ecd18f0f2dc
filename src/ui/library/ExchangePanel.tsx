// Export (Markdown, CSV, Web Annotation JSON-LD) and import (a file, its
// format chosen or detected), with the import's report: added, merged and
// skipped, each skipped item with its reason.

import { useState } from 'preact/hooks';
import type { ExportFormat, ImportFormat, ImportReport } from '../../shared/highlights';
import type { Translate } from '../overlay/types';

export type ImportChoice = ImportFormat | 'auto';

export type ImportState =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'done'; file: string; format: ImportFormat; report: ImportReport }
  | { kind: 'error'; file: string; message: string };

export interface ExchangePanelProps {
  busy: boolean;
  exportError: string;
  importState: ImportState;
  onExport(format: ExportFormat): void;
  onImport(file: File, format: ImportChoice): void;
  t: Translate;
}

const EXPORTS: { format: ExportFormat; label: string; hint: string }[] = [
  { format: 'markdown', label: 'libraryExportMarkdown', hint: 'libraryExportMarkdownHint' },
  { format: 'csv', label: 'libraryExportCsv', hint: 'libraryExportCsvHint' },
  { format: 'jsonld', label: 'libraryExportJsonLd', hint: 'libraryExportJsonLdHint' },
];
const FORMAT_NAMES: Record<ImportFormat, string> = {
  jsonld: 'libraryFormatJsonLd',
  hypothesis: 'libraryFormatHypothesis',
  csv: 'libraryFormatCsv',
};
/** Skipped items listed before "and N more". */
const MAX_LISTED = 50;

function Report({ state, t }: { state: ImportState; t: Translate }) {
  if (state.kind === 'busy') return <p class="lib-report">{t('libraryImportBusy')}</p>;
  if (state.kind === 'error')
    return (
      <div class="lib-report lib-report-error">
        <p>{t('libraryImportRefused', [state.file])}</p>
        <p class="lib-report-reason">{state.message}</p>
      </div>
    );
  if (state.kind !== 'done') return null;
  const { report } = state;
  return (
    <div class="lib-report lib-report-ok">
      <p>{t('libraryImportDone', [state.file, t(FORMAT_NAMES[state.format])])}</p>
      <ul class="lib-report-counts">
        <li>{t('libraryImportAdded', [String(report.added)])}</li>
        <li>{t('libraryImportMerged', [String(report.merged)])}</li>
        <li>{t('libraryImportSkipped', [String(report.skipped.length)])}</li>
      </ul>
      {report.skipped.length > 0 && (
        <ul class="lib-report-skipped" aria-label={t('libraryImportSkippedList')}>
          {report.skipped.slice(0, MAX_LISTED).map((s) => (
            <li key={s.item}>{t('libraryImportSkippedItem', [String(s.item), s.reason])}</li>
          ))}
          {report.skipped.length > MAX_LISTED && (
            <li>{t('libraryImportSkippedMore', [String(report.skipped.length - MAX_LISTED)])}</li>
          )}
        </ul>
      )}
    </div>
  );
}

export function ExchangePanel({
  busy,
  exportError,
  importState,
  onExport,
  onImport,
  t,
}: ExchangePanelProps) {
  const [format, setFormat] = useState<ImportChoice>('auto');
  return (
    <aside class="lib-side" aria-label={t('libraryExchangeLabel')}>
      <section class="lib-panel" aria-labelledby="lib-export-title">
        <h2 id="lib-export-title">{t('libraryExportTitle')}</h2>
        <ul class="lib-export-list">
          {EXPORTS.map((e) => (
            <li key={e.format}>
              <button
                type="button"
                class="lib-button lib-button-quiet lib-export"
                disabled={busy}
                onClick={() => onExport(e.format)}
                aria-describedby={`lib-export-${e.format}`}
                data-format={e.format}
              >
                {t(e.label)}
              </button>
              <span id={`lib-export-${e.format}`} class="lib-hint">
                {t(e.hint)}
              </span>
            </li>
          ))}
        </ul>
        {exportError && (
          <p class="lib-error" role="alert">
            {exportError}
          </p>
        )}
      </section>
      <section class="lib-panel" aria-labelledby="lib-import-title">
        <h2 id="lib-import-title">{t('libraryImportTitle')}</h2>
        <p class="lib-hint">{t('libraryImportIntro')}</p>
        <div class="lib-field">
          <label for="lib-import-format">{t('libraryImportFormat')}</label>
          <select
            id="lib-import-format"
            value={format}
            onChange={(e) => setFormat(e.currentTarget.value as ImportChoice)}
          >
            <option value="auto">{t('libraryFormatAuto')}</option>
            <option value="jsonld">{t('libraryFormatJsonLd')}</option>
            <option value="hypothesis">{t('libraryFormatHypothesis')}</option>
            <option value="csv">{t('libraryFormatCsv')}</option>
          </select>
        </div>
        <div class="lib-field">
          <label for="lib-import-file">{t('libraryImportFile')}</label>
          <input
            id="lib-import-file"
            type="file"
            accept=".jsonld,.json,.csv,application/ld+json,application/json,text/csv"
            disabled={busy}
            aria-describedby="lib-import-report"
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              if (file) onImport(file, format);
              e.currentTarget.value = '';
            }}
          />
        </div>
        <div id="lib-import-report" role="status" aria-live="polite">
          <Report state={importState} t={t} />
        </div>
      </section>
    </aside>
  );
}
