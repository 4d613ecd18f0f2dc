// Import: a file, its format chosen or detected, and the report of what the
// import did, announced as it changes.

import { useState } from 'preact/hooks';
import type { ImportFormat } from '../../shared/highlights';
import type { Translate } from '../overlay/types';
import { ImportReport, type ImportState } from './ImportReport';

export type ImportChoice = ImportFormat | 'auto';

interface FormatFieldProps {
  value: ImportChoice;
  onChange(format: ImportChoice): void;
  t: Translate;
}

function FormatField({ value, onChange, t }: FormatFieldProps) {
  return (
    <div class="lib-field">
      <label for="lib-import-format">{t('libraryImportFormat')}</label>
      <select
        id="lib-import-format"
        value={value}
        onChange={(e) => onChange(e.currentTarget.value as ImportChoice)}
      >
        <option value="auto">{t('libraryFormatAuto')}</option>
        <option value="jsonld">{t('libraryFormatJsonLd')}</option>
        <option value="hypothesis">{t('libraryFormatHypothesis')}</option>
        <option value="csv">{t('libraryFormatCsv')}</option>
      </select>
    </div>
  );
}

function FileField({ busy, onFile, t }: { busy: boolean; onFile(file: File): void; t: Translate }) {
  return (
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
          if (file) onFile(file);
          // Emptied, so that choosing the same file again imports it again.
          e.currentTarget.value = '';
        }}
      />
    </div>
  );
}

interface ImportSectionProps {
  busy: boolean;
  importState: ImportState;
  onImport(file: File, format: ImportChoice): void;
  t: Translate;
}

export function ImportSection({ busy, importState, onImport, t }: ImportSectionProps) {
  const [format, setFormat] = useState<ImportChoice>('auto');
  return (
    <section class="lib-panel" aria-labelledby="lib-import-title">
      <h2 id="lib-import-title">{t('libraryImportTitle')}</h2>
      <p class="lib-hint">{t('libraryImportIntro')}</p>
      <FormatField value={format} onChange={setFormat} t={t} />
      <FileField busy={busy} onFile={(file) => onImport(file, format)} t={t} />
      <div id="lib-import-report" role="status" aria-live="polite">
        <ImportReport state={importState} t={t} />
      </div>
    </section>
  );
}
