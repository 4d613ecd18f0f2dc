// Storage faults on fake-indexeddb: the disk full (QuotaExceededError) in the
// middle of a save, an import and an anchoring report; an open blocked by an
// older connection in another tab; upgrades from every earlier schema version
// with the reader's highlights stored in older record shapes. No record lost or
// half-written; the reader told when a save did not happen ("not saved: …"); a
// save sent again after a lost answer writes one record.
import { closeDb, DB_NAME, DB_VERSION, getDb } from '../../src/background/db';
import { importHighlights } from '../../src/background/exchange';
import { exportJsonLd } from '../../src/background/exchange/jsonld';
import {
  listHighlights,
  highlightsForPage,
  recordAnchoring,
  saveHighlight,
  updateHighlight,
} from '../../src/background/highlights-repo';
import { readyDb } from '../../src/background/seed';
import type { HighlightDraft } from '../../src/shared/highlights';
import { HIGHLIGHTS } from '../fixtures/exchange/highlights';
import { recordHardening } from '../hardening';
import { dump, storeWith } from './exchange/helpers';
import { freshIndexedDb } from './fresh-db';

const counts = { faults: 0, recordsLost: 0 };
afterAll(async () => {
  recordHardening('storage-faults', { faults: counts.faults, recordsLost: counts.recordsLost });
  await closeDb();
});

const H = HIGHLIGHTS[0];
const draft: HighlightDraft = {
  url: H.url,
  title: H.title,
  quote: H.quote,
  position: H.position,
  note: 'n',
  tags: [],
  chapter: H.chapter,
  passage: H.passage,
};

/** Makes the `nth` put (from now) on the highlights store fail as a full disk does (fake-indexeddb's store class). Returns the undo. */
function quotaOnPut(nth: number): () => void {
  const Store = (
    globalThis as unknown as {
      IDBObjectStore: { prototype: { put: (...a: unknown[]) => unknown } };
    }
  ).IDBObjectStore;
  const put = Store.prototype.put;
  let n = 0;
  Store.prototype.put = function (this: { name: string }, ...args: unknown[]) {
    if (this.name === 'highlights' && ++n === nth)
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    return put.apply(this, args);
  };
  return () => {
    Store.prototype.put = put;
  };
}

describe('quota exceeded', () => {
  beforeEach(freshIndexedDb);

  test('a save: rejected with "not saved: …" in the reader\'s words, nothing written', async () => {
    await storeWith(HIGHLIGHTS);
    const before = await dump();
    const undo = quotaOnPut(1);
    try {
      await expect(saveHighlight(await readyDb(), draft)).rejects.toThrow(
        /^not saved: the browser has no room left/,
      );
    } finally {
      undo();
    }
    counts.faults++;
    expect(await dump()).toBe(before);
  });

  test('an import that runs out of room on its third record: none of it is written', async () => {
    await storeWith(HIGHLIGHTS.slice(0, 1));
    const before = await dump();
    const fresh = HIGHLIGHTS.slice(1).map((h, i) => ({ ...h, id: `q-${i}` }));
    const undo = quotaOnPut(3);
    try {
      await expect(
        importHighlights(
          await readyDb(),
          'jsonld',
          exportJsonLd(fresh, 0, '00000000-0000-4000-8000-000000000001'),
        ),
      ).rejects.toThrow(/^not saved: /);
    } finally {
      undo();
    }
    counts.faults++;
    const after = await dump();
    if (after !== before) counts.recordsLost++;
    expect(after).toBe(before);
  });

  test('an anchoring report that runs out of room half-way: no record half-updated', async () => {
    const url = 'https://www.marxists.org/archive/trotsky/1930/hrr/ch99.htm';
    const same = HIGHLIGHTS.map((h, i) => ({ ...h, id: `a-${i}`, url }));
    await storeWith(same);
    const before = await dump();
    const undo = quotaOnPut(2);
    try {
      await expect(
        recordAnchoring(
          await readyDb(),
          url,
          same.map((h) => ({ id: h.id, status: 'orphaned' as const })),
        ),
      ).rejects.toThrow(/^not saved: /);
    } finally {
      undo();
    }
    counts.faults++;
    expect(await dump()).toBe(before);
  });
});

