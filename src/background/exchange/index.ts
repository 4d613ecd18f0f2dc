// Export and import of the reader's highlights (Markdown, CSV, W3C Web
// Annotation JSON-LD; Hypothesis's export JSON on import).
//
// Import reads and checks the WHOLE file first: any structural error throws
// `refused: …` naming the item or line, and nothing is written. Then, in one
// readwrite transaction with strict durability, it de-duplicates against the
// store (same id → skipped, already there; same page and quote → merged: tags
// united, a different note appended) and writes everything at once.

import type { ReviewParagraph } from '../../shared/dataset';
import type { ExportFile, ExportFormat, Highlight, ImportFormat, ImportReport } from '../../shared/highlights';
import { pageKey } from '../../shared/highlights';
import { critiquesFor } from '../critique-repo';
import type { IDBPTransaction } from 'idb';
import type { CounterpointDB, Db, PackMeta } from '../db';
import { abortQuietly, listHighlights, newId, normaliseHighlight, putAll, writeFailure } from '../highlights-repo';
import { BUNDLED_DATASET } from '../seed';
import { exportCsv, parseCsv } from './csv';
import { parseHypothesis } from './hypothesis';
import { exportJsonLd, parseJsonLd } from './jsonld';
import { exportMarkdown } from './markdown';
import { check, LIMITS, refuse, type Parsed } from './records';

const FILES: Record<ExportFormat, { extension: string; mime: string }> = {
  markdown: { extension: 'md', mime: 'text/markdown;charset=utf-8' },
  csv: { extension: 'csv', mime: 'text/csv;charset=utf-8' },
  jsonld: { extension: 'jsonld', mime: 'application/ld+json;charset=utf-8' },
};

async function markdownOf(db: Db, highlights: Highlight[], now: number): Promise<string> {
  const passages = [...new Set(highlights.map((h) => h.passage).filter((p): p is string => p !== null))];
  const [chapters, critiques, meta] = await Promise.all([db.getAll('chapters'), critiquesFor(db, passages), db.getAll('meta')]);
  const reviewOn = new Map<string, ReviewParagraph[]>();
  for (const id of passages) reviewOn.set(id, critiques.paragraphs.filter((p) => p.passages.includes(id)));
  const packs = new Map(meta.filter((m): m is PackMeta => 'attribution' in m).map((m) => [m.id, { name: m.name, attribution: m.attribution }]));
  return exportMarkdown(highlights, { chapters: new Map(chapters.map((c) => [c.id, c])), reviewOn, review: BUNDLED_DATASET.review, packs, now });
}

export async function exportHighlights(db: Db, format: ExportFormat, now = Date.now()): Promise<ExportFile> {
  const highlights = await listHighlights(db);
  const text = format === 'csv' ? exportCsv(highlights)
    : format === 'jsonld' ? exportJsonLd(highlights, now, newId())
      : await markdownOf(db, highlights, now);
  const { extension, mime } = FILES[format];
  return { filename: `counterpoint-highlights-${new Date(now).toISOString().slice(0, 10)}.${extension}`, mime, text };
}

/**
 * A file the browser could not read as UTF-8: NUL characters (UTF-16 text read
 * as UTF-8) or replacement characters (bytes that are not UTF-8). Our exports
 * are UTF-8, so either means the file is not one, or was re-saved wrongly.
 */
export function checkEncoding(text: string): void {
  const line = (at: number) => text.slice(0, at).split('\n').length;
  const nul = text.indexOf('\u0000');
  if (nul >= 0) refuse('the file', `it holds NUL characters (line ${line(nul)}): UTF-16 text? Save it as UTF-8`);
  const bad = text.indexOf('\uFFFD');
  if (bad >= 0) refuse('the file', `it is not valid UTF-8 (a byte that could not be read, line ${line(bad)}): save it as UTF-8`);
}

export function parseImport(format: ImportFormat, text: string): Parsed {
  checkEncoding(text);
  if (format === 'csv') return parseCsv(text);
  if (format === 'hypothesis') return parseHypothesis(text);
  return parseJsonLd(text);
}

const key = (h: Highlight) => `${pageKey(h.url)}\u0000${h.quote.exact}`;

/**
 * A stored highlight with an imported one's tags and note merged in; null when nothing is new;
 * why not, when the merged record would hold more than a highlight may (tags, note length).
 */
function merged(into: Highlight, from: Highlight, now: number): Highlight | null | string {
  const tags = [...new Set([...into.tags, ...from.tags])];
  const noteIsNew = from.note.trim() !== '' && !into.note.includes(from.note.trim());
  if (tags.length === into.tags.length && !noteIsNew) return null;
  const note = !noteIsNew ? into.note : into.note.trim() === '' ? from.note : `${into.note}\n\n${from.note}`;
  if (tags.length > LIMITS.tags) return `same page and quote as a stored highlight, and the two together have more than ${LIMITS.tags} tags`;
  if (note.length > LIMITS.note) return `same page and quote as a stored highlight, and the two notes together are longer than ${LIMITS.note} characters`;
  return { ...into, tags, note, updated: now };
}

export async function importHighlights(db: Db, format: ImportFormat, text: string, now = Date.now()): Promise<ImportReport> {
  // 1. The whole file, read and checked, before the store is touched.
  const parsed = parseImport(format, text);
  const report: ImportReport = { added: 0, merged: 0, skipped: [...parsed.skipped] };
  const incoming: { item: number; highlight: Highlight }[] = [];
  for (const { item, candidate } of parsed.candidates) {
    const checked = check(candidate, newId, now);
    if (checked.ok) incoming.push({ item, highlight: checked.highlight });
    else report.skipped.push({ item, reason: checked.reason });
  }

  // 2. One transaction: read what is there, de-duplicate, write.
  let tx: IDBPTransaction<CounterpointDB, ['highlights'], 'readwrite'> | undefined;
  try {
    tx = db.transaction(['highlights'], 'readwrite', { durability: 'strict' });
    const store = tx.objectStore('highlights');
    const stored = (await store.getAll()).map(normaliseHighlight);
    const byId = new Map(stored.map((h) => [h.id, h]));
    const byKey = new Map(stored.map((h) => [key(h), h]));
    const fromFile = new Map<string, number>();
    const writes = new Map<string, Highlight>();
    let merges = 0;
    for (const { item, highlight } of incoming) {
      if (byId.has(highlight.id)) {
        const earlier = fromFile.get(highlight.id);
        report.skipped.push({ item, reason: earlier ? `same id as item ${earlier}` : 'already there (same id)' });
        continue;
      }
      const same = byKey.get(key(highlight));
      if (same) {
        const next = merged(same, highlight, now);
        if (typeof next === 'string') {
          report.skipped.push({ item, reason: next });
          continue;
        }
        if (!next) {
          const earlier = fromFile.get(same.id);
          report.skipped.push({ item, reason: earlier ? `same page and quote as item ${earlier}` : 'already there (same page and quote, nothing new)' });
          continue;
        }
        writes.set(next.id, next);
        byId.set(next.id, next);
        byKey.set(key(next), next);
        merges++;
        continue;
      }
      writes.set(highlight.id, highlight);
      byId.set(highlight.id, highlight);
      byKey.set(key(highlight), highlight);
      fromFile.set(highlight.id, item);
      report.added++;
    }
    report.merged = merges;
    await Promise.all([putAll(store, writes.values()), tx.done]);
  } catch (e) {
    abortQuietly(tx); // a failed put leaves the others queued: none of the file is written
    throw writeFailure(e);
  }
  report.skipped.sort((a, b) => a.item - b.item);
  return report;
}
