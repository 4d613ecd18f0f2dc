// Export and import of the reader's highlights (Markdown, CSV, W3C Web
// Annotation JSON-LD; Hypothesis's export JSON on import). Built in issue 6.

import type { ExportFile, ExportFormat, ImportFormat, ImportReport } from '../../shared/highlights';
import type { Db } from '../db';

export async function exportHighlights(_db: Db, format: ExportFormat): Promise<ExportFile> {
  throw new Error(`export as ${format} is not built yet`);
}

export async function importHighlights(_db: Db, format: ImportFormat, _text: string): Promise<ImportReport> {
  throw new Error(`import of ${format} is not built yet`);
}
