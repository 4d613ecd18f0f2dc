// Import fuzzing: at least 10,000 generated bad files per format (critique
// pack JSON; highlight imports in JSON-LD, Hypothesis JSON and CSV) against
// importPack and importHighlights on fake-indexeddb (tests/fixtures/fuzz-files.ts,
// seeded). For each file: no crash (only `refused: …` errors, each naming where
// and what), and after a rejection the store is byte-for-byte what it was.
//
// Proof of "unchanged" without dumping 40,000 times: every readwrite
// transaction opened on the database is counted (the raw IDBDatabase's
// transaction() is wrapped). A rejection with no readwrite transaction cannot
// have written; a rejection after one (it got past parsing) is checked against a
// full dump of every store, and so is every 500th case, to keep the counter honest.
// A file the importer accepts (a BOM, junk inside a note, a duplicate it
// de-duplicates) must report exactly what changed, and every record it wrote
// must be one the message contract takes as a highlight record (dates a Date
// holds, http(s) or host-less file:/// URLs, every length within bounds); the
// store is then restored. Learned-chapter files are fuzzed the same way
// against importLearned: every chapter stored passes the file check again,
// with its textHash recomputed.
import { unwrap } from 'idb';
import { closeDb, type Db } from '../../src/background/db';
import { importHighlights } from '../../src/background/exchange';
import { exportCsv } from '../../src/background/exchange/csv';
import { exportJsonLd } from '../../src/background/exchange/jsonld';
import { exportLearned, importLearned, learnFromPage } from '../../src/background/learned-repo';
import { importPack, listPacks, removePack } from '../../src/background/packs';
import { checkLearnedChapter } from '../../src/data/learned-file';
import { hashOfHashes } from '../../src/data/learning';
import { base64ToU32 } from '../../src/shared/base64';
import { checkCall } from '../../src/shared/contract';
import type { Highlight, ImportFormat } from '../../src/shared/highlights';
import type { LearnedPack } from '../../src/shared/learned';
import { HIGHLIGHTS } from '../fixtures/exchange/highlights';
import hypothesisExport from '../fixtures/exchange/hypothesis-export.json';
import { badCsvFiles, badJsonFiles, decodeAsBrowser, type BadFile } from '../fixtures/fuzz-files';
import smallPack from '../fixtures/packs/small-pack.json';
import { rng } from '../fixtures/rng';
import { recordHardening } from '../hardening';
import { learnedChapterPage } from '../fixtures/learned-chapter';
import { dump, storeWith } from './exchange/helpers';
import { freshIndexedDb } from './fresh-db';

/** FUZZ_FILES lowers it while working on the generator; npm test runs the full count. */
const PER_FORMAT = Number(process.env.FUZZ_FILES ?? 10_000);
const FULL_DUMP_EVERY = 500;
const NOW = Date.parse('2026-11-27T16:00:00Z');

/** Two highlights the store does not hold, so a file that is wrongly half-imported shows. */
const NEW: Highlight[] = HIGHLIGHTS.slice(0, 2).map((h, i) => ({
  ...h,
  id: `fuzz-new-${i}`,
  quote: { ...h.quote, exact: `${h.quote.exact} (new ${i})` },
  note: `new ${i}`,
}));

let db: Db;
let readwrites = 0;
let baseline = '';
const totals = {
  inputs: 0,
  refused: 0,
  accepted: 0,
  crashes: 0,
  fullDumps: 0,
  recordsLost: 0,
  edgeFiles: 0,
  outOfBounds: 0,
};

beforeAll(async () => {
  await freshIndexedDb();
  db = await storeWith(HIGHLIGHTS);
  await importPack(db, smallPack);
  const raw = unwrap(db) as IDBDatabase;
  const transaction = raw.transaction;
  raw.transaction = function (
    this: IDBDatabase,
    stores: string | string[],
    mode?: IDBTransactionMode,
    options?: IDBTransactionOptions,
  ) {
    if (mode === 'readwrite') readwrites++;
    return transaction.call(this, stores, mode, options);
  } as typeof raw.transaction;
  baseline = await dump();
});

afterAll(async () => {
  recordHardening('import-fuzz', {
    fuzzInputs: totals.inputs,
    crashes: totals.crashes,
    recordsLost: totals.recordsLost,
  });
  await closeDb();
});

