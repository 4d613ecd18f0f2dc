// Every method of the message contract, called through the real dispatch
// (src/platform/messaging.ts → src/background/handlers.ts) with generated wrong
// arguments: wrong types, missing, huge, extra, `__proto__`/`constructor` keys,
// and each field of an object argument broken in turn. Each call must come back
// `refused: …`, and change nothing: every store dumped before and after, and no
// browser API that writes (storage, badge, scripting, tabs) called. A sender
// that is not this extension is refused, with a logged reason, for every method.
//
// The browser is a recording fake of webextension-polyfill: reads answer empty,
// every call is logged, and a call whose name writes counts as a state change.
import { closeDb } from '../../src/background/db';
import { handlers } from '../../src/background/handlers';
import { importPack } from '../../src/background/packs';
import { readyDb } from '../../src/background/seed';
import { handleBackgroundMessages } from '../../src/platform/messaging';
import { arityOf, type Method, type Result } from '../../src/shared/messages';
import { HIGHLIGHTS } from '../fixtures/exchange/highlights';
import { recordHardening } from '../hardening';
import { dump, storeWith } from './exchange/helpers';
import { freshIndexedDb } from './fresh-db';
import smallPack from '../fixtures/packs/small-pack.json';

jest.mock('webextension-polyfill', () => {
  const calls: string[] = [];
  const listeners: ((message: unknown, sender: unknown) => unknown)[] = [];
  // Any property is another fake; a call is logged and answers an empty object (storage reads: nothing stored).
  const fake = (path: string): unknown => new Proxy(function () {}, {
    get: (_t, key) => {
      if (key === 'then') return undefined; // not a thenable
      if (path === 'browser.runtime' && key === 'id') return 'counterpoint@ours';
      if (path === 'browser.runtime.onMessage' && key === 'addListener') return (l: (m: unknown, s: unknown) => unknown) => listeners.push(l);
      return fake(`${path}.${String(key)}`);
    },
    apply: (_t, _this, args) => {
      calls.push(path);
      if (/\.(addListener|hasListener|getURL|getManifest)$/.test(path)) return undefined;
      return Promise.resolve(/\.get$/.test(path) && typeof args[0] === 'string' ? {} : /\.query$|\.getAll$|getRegisteredContentScripts$/.test(path) ? [] : {});
    },
  });
  return { __esModule: true, default: fake('browser'), mockCalls: calls, mockListeners: listeners };
});
// eslint-disable-next-line @typescript-eslint/no-require-imports
const polyfill = require('webextension-polyfill') as { mockCalls: string[]; mockListeners: ((message: unknown, sender: unknown) => Promise<Result<unknown>>)[] };

/** Browser calls that change state somewhere. */
const WRITES = /\.(set|remove|clear|insertCSS|removeCSS|executeScript|register\w*|unregister\w*|update|create|setBadge\w*|sendMessage|reload)$/;
const writesSince = (from: number) => polyfill.mockCalls.slice(from).filter((c) => WRITES.test(c));

const OURS = { id: 'counterpoint@ours', tab: { id: 7 }, frameId: 0, url: 'https://www.marxists.org/archive/trotsky/1930/hrr/ch26.htm' };
const send = (message: unknown, sender: object = OURS) => polyfill.mockListeners[0](message, sender);

// --- wrong values -----------------------------------------------------------

const proto = () => JSON.parse('{"__proto__": {"polluted": true}, "a": 1}');
const ctor = () => JSON.parse('{"constructor": {"prototype": {"polluted": true}}}');
const deep = (n: number): unknown => { let v: unknown = 'bottom'; for (let i = 0; i < n; i++) v = [v]; return v; };
const HUGE = 'y'.repeat(2_000_000);

