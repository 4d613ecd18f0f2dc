// The reader's highlights in IndexedDB. Every write is one readwrite
// transaction with strict durability (reported done only once on disk), so a
// save either happened whole or not at all; a failure comes back as a message
// the reader can read. Records from earlier versions are normalised on read.

import type {
  AnchorStatus,
  Highlight,
  HighlightDraft,
  HighlightEdit,
  PdfPlace,
} from '../shared/highlights';
import { pageKey, pdfPlaceOf } from '../shared/highlights';
import { MAX_ID_LENGTH } from '../shared/limits';
import { timeOr, UNKNOWN_TIME } from '../shared/time';
import type { IDBPObjectStore, IDBPTransaction } from 'idb';
import type { CounterpointDB, Db, StoredHighlight } from './db';

type HighlightStore = IDBPObjectStore<CounterpointDB, ['highlights'], 'highlights', 'readwrite'>;

const STRICT = { durability: 'strict' } as const;

const text = (v: unknown, fallback = '') => (typeof v === 'string' ? v : fallback);
const fieldsOf = (v: unknown): Record<string, unknown> =>
  typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : {};
const offset = (v: unknown) =>
  Number.isSafeInteger(v) && (v as number) >= 0 ? (v as number) : null;
/** A chapter or passage id as the contract takes one (1–64 characters), else none. */
const idOrNull = (v: unknown) =>
  typeof v === 'string' && v.length > 0 && v.length <= MAX_ID_LENGTH ? v : null;

/**
 * A stored record as a Highlight, whatever version wrote it and whatever it holds: a field of
 * the wrong type is read as empty, a date that is not one (1e20, NaN) as UNKNOWN_TIME, a
 * position that is not one as the quote's own span. Never throws: a record is never lost to a
 * bad field, and the reader can still open, edit or delete it.
 */
export function normaliseHighlight(r: StoredHighlight): Highlight {
  const quote = fieldsOf(r.quote);
  const position = fieldsOf(r.position);
  const url = text(r.url);
  const exact = text(quote.exact);
  const start = offset(position.start);
  const end = offset(position.end);
  const created = timeOr(r.created, UNKNOWN_TIME);
  return {
    id: r.id,
    url,
    title: text(r.title, url),
    chapter: idOrNull(r.chapter),
    passage: idOrNull(r.passage),
    quote: {
      type: 'TextQuoteSelector',
      exact,
      prefix: text(quote.prefix),
      suffix: text(quote.suffix),
    },
    position: {
      type: 'TextPositionSelector',
      ...(start !== null && end !== null && end > start
        ? { start, end }
        : { start: 0, end: [...exact].length }),
    },
    note: text(r.note),
    tags: Array.isArray(r.tags) ? r.tags.filter((t): t is string => typeof t === 'string') : [],
    created,
    updated: timeOr(r.updated, created),
    status: r.status === 'uncertain' || r.status === 'orphaned' ? r.status : 'anchored',
    checked: timeOr(r.checked, created),
    ...pdfPart(r),
  };
}

const pdfPart = (r: StoredHighlight): { pdf?: PdfPlace } => {
  const pdf = pdfPlaceOf((r as { pdf?: unknown }).pdf);
  return pdf ? { pdf } : {};
};

/** A write the caller may not make: its message travels as is. */
class RefusedError extends Error {
  override name = 'RefusedError';
}

/** Why a write did not happen, in the reader's words. */
export function writeFailure(e: unknown): Error {
  if (e instanceof RefusedError) return e;
  const name = e instanceof DOMException || e instanceof Error ? e.name : '';
  if (name === 'QuotaExceededError')
    return new Error(
      "not saved: the browser has no room left for Counterpoint's data (disk full or storage quota reached)",
    );
  return new Error(`not saved: ${e instanceof Error ? e.message : String(e)}`);
}

async function write<T>(db: Db, work: (store: HighlightStore) => Promise<T>): Promise<T> {
  let tx: IDBPTransaction<CounterpointDB, ['highlights'], 'readwrite'> | undefined;
  try {
    tx = db.transaction(['highlights'], 'readwrite', STRICT);
    const [result] = await Promise.all([work(tx.objectStore('highlights')), tx.done]);
    return result;
  } catch (e) {
    // A put that fails (a full disk) does not abort the transaction by itself: the
    // requests already queued would commit, half a write. Abort it all.
    abortQuietly(tx);
    throw writeFailure(e);
  }
}