const BASELINE_HIGHLIGHTS = new Map(HIGHLIGHTS.map((h) => [h.id, JSON.stringify(h)]));
const highlightsNow = async () =>
  new Map((await db.getAll('highlights')).map((h) => [h.id, JSON.stringify(h)]));

/** Puts the highlights and packs back as they were (after a file that was accepted); only what changed is written. */
async function restore(): Promise<void> {
  const now = await highlightsNow();
  const same =
    now.size === HIGHLIGHTS.length && HIGHLIGHTS.every((h) => now.get(h.id) === JSON.stringify(h));
  if (!same) {
    const tx = db.transaction('highlights', 'readwrite');
    await Promise.all([
      tx.store.clear(),
      ...HIGHLIGHTS.map((h) => tx.store.put(structuredClone(h))),
      tx.done,
    ]);
  }
}

/** Removes the packs a fuzzed file added. */
async function restorePacks(): Promise<void> {
  for (const p of await listPacks(db)) if (p.id !== smallPack.id) await removePack(db, p.id);
}

interface Outcome {
  refused: number;
  accepted: number;
  failures: string[];
}

/** Runs one case; `run` imports, returning what it reports. */
const slowest: [number, string][] = [];

async function oneCase(
  n: number,
  file: BadFile,
  run: () => Promise<unknown>,
  accepted: (value: unknown, before: Map<string, string>) => Promise<string | null>,
  out: Outcome,
): Promise<void> {
  const started = Date.now();
  try {
    await timedCase(n, file, run, accepted, out);
  } finally {
    slowest.push([Date.now() - started, file.what.slice(0, 100)]);
    slowest.sort((a, b) => b[0] - a[0]).splice(5);
  }
}

async function timedCase(
  n: number,
  file: BadFile,
  run: () => Promise<unknown>,
  accepted: (value: unknown, before: Map<string, string>) => Promise<string | null>,
  out: Outcome,
): Promise<void> {
  const rwBefore = readwrites;
  // The store is at the baseline before every case (checked after each accepted one).
  const before = BASELINE_HIGHLIGHTS;
  totals.inputs++;
  if (file.what.includes('edge ') || /cell \d+ of line/.test(file.what)) totals.edgeFiles++;
  let value: unknown;
  try {
    value = await run();
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    // "refused: <where>: <what>" — a place and a reason, both non-empty.
    if (!(e instanceof Error) || !/^refused: .+: .{3,}/s.test(message)) {
      totals.crashes++;
      out.failures.push(`#${n} ${file.what}: not a refusal: ${String(e).slice(0, 300)}`);
      return;
    }
    out.refused++;
    totals.refused++;
    if (readwrites !== rwBefore || n % FULL_DUMP_EVERY === 0) {
      totals.fullDumps++;
      if ((await dump()) !== baseline) {
        totals.recordsLost++;
        out.failures.push(
          `#${n} ${file.what}: refused (${message.slice(0, 120)}) but the store changed`,
        );
        await restore();
        await restorePacks();
      }
    }
    return;
  }
  out.accepted++;
  totals.accepted++;
  const problem = await accepted(value, before);
  if (problem) out.failures.push(`#${n} ${file.what}: accepted, but ${problem}`);
}

/** An accepted highlight import: the store gained exactly `added` records, `merged` changed, nothing else moved. */
async function checkReport(value: unknown, before: Map<string, string>): Promise<string | null> {
  const report = value as {
    added: number;
    merged: number;
    skipped: { item: number; reason: string }[];
  };
  if (
    !Number.isInteger(report.added) ||
    !Number.isInteger(report.merged) ||
    !Array.isArray(report.skipped)
  )
    return `a malformed report ${JSON.stringify(report)}`;
  if (
    report.skipped.some(
      (s) => !Number.isInteger(s.item) || typeof s.reason !== 'string' || s.reason.length < 3,
    )
  )
    return 'a skipped item without a reason';
  const after = await highlightsNow();
  const added = [...after.keys()].filter((id) => !before.has(id)).length;
  const changed = [...before.keys()].filter((id) => after.get(id) !== before.get(id));
  const lost = [...before.keys()].filter((id) => !after.has(id));
  if (lost.length > 0) {
    totals.recordsLost += lost.length;
    return `records lost: ${lost.join(', ')}`;
  }
  if (added !== report.added || changed.length !== report.merged)
    return `the report says +${report.added} ~${report.merged}, the store has +${added} ~${changed.length}`;
  const written = [...after]
    .filter(([id, json]) => before.get(id) !== json)
    .map(([, json]) => JSON.parse(json) as unknown);
  const outOfBounds = written
    .map((record) => checkCall('restoreHighlight', [record], 'page'))
    .find((c) => !c.ok);
  if (added + changed.length > 0) await restore();
  if (outOfBounds && !outOfBounds.ok) {
    totals.outOfBounds++;
    return `a record out of bounds was written (${outOfBounds.error.slice(0, 200)})`;
  }
  return null;
}

