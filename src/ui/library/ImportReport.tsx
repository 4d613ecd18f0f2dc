// What the last import did, for the import section's live region: busy, the
// file refused and why, or added, merged and skipped, each skipped item with
// its reason.

import type { ImportFormat, ImportReport as Report } from '../../shared/highlights';
import type { Translate } from '../overlay/types';

export type ImportState =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'done'; file: string; format: ImportFormat; report: Report }
  | { kind: 'error'; file: string; message: string };

const FORMAT_NAMES: Record<ImportFormat, string> = {
  jsonld: 'libraryFormatJsonLd',
  hypothesis: 'libraryFormatHypothesis',
  csv: 'libraryFormatCsv',
};
/** Skipped items listed before "and N more". */
const MAX_LISTED = 50;

function SkippedList({ skipped, t }: { skipped: Report['skipped']; t: Translate }) {
  return (
    <ul class="lib-report-skipped" aria-label={t('libraryImportSkippedList')}>
      {skipped.slice(0, MAX_LISTED).map((s) => (
        <li key={s.item}>{t('libraryImportSkippedItem', [String(s.item), s.reason])}</li>
      ))}
      {skipped.length > MAX_LISTED && (
        <li>{t('libraryImportSkippedMore', [String(skipped.length - MAX_LISTED)])}</li>
      )}
    </ul>
  );
}

export function ImportReport({ state, t }: { state: ImportState; t: Translate }) {
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
      {report.skipped.length > 0 && <SkippedList skipped={report.skipped} t={t} />}
    </div>
  );
}