// The worker stopped after writing but before answering: the page tries again with the same id (src/content/save-flow.ts).
describe('a lost answer', () => {
  beforeEach(freshIndexedDb);

  test('a save whose answer was lost, sent again with its id: one record, written whole, its creation kept', async () => {
    await storeWith(HIGHLIGHTS);
    const before = await listHighlights(await readyDb());
    const id = '5d0c6f1e-8a4b-4c2d-9e3f-1a2b3c4d5e6f';
    const first = await saveHighlight(await readyDb(), { ...draft, id }, 1000);
    const again = await saveHighlight(await readyDb(), { ...draft, id, note: 'typed again' }, 2000);
    counts.faults++;
    expect([first.id, again.id, again.created, again.updated, again.note]).toEqual([
      id,
      id,
      1000,
      2000,
      'typed again',
    ]);
    const after = await listHighlights(await readyDb());
    expect(after.filter((h) => h.id === id)).toEqual([again]);
    expect(after.filter((h) => h.id !== id)).toEqual(before);
  });
});

/** Version 1 of the store as released (src/background/db.ts createV1), frozen here: the upgrade tests start from it. */
function createV1(db: IDBDatabase): void {
  db.createObjectStore('meta');
  const paragraphs = db.createObjectStore('paragraphs', { keyPath: 'id' });
  paragraphs.createIndex('by-passage', 'passages', { multiEntry: true });
  paragraphs.createIndex('by-chapter', 'chapters', { multiEntry: true });
  paragraphs.createIndex('by-layer', 'layers', { multiEntry: true });
  paragraphs.createIndex('by-section', 'section');
  db.createObjectStore('passages', { keyPath: 'id' }).createIndex('by-chapter', 'chapter');
  db.createObjectStore('chapters', { keyPath: 'id' });
  db.createObjectStore('layers', { keyPath: 'id' });
  const checks = db.createObjectStore('quoteChecks', { keyPath: 'id' });
  checks.createIndex('by-paragraph', 'paragraph');
  checks.createIndex('by-passage', 'nearestPassages', { multiEntry: true });
  const highlights = db.createObjectStore('highlights', { keyPath: 'id' });
  highlights.createIndex('by-url', 'url');
  highlights.createIndex('by-chapter', 'chapter');
  highlights.createIndex('by-passage', 'passage');
  highlights.createIndex('by-created', 'created');
}

/** Highlights as earlier versions wrote them: the first shape (id, url, chapter, passage, created), a later one without status, and a whole one. */
const OLD_RECORDS: Record<string, unknown>[] = [
  {
    id: 'old-1',
    url: 'https://www.marxists.org/archive/trotsky/1930/hrr/ch26.htm',
    chapter: 'ch26',
    passage: null,
    created: 1,
  },
  {
    id: 'old-2',
    url: 'https://www.marxists.org/archive/trotsky/1930/hrr/ch26.htm',
    chapter: 'ch26',
    passage: 'VII-01',
    created: 2,
    title: 'July',
    note: 'kept',
    tags: ['a', 3],
    quote: { type: 'TextQuoteSelector', exact: 'Could the Bolsheviks' },
    position: { start: 0 },
  },
  { ...HIGHLIGHTS[1], id: 'old-3' },
];

/** An IndexedDB at schema version 1 holding the old records and an older dataset's meta; left open when `keepOpen`. */
async function storeAtV1(keepOpen = false): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB_NAME, 1);
    req.onupgradeneeded = () => createV1(req.result);
    req.onsuccess = () => {
      const db = req.result;
      const tx = db.transaction(['highlights', 'meta'], 'readwrite');
      for (const r of OLD_RECORDS) tx.objectStore('highlights').put(r);
      tx.objectStore('meta').put({ version: '0-earlier', seededAt: 1 }, 'dataset');
      tx.oncomplete = () => {
        if (!keepOpen) db.close();
        resolve(db);
      };
      tx.onerror = () => reject(tx.error);
    };
    req.onerror = () => reject(req.error);
  });
}

