// Export and import: the file the background writes, handed to the browser's
// download; a file the reader picks, refused on its size before it is read,
// else sent whole with its format (chosen or detected) and its report shown.

import { useState } from 'preact/hooks';
import type { ExportFormat } from '../shared/highlights';
import { MAX_HIGHLIGHTS_FILE_BYTES } from '../shared/limits';
import { oversize } from '../ui/file-size';
import type { ImportChoice, ImportState } from '../ui/library';
import type { LibraryDeps } from './app';
import { detectFormat } from './detect';
import { errorText } from './error-text';

export interface Exchange {
  /** Why the last export failed ('' when it did not). */
  exportError: string;
  importState: ImportState;
  exportAs(format: ExportFormat): void;
  importFile(file: File, choice: ImportChoice): void;
}

type ExchangeDeps = Pick<LibraryDeps, 't' | 'call' | 'download' | 'readText'>;

/** Reads `file` and has the background import it: the "done" state with its report. */
export async function importReport(
  deps: ExchangeDeps,
  file: File,
  choice: ImportChoice,
): Promise<ImportState> {
  const text = await deps.readText(file);
  const format = choice === 'auto' ? detectFormat(file.name, text) : choice;
  const report = await deps.call('importHighlights', format, text);
  return { kind: 'done', file: file.name, format, report };
}

/** `reload` runs after an import, so the list shows what it added. */
export function useExchange(deps: ExchangeDeps, reload: () => Promise<void>): Exchange {
  const { t } = deps;
  const [exportError, setExportError] = useState('');
  const [importState, setImportState] = useState<ImportState>({ kind: 'idle' });

  const exportAs = (format: ExportFormat) => {
    setExportError('');
    deps
      .call('exportHighlights', format)
      .then(deps.download)
      .catch((e: unknown) => setExportError(t('libraryExportFailed', [errorText(e)])));
  };

  const importFile = (file: File, choice: ImportChoice) => {
    const refused = (message: string) =>
      setImportState({ kind: 'error', file: file.name, message });
    const tooLarge = oversize(file, MAX_HIGHLIGHTS_FILE_BYTES);
    if (tooLarge) {
      refused(t('libraryImportTooLarge', tooLarge));
      return;
    }
    setImportState({ kind: 'busy' });
    importReport(deps, file, choice)
      .then(async (done) => {
        setImportState(done);
        await reload();
      })
      .catch((e: unknown) => refused(errorText(e)));
  };

  return { exportError, importState, exportAs, importFile };
}