/** Values that no parameter of the contract takes in the place of a structured argument. */
const WRONG: [string, () => unknown][] = [
  ['undefined', () => undefined], ['null', () => null], ['true', () => true], ['0', () => 0], ['-1', () => -1], ['1.5', () => 1.5],
  ['NaN', () => NaN], ['Infinity', () => Infinity], ['""', () => ''], ['70 chars', () => 'x'.repeat(70)], ['2 M chars', () => HUGE],
  ['[]', () => []], ['[1, 2]', () => [1, 2]], ['{}', () => ({})], ['5,000-deep array', () => deep(5000)],
  ['__proto__ key', proto], ['constructor key', ctor], ['100,001 items', () => new Array(100_001).fill('a')], ['a Date', () => new Date(0)],
];

/** Which generic wrong values a parameter kind actually accepts (skipped: they are not wrong there). */
type Kind = 'id' | 'ids' | 'idsOrNull' | 'tabId' | 'text' | 'query' | 'host' | 'importText' | 'object' | 'objectOrNull' | 'list' | 'enum';
const ACCEPTS: Record<Kind, (label: string) => boolean> = {
  id: () => false,
  ids: (l) => l === '[]',
  idsOrNull: (l) => l === '[]' || l === 'null',
  tabId: (l) => l === '0',
  text: (l) => l === '""' || l === '70 chars',
  query: (l) => l === '""' || l === '70 chars',
  host: (l) => l === '70 chars',
  importText: () => false,
  object: () => false,
  // An optional argument: left out (undefined) or null both mean "none".
  objectOrNull: (l) => l === 'null' || l === 'undefined',
  list: (l) => l === '[]',
  enum: () => false,
};

// --- valid arguments, so that one broken field is the only thing wrong --------

const H = HIGHLIGHTS[0];
const draft = { url: H.url, title: H.title, quote: H.quote, position: H.position, note: H.note, tags: H.tags, chapter: H.chapter, passage: H.passage };
const detection = { passage: 'VII-01', chapter: 'ch26', start: 0, end: 10, score: 1, excerpt: 'x' };

interface Param { kind: Kind; valid: unknown; optional?: string[] }
const p = (kind: Kind, valid: unknown, optional: string[] = []): Param => ({ kind, valid, optional });
const PARAMS: Record<Method, Param[]> = {
  getPassageIndex: [], getLayers: [], getQuoteChecks: [], getReviewOutline: [], listPacks: [], resetDataset: [], applyStyles: [],
  listHighlights: [], takePendingHighlight: [], listLearned: [], exportLearned: [],
  forgetLearned: [p('idsOrNull', 'ch26')],
  importLearned: [p('object', { format: 'counterpoint-learned', version: 1, chapters: [] })],
  detectText: [p('text', 'some words of a page'), p('object', { minWords: 12, minIdentity: 0.7 }), p('objectOrNull', { url: OURS.url, title: 't', headings: ['h'] })],
  reportDetections: [p('object', { url: OURS.url, title: 't', chapter: 'ch26', detections: [detection] })],
  recogniseChapter: [p('object', { url: OURS.url, title: 't', headings: ['h'] })],
  getOverlayData: [p('idsOrNull', ['VII-01'])],
  getSection: [p('id', 'VI')],
  getTabReport: [p('tabId', 7)],
  getCritiques: [p('ids', ['VII-01'])],
  getChapterView: [p('id', 'ch26')],
  searchReview: [p('query', 'party')],
  getSiteState: [p('host', 'www.marxists.org')],
  scanTab: [p('tabId', 7)],
  previewThresholds: [p('object', { minWords: 12, minIdentity: 0.7 })],
  importPack: [p('object', { ...smallPack, id: 'other-pack' }, ['opens', 'note'])],
  removePack: [p('id', smallPack.id)],
  saveHighlight: [p('object', { ...draft, id: '5d0c6f1e-8a4b-4c2d-9e3f-1a2b3c4d5e6f' }, ['id'])],
  highlightsForPage: [p('enum', H.url)],
  reportAnchoring: [p('enum', H.url), p('list', [{ id: H.id, status: 'orphaned' }])],
  updateHighlight: [p('id', H.id), p('object', { note: 'changed', tags: ['t'] }, ['note', 'tags'])],
  deleteHighlight: [p('id', H.id)],
  restoreHighlight: [p('object', { ...H, note: 'restored over' })],
  exportHighlights: [p('enum', 'csv')],
  importHighlights: [p('enum', 'csv'), p('importText', 'url,quote\r\nhttps://www.marxists.org/x.htm,some words\r\n')],
  openHighlight: [p('id', H.id)],
};

