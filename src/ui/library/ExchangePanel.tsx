// Export (Markdown, CSV, Web Annotation JSON-LD) and import (a file, its
// format chosen or detected), side by side in the page's aside.

import type { ExportFormat } from '../../shared/highlights';
import type { Translate } from '../overlay/types';
import { ErrorAlert } from './ErrorAlert';
import type { ImportState } from './ImportReport';
import { ImportSection, type ImportChoice } from './ImportSection';

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

type ExportSectionProps = Pick<ExchangePanelProps, 'busy' | 'exportError' | 'onExport' | 't'>;

function ExportSection({ busy, exportError, onExport, t }: ExportSectionProps) {
  return (
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
      <ErrorAlert text={exportError} />
    </section>
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
  return (
    <aside class="lib-side" aria-label={t('libraryExchangeLabel')}>
      <ExportSection busy={busy} exportError={exportError} onExport={onExport} t={t} />
      <ImportSection busy={busy} importState={importState} onImport={onImport} t={t} />
    </aside>
  );
}