async function fuzzHighlights(format: ImportFormat, files: Iterable<BadFile>): Promise<Outcome> {
  const out: Outcome = { refused: 0, accepted: 0, failures: [] };
  let n = 0;
  for (const file of files) {
    n++;
    await oneCase(n, file, () => importHighlights(db, format, file.text, NOW), checkReport, out);
  }
  return out;
}

const t0 = Date.now();
const seconds = () => ((Date.now() - t0) / 1000).toFixed(1);

describe(`${PER_FORMAT.toLocaleString('en')} bad files per format`, () => {
  jest.setTimeout(120_000);

  test('critique packs (importPack): refused with the reason, store unchanged', async () => {
    const layer = { ...smallPack.layers[0], id: 'pack:fuzz-notes' };
    const paragraphs = [...smallPack.paragraphs, { ...smallPack.paragraphs[0], id: 'note-3' }].map(
      (p) => ({ ...p, layer: layer.id }),
    );
    const good = { ...smallPack, id: 'fuzz-pack', layers: [layer], paragraphs };
    const out: Outcome = { refused: 0, accepted: 0, failures: [] };
    const seed = rng(20261127);
    let reached = 0;
    let notJson = 0;
    // As the options page does: the file's text (decoded by the browser), JSON.parse, then importPack.
    for (const file of badJsonFiles(seed, good, [['paragraphs'], ['layers']], PER_FORMAT * 2)) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(file.text);
      } catch {
        notJson++;
        continue;
      }
      reached++;
      await oneCase(
        reached,
        file,
        () => importPack(db, parsed),
        async (value) => {
          const summary = value as { id: string; layers: unknown[]; paragraphs: number };
          await restorePacks();
          return typeof summary.id === 'string' &&
            Array.isArray(summary.layers) &&
            Number.isInteger(summary.paragraphs)
            ? null
            : `a malformed summary ${JSON.stringify(summary).slice(0, 200)}`;
        },
        out,
      );
      if (reached === PER_FORMAT) break;
    }
    console.log(
      `packs: ${reached} files reached importPack (${notJson} more were not JSON, refused by the page): ${out.refused} refused, ${out.accepted} accepted; ${seconds()} s`,
    );
    expect(out.failures.slice(0, 20)).toEqual([]);
    expect(reached).toBe(PER_FORMAT);
    expect(out.refused).toBeGreaterThan(PER_FORMAT * 0.9);
  });

  test('highlights, W3C JSON-LD: refused with the reason, store unchanged', async () => {
    const good = JSON.parse(
      exportJsonLd([...HIGHLIGHTS, ...NEW], NOW, '00000000-0000-4000-8000-000000000000'),
    );
    const out = await fuzzHighlights(
      'jsonld',
      badJsonFiles(rng(1), good, [['first', 'items']], PER_FORMAT),
    );
    console.log(`jsonld: ${out.refused} refused, ${out.accepted} accepted; ${seconds()} s`);
    expect(out.failures.slice(0, 20)).toEqual([]);
    expect(out.refused + out.accepted).toBe(PER_FORMAT);
  });

  test('highlights, Hypothesis JSON: refused with the reason, store unchanged', async () => {
    const out = await fuzzHighlights(
      'hypothesis',
      badJsonFiles(rng(2), hypothesisExport, [['annotations']], PER_FORMAT),
    );
    console.log(`hypothesis: ${out.refused} refused, ${out.accepted} accepted; ${seconds()} s`);
    expect(out.failures.slice(0, 20)).toEqual([]);
    expect(out.refused + out.accepted).toBe(PER_FORMAT);
  });

  test('highlights, CSV: refused with the reason, store unchanged', async () => {
    const out = await fuzzHighlights(
      'csv',
      badCsvFiles(rng(3), exportCsv([...HIGHLIGHTS, ...NEW]), PER_FORMAT),
    );
    console.log(`csv: ${out.refused} refused, ${out.accepted} accepted; ${seconds()} s`);
    expect(out.failures.slice(0, 20)).toEqual([]);
    expect(out.refused + out.accepted).toBe(PER_FORMAT);
  });

  test('learned chapters (importLearned): refused with the reason, nothing stored; what is stored passes the check again', async () => {
    const page = learnedChapterPage();
    const identity = {
      url: `https://www.marxists.org${page.path}`,
      title: page.title,
      headings: [page.title],
    };
    await learnFromPage(db, identity, page.paragraphs.join('\n'));
    const [record] = (await exportLearned(db)).chapters;
    const good: LearnedPack = {
      format: 'counterpoint-learned',
      version: 1,
      chapters: [record, { ...record, chapter: 'ch26' }],
    };
    await db.clear('learned');
    const known = new Set(await db.getAllKeys('chapters'));
    const learnedNow = async () => JSON.stringify(await db.getAll('learned'));
    const empty = await learnedNow();
    const out: Outcome = { refused: 0, accepted: 0, failures: [] };
    let reached = 0;
    // As the options page does: the file's text, JSON.parse, then importLearned.
    for (const file of badJsonFiles(rng(4), good, [['chapters']], PER_FORMAT * 2)) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(file.text);
      } catch {
        continue;
      }
      reached++;
      await oneCase(
        reached,
        file,
        () => importLearned(db, parsed),
        async (value) => {
          const stored = await db.getAll('learned');
          await db.clear('learned');
          const { imported } = value as { imported: number };
          if (stored.length !== imported)
            return `reported ${imported} chapters, stored ${stored.length}`;
          const bad = stored.find(
            (c) =>
              typeof checkLearnedChapter(c, known) === 'string' ||
              c.textHash !== hashOfHashes(base64ToU32(c.hashes)),
          );
          return bad
            ? `stored a chapter that does not pass the check: ${JSON.stringify(bad).slice(0, 200)}`
            : null;
        },
        out,
      );
      // An accepted file's chapters were cleared above: the learned store is empty after every case.
      if ((await learnedNow()) !== empty) {
        out.failures.push(`#${reached} ${file.what}: the learned store changed after a refusal`);
        await db.clear('learned');
      }
      if (reached === PER_FORMAT) break;
    }
    console.log(
      `learned: ${reached} files reached importLearned: ${out.refused} refused, ${out.accepted} accepted; ${seconds()} s`,
    );
    expect(out.failures.slice(0, 20)).toEqual([]);
    expect(reached).toBe(PER_FORMAT);
    expect(out.refused).toBeGreaterThan(PER_FORMAT * 0.5);
  });

  test('wrong encodings are named: UTF-16 and invalid UTF-8 are refused as such', async () => {
    const text = exportCsv(NEW);
    const utf16 = new Uint8Array([
      0xff,
      0xfe,
      ...[...text].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]),
    ]);
    await expect(importHighlights(db, 'csv', decodeAsBrowser(utf16), NOW)).rejects.toThrow(
      /^refused: the file: .*UTF-16/,
    );
    const broken = decodeAsBrowser(
      new Uint8Array([
        ...new TextEncoder().encode(text.slice(0, 200)),
        0xc3,
        0x28,
        ...new TextEncoder().encode(text.slice(200)),
      ]),
    );
    await expect(importHighlights(db, 'csv', broken, NOW)).rejects.toThrow(
      /^refused: the file: .*UTF-8/,
    );
    expect(await dump()).toBe(baseline);
  });

  test('totals', () => {
    console.log(`slowest cases: ${slowest.map(([ms, what]) => `${ms} ms ${what}`).join(' | ')}`);
    console.log(
      `import fuzz: ${totals.inputs} files, ${totals.refused} refused, ${totals.accepted} accepted, ${totals.fullDumps} full dumps, ${totals.crashes} crashes, ${totals.recordsLost} records lost; ${totals.edgeFiles} files with an edge date, URL or cell, ${totals.outOfBounds} records out of bounds written; ${seconds()} s`,
    );
    expect(totals.crashes).toBe(0);
    expect(totals.recordsLost).toBe(0);
    expect(totals.outOfBounds).toBe(0);
    expect(totals.edgeFiles).toBeGreaterThan(totals.inputs * 0.05);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