/** Fields the contract lets be null. */
const NULLABLE = new Set(['chapter', 'passage']);

/** Values of another type than `original`, for one field of an object argument. */
function wrongFor(original: unknown, key: string): [string, unknown][] {
  if (NULLABLE.has(key)) return wrongFor(null, '').filter(([label]) => label !== 'null');
  const common: [string, unknown][] = [['undefined', undefined], ['__proto__ object', proto()], ['2 M chars', HUGE]];
  if (typeof original === 'string') return [...common, ['5', 5], ['null', null], ['{}', {}], ['["x"]', ['x']]];
  if (typeof original === 'number') return [...common, ['"1"', '1'], ['null', null], ['-1', -1], ['NaN', NaN], ['1e300', 1e300]];
  if (Array.isArray(original)) return [...common, ['"x"', 'x'], ['{}', {}], ['null', null], ['100,001 items', new Array(100_001).fill(original[0] ?? 'a')], ['[5]', [5]]];
  if (original === null) return [['undefined', undefined], ['5', 5], ['{}', {}], ['""', ''], ['70 chars', 'x'.repeat(70)], ['__proto__ object', proto()]];
  if (typeof original === 'object') return [...common, ['"x"', 'x'], ['[]', []], ['null', null], ['5', 5]];
  return common;
}

/** Every (path, broken copy) of an object argument: each field of each level in turn, and prototype keys added. */
function* brokenCopies(valid: unknown, optional: string[], path = ''): Generator<[string, unknown]> {
  if (typeof valid !== 'object' || valid === null) return;
  const entries: [string | number, unknown][] = Array.isArray(valid) ? (valid.length ? [[0, valid[0]]] : []) : Object.entries(valid);
  if (!Array.isArray(valid)) {
    for (const [label, make] of [['__proto__', proto], ['constructor', ctor]] as const) {
      const copy = JSON.parse(`{${JSON.stringify(label)}: ${JSON.stringify(make())}}`);
      Object.assign(copy, valid);
      yield [`${path || 'arg'} + ${label} key`, copy];
    }
  }
  for (const [key, value] of entries) {
    const at = path ? `${path}.${key}` : String(key);
    const optionalHere = optional.includes(String(key));
    for (const [label, wrong] of wrongFor(value, String(key))) {
      if (label === 'undefined' && optionalHere) continue;
      const copy = structuredClone(valid) as Record<string | number, unknown>;
      if (wrong === undefined) {
        if (Array.isArray(copy)) continue;
        delete copy[key];
      } else copy[key] = wrong;
      yield [`${at} = ${label}`, copy];
    }
    for (const [sub, broken] of brokenCopies(value, optional, at)) {
      const copy = structuredClone(valid) as Record<string | number, unknown>;
      copy[key] = broken;
      yield [sub, copy];
    }
  }
}

/** Every wrong call of one method: [label, args]. */
function* wrongCalls(method: Method): Generator<[string, unknown[]]> {
  const params = PARAMS[method];
  const valid = params.map((x) => x.valid);
  if (params.length > 0) yield ['no arguments at all', []];
  yield ['one argument too many', [...valid, 'extra']];
  for (const [i, param] of params.entries()) {
    for (const [label, make] of WRONG) {
      if (ACCEPTS[param.kind](label)) continue;
      const args = [...valid];
      args[i] = make();
      yield [`argument ${i + 1} = ${label}`, args];
    }
    if (param.kind === 'enum') yield [`argument ${i + 1} = "ftp://x" / other word`, Object.assign([...valid], { [i]: i === 0 && method === 'highlightsForPage' ? 'ftp://x' : 'pdf' })];
    if (param.kind === 'object' || param.kind === 'objectOrNull' || param.kind === 'list') for (const [label, broken] of brokenCopies(param.valid, param.optional ?? [])) yield [`argument ${i + 1}: ${label}`, Object.assign([...valid], { [i]: broken })];
  }
}

