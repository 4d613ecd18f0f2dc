// Export and import of the reader's highlights (Markdown, CSV, W3C Web
// Annotation JSON-LD; Hypothesis's export JSON on import).
//
// Import reads and checks the WHOLE file first: any structural error throws
// `refused: …` naming the item or line, and nothing is written. Then, in one
// readwrite transaction with strict durability, it de-duplicates against the
// store (same id → skipped, already there; same page and quote → merged: tags
// united, a different note appended; import-plan.ts) and writes everything at once.

import type { ReviewParagraph } from '../../shared/dataset';
import type {
  ExportFile,
  ExportFormat,
  Highlight,
  ImportFormat,
  ImportReport,
} from '../../shared/highlights';
import { critiquesFor } from '../critique-repo';
import type { IDBPTransaction } from 'idb';
import type { CounterpointDB, Db, PackMeta } from '../db';
import {
  abortQuietly,
  listHighlights,
  newId,
  normaliseHighlight,
  putAll,
  writeFailure,
} from '../highlights-repo';
import { BUNDLED_DATASET } from '../seed';
import { exportCsv, parseCsv } from './csv';
import { parseHypothesis } from './hypothesis';
import { exportJsonLd, parseJsonLd } from './jsonld';
import { exportMarkdown } from './markdown';
import { planImport, type ImportPlan, type Incoming } from './import-plan';
import { check, refuse, type Parsed } from './records';

const FILES: Record<ExportFormat, { extension: string; mime: string }> = {
  markdown: { extension: 'md', mime: 'text/markdown;charset=utf-8' },
  csv: { extension: 'csv', mime: 'text/csv;charset=utf-8' },
  jsonld: { extension: 'jsonld', mime: 'application/ld+json;charset=utf-8' },
};

async function markdownOf(db: Db, highlights: Highlight[], now: number): Promise<string> {
  const passages = [
    ...new Set(highlights.map((h) => h.passage).filter((p): p is string => p !== null)),
  ];
  const [chapters, critiques, meta] = await Promise.all([
    db.getAll('chapters'),
    critiquesFor(db, passages),
    db.getAll('meta'),
  ]);
  const reviewOn = new Map<string, ReviewParagraph[]>();
  for (const id of passages)
    reviewOn.set(
      id,
      critiques.paragraphs.filter((p) => p.passages.includes(id)),
    );
  const packs = new Map(
    meta
      .filter((m): m is PackMeta => 'attribution' in m)
      .map((m) => [m.id, { name: m.name, attribution: m.attribution }]),
  );
  return exportMarkdown(highlights, {
    chapters: new Map(chapters.map((c) => [c.id, c])),
    reviewOn,
    review: BUNDLED_DATASET.review,
    packs,
    now,
  });
}

export async function exportHighlights(
  db: Db,
  format: ExportFormat,
  now = Date.now(),
): Promise<ExportFile> {
  const highlights = await listHighlights(db);
  const text =
    format === 'csv'
      ? exportCsv(highlights)
      : format === 'jsonld'
        ? exportJsonLd(highlights, now, newId())
        : await markdownOf(db, highlights, now);
  const { extension, mime } = FILES[format];
  return {
    filename: `counterpoint-highlights-${new Date(now).toISOString().slice(0, 10)}.${extension}`,
    mime,
    text,
  };
}

/**
 * A file the browser could not read as UTF-8: NUL characters (UTF-16 text read
 * as UTF-8) or replacement characters (bytes that are not UTF-8). Our exports
 * are UTF-8, so either means the file is not one, or was re-saved wrongly.
 */
function checkEncoding(text: string): void {
  const line = (at: number) => text.slice(0, at).split('\n').length;
  const nul = text.indexOf('\u0000');
  if (nul >= 0)
    refuse(
      'the file',
      `it holds NUL characters (line ${line(nul)}): UTF-16 text? Save it as UTF-8`,
    );
  const bad = text.indexOf('\uFFFD');
  if (bad >= 0)
    refuse(
      'the file',
      `it is not valid UTF-8 (a byte that could not be read, line ${line(bad)}): save it as UTF-8`,
    );
}

function parseImport(format: ImportFormat, text: string): Parsed {
  checkEncoding(text);
  if (format === 'csv') return parseCsv(text);
  if (format === 'hypothesis') return parseHypothesis(text);
  return parseJsonLd(text);
}

/** Step 1: the whole file read and checked, before the store is touched. */
function readAndCheck(
  format: ImportFormat,
  text: string,
  now: number,
): { incoming: Incoming[]; skipped: ImportReport['skipped'] } {
  const parsed = parseImport(format, text);
  const incoming: Incoming[] = [];
  const skipped = [...parsed.skipped];
  for (const { item, candidate } of parsed.candidates) {
    const checked = check(candidate, newId, now);
    if (checked.ok) incoming.push({ item, highlight: checked.highlight });
    else skipped.push({ item, reason: checked.reason });
  }
  return { incoming, skipped };
}

/** Step 2: one transaction reads what is there, de-duplicates and writes all of the plan or none of it. */
async function writePlan(db: Db, incoming: Incoming[], now: number): Promise<ImportPlan> {
  let tx: IDBPTransaction<CounterpointDB, ['highlights'], 'readwrite'> | undefined;
  try {
    tx = db.transaction(['highlights'], 'readwrite', { durability: 'strict' });
    const store = tx.objectStore('highlights');
    const plan = planImport((await store.getAll()).map(normaliseHighlight), incoming, now);
    await Promise.all([putAll(store, plan.writes), tx.done]);
    return plan;
  } catch (e) {
    abortQuietly(tx); // a failed put leaves the others queued: none of the file is written
    throw writeFailure(e);
  }
}

export async function importHighlights(
  db: Db,
  format: ImportFormat,
  text: string,
  now = Date.now(),
): Promise<ImportReport> {
  const file = readAndCheck(format, text, now);
  const plan = await writePlan(db, file.incoming, now);
  const skipped = [...file.skipped, ...plan.skipped].sort((a, b) => a.item - b.item);
  return { added: plan.added, merged: plan.merged, skipped };
}