const rawHighlights = async () => (await getDb()).getAll('highlights');

describe('upgrades from every earlier version, highlights stored', () => {
  beforeEach(freshIndexedDb);

  test(`schema 1 → ${DB_VERSION}, dataset 0-earlier → bundled: every record read, none rewritten, none lost`, async () => {
    await storeAtV1();
    const db = await readyDb();
    expect(db.version).toBe(DB_VERSION);
    const raw = await rawHighlights();
    expect(raw).toEqual(OLD_RECORDS); // kept as they were: normalised on read, never rewritten
    const read = await listHighlights(db);
    counts.faults++;
    counts.recordsLost += OLD_RECORDS.length - read.length;
    expect(read.map((h) => h.id).sort()).toEqual(['old-1', 'old-2', 'old-3']);
    const first = read.find((h) => h.id === 'old-1')!;
    expect(first).toEqual({
      id: 'old-1',
      url: OLD_RECORDS[0].url,
      title: OLD_RECORDS[0].url,
      chapter: 'ch26',
      passage: null,
      quote: { type: 'TextQuoteSelector', exact: '', prefix: '', suffix: '' },
      position: { type: 'TextPositionSelector', start: 0, end: 0 },
      note: '',
      tags: [],
      created: 1,
      updated: 1,
      status: 'anchored',
      checked: 1,
    });
    expect(read.find((h) => h.id === 'old-2')!.tags).toEqual(['a']);
    expect((await highlightsForPage(db, `${OLD_RECORDS[0].url}#x`)).map((h) => h.id)).toEqual(
      ['old-1', 'old-2', 'old-3'].filter(
        (id) => OLD_RECORDS.find((r) => r.id === id)!.url === OLD_RECORDS[0].url,
      ),
    );
    // An edit of an old record writes it whole.
    const edited = await updateHighlight(db, 'old-1', { note: 'now whole' }, 10);
    expect((await rawHighlights()).find((r) => r.id === 'old-1')).toEqual(edited);
  });

  test('no store at all (version 0) → a new store, empty highlights', async () => {
    const db = await readyDb();
    expect(db.version).toBe(DB_VERSION);
    expect(await listHighlights(db)).toEqual([]);
  });
});

describe('an open blocked by another connection', () => {
  beforeEach(freshIndexedDb);

  (DB_VERSION > 1 ? test : test.skip)(
    'an older version held open in another tab: our open waits (logged), then upgrades with every record',
    async () => {
      const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
      const old = await storeAtV1(true); // never closes on versionchange, as a stale tab might not
      const opening = readyDb();
      await new Promise((r) => setTimeout(r, 50));
      expect(warn).toHaveBeenCalledWith(
        expect.stringMatching(/upgrade waits for another open connection/),
      );
      old.close();
      const db = await opening;
      expect(db.version).toBe(DB_VERSION);
      expect((await listHighlights(db)).map((h) => h.id).sort()).toEqual([
        'old-1',
        'old-2',
        'old-3',
      ]);
      counts.faults++;
      warn.mockRestore();
    },
  );

  test('a newer version wants to upgrade while we hold the store: we step aside, nothing lost', async () => {
    const db = await storeWith(HIGHLIGHTS);
    const saved = await saveHighlight(db, draft);
    const newer = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open(DB_NAME, DB_VERSION + 1);
      req.onupgradeneeded = () => undefined;
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
      req.onblocked = () => reject(new Error('blocked: our connection did not step aside'));
    });
    const ids = await new Promise<string[]>((resolve) => {
      const r = newer.transaction('highlights').objectStore('highlights').getAllKeys();
      r.onsuccess = () => resolve(r.result as string[]);
    });
    newer.close();
    counts.faults++;
    expect(ids.sort()).toEqual([...HIGHLIGHTS.map((h) => h.id), saved.id].sort());
  });
});