/** The stores' counts, every meta record and every highlight, as JSON. */
async function quickDump(): Promise<string> {
  const db = await readyDb();
  const stores = ['meta', 'paragraphs', 'passages', 'chapters', 'layers', 'quoteChecks', 'highlights'] as const;
  const counts = await Promise.all(stores.map((s) => db.count(s)));
  return JSON.stringify([counts, await db.getAll('meta'), await db.getAll('highlights')]);
}

const METHODS = Object.keys(handlers) as Method[];
const counts = { calls: 0, crashes: 0 };

// Refusals are logged (console.warn): kept quiet here, read where the log is the point.
let warn: jest.SpyInstance;

beforeAll(async () => {
  warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
  await freshIndexedDb();
  await storeWith(HIGHLIGHTS);
  await importPack(await readyDb(), smallPack);
  handleBackgroundMessages(handlers);
});
afterAll(async () => {
  warn.mockRestore();
  recordHardening('handlers-fuzz', { fuzzInputs: counts.calls, crashes: counts.crashes, recordsLost: 0 });
  await closeDb();
});

test('one listener; every method of the contract has a parameter table here', () => {
  expect(polyfill.mockListeners).toHaveLength(1);
  for (const m of METHODS) expect(PARAMS[m]).toHaveLength(arityOf(m));
});

jest.setTimeout(60_000);

describe.each(METHODS)('%s', (method) => {
  test('wrong arguments are refused and change nothing', async () => {
    const cases = [...wrongCalls(method)];
    const before = await dump();
    const quickBefore = await quickDump();
    const failures: string[] = [];
    for (const [label, args] of cases) {
      const mark = polyfill.mockCalls.length;
      let reply: Result<unknown>;
      try {
        reply = await send({ method, args });
      } catch (e) {
        counts.crashes++;
        failures.push(`${label}: the listener threw ${String(e)}`);
        continue;
      }
      counts.calls++;
      if (reply.ok || !reply.error.startsWith('refused: ')) {
        if (!reply.ok && !/^refused: /.test(reply.error)) counts.crashes++;
        failures.push(`${label}: ${JSON.stringify(reply).slice(0, 200)}`);
      }
      const writes = writesSince(mark);
      if (writes.length > 0) failures.push(`${label}: browser writes ${writes.join(', ')}`);
      // After each call: what any write would change (meta: packs and seeding; highlights; counts);
      // every store in full once the method's cases are done.
      if ((await quickDump()) !== quickBefore) failures.push(`${label}: the store changed`);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    }
    expect(failures).toEqual([]);
    expect(await dump()).toBe(before);
    expect(cases.length).toBeGreaterThan(0);
  });

  test('a message from another extension is refused with a logged reason', async () => {
    const mark = polyfill.mockCalls.length;
    const before = await dump();
    for (const sender of [{ ...OURS, id: 'evil@elsewhere' }, { ...OURS, id: undefined }]) {
      const reply = await send({ method, args: PARAMS[method].map((x) => x.valid) }, sender);
      counts.calls++;
      expect(reply).toEqual({ ok: false, error: expect.stringMatching(/^refused: sender is not this extension/) });
      expect(warn).toHaveBeenLastCalledWith(expect.stringMatching(new RegExp(`refused a message from ${sender.id ?? 'no extension id'}.*sender is not this extension`)));
    }
    expect(writesSince(mark)).toEqual([]);
    expect(await dump()).toBe(before);
  });
});

test('a message that is not a call is refused and logged', async () => {
  warn.mockClear();
  for (const message of [null, 'getLayers', { method: 'getLayers' }, { method: 'constructor', args: [] }, { method: '__proto__', args: [] }, { method: 'getLayers', args: {} }]) {
    expect(await send(message)).toEqual({ ok: false, error: expect.stringMatching(/^refused: not a Counterpoint call/) });
    counts.calls++;
  }
  expect(warn).toHaveBeenCalledTimes(6);
});