/** Queues a put per record; when one throws (a full disk), the requests already queued are left handled: they fail as the transaction aborts. */
export function putAll<R>(
  store: { put(record: R): Promise<unknown> },
  records: Iterable<R>,
): Promise<unknown[]> {
  const pending: Promise<unknown>[] = [];
  try {
    for (const r of records) pending.push(store.put(r));
  } catch (e) {
    void Promise.allSettled(pending);
    throw e;
  }
  return Promise.all(pending);
}

/** Aborts a transaction that may already have finished or aborted (its `done` then rejects: expected, not reported). */
export function abortQuietly(tx: { abort(): void; done: Promise<unknown> } | undefined): void {
  tx?.done.catch(() => undefined);
  try {
    tx?.abort();
  } catch {
    // Already finished or aborted.
  }
}

export function newId(): string {
  return crypto.randomUUID();
}

/**
 * Saves a draft. `samePage`: an id already stored must be a record of the draft's page (a content
 * script writes on its own page only; checked in the write's transaction).
 */
export async function saveHighlight(
  db: Db,
  draft: HighlightDraft,
  now = Date.now(),
  { samePage = false } = {},
): Promise<Highlight> {
  const { id = newId(), ...fields } = draft;
  return write(db, async (store) => {
    // Its id already stored: a second try of a save whose answer was lost. The same record, its creation kept.
    const earlier = await store.get(id);
    if (samePage && earlier && earlier.url !== pageKey(fields.url))
      throw new RefusedError(
        'refused: saveHighlight cannot write over a highlight of another page',
      );
    const record: Highlight = {
      ...fields,
      url: pageKey(fields.url),
      id,
      created: earlier?.created ?? now,
      updated: now,
      status: 'anchored',
      checked: now,
    };
    await store.put(record);
    return record;
  });
}

export async function highlightsForPage(db: Db, url: string): Promise<Highlight[]> {
  const records = await db.getAllFromIndex('highlights', 'by-url', pageKey(url));
  return records.map(normaliseHighlight).sort((a, b) => a.created - b.created);
}

/**
 * The highlights made in the PDF with this fingerprint, from whatever URL (or file) it was read.
 * No index: a reader's library is read whole, as the library page does.
 */
export async function highlightsForPdf(db: Db, fingerprint: string): Promise<Highlight[]> {
  const fp = fingerprint.toLowerCase();
  return (await listHighlights(db))
    .filter((h) => h.pdf?.fingerprint === fp)
    .sort((a, b) => a.created - b.created);
}

export async function listHighlights(db: Db): Promise<Highlight[]> {
  return (await db.getAll('highlights'))
    .map(normaliseHighlight)
    .sort((a, b) => b.created - a.created || a.id.localeCompare(b.id));
}

async function mustGet(db: Db, id: string): Promise<Highlight> {
  const r = await db.get('highlights', id);
  if (!r) throw new Error(`no highlight ${id}`);
  return normaliseHighlight(r);
}

export async function updateHighlight(
  db: Db,
  id: string,
  edit: HighlightEdit,
  now = Date.now(),
): Promise<Highlight> {
  const next = { ...(await mustGet(db, id)), ...edit, updated: now };
  await write(db, (store) => store.put(next));
  return next;
}

export async function deleteHighlight(db: Db, id: string): Promise<Highlight> {
  const gone = await mustGet(db, id);
  await write(db, (store) => store.delete(id));
  return gone;
}

export async function restoreHighlight(db: Db, highlight: Highlight): Promise<void> {
  await write(db, (store) => store.put(highlight));
}

/** Records what the last visit found; only changed records are written. */
export async function recordAnchoring(
  db: Db,
  url: string,
  results: { id: string; status: AnchorStatus }[],
  now = Date.now(),
): Promise<void> {
  const byId = new Map(results.map((r) => [r.id, r.status]));
  const changed = (await highlightsForPage(db, url)).filter(
    (h) => byId.has(h.id) && byId.get(h.id) !== h.status,
  );
  if (changed.length === 0) return;
  await write(db, (store) =>
    putAll(
      store,
      changed.map((h) => ({ ...h, status: byId.get(h.id)!, checked: now })),
    ),
  );
}
