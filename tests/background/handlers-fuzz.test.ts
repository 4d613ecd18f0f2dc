// Every method of the message contract, called through the real dispatch
// (src/platform/dispatch.ts → src/background/handlers.ts) with generated wrong
// arguments: wrong types, missing, huge, extra, `__proto__`/`constructor` keys,
// and each field of an object argument broken in turn. The cases come from the
// contract table (src/shared/contract.ts): each argument's schema gives its
// valid example, and a generated value the schema itself accepts is not a
// wrong one. Each call must come back `refused: …`, and change nothing: every
// store dumped before and after, and no browser API that writes (storage,
// badge, scripting, tabs) called. A sender that is not this extension, or a
// caller the table does not name for the method, is refused with a logged
// reason, for every method.
//
// The browser is a recording fake of webextension-polyfill: reads answer empty,
// every call is logged, and a call whose name writes counts as a state change.
import { closeDb } from '../../src/background/db';
import { handlers } from '../../src/background/handlers';
import { importPack } from '../../src/background/packs';
import { readyDb } from '../../src/background/seed';
import * as v from 'valibot';
import { handleBackgroundMessages } from '../../src/platform/dispatch';
import { CONTRACT, METHODS, type Caller, type Method } from '../../src/shared/contract';
import type { Result } from '../../src/shared/messages';
import { HIGHLIGHTS } from '../fixtures/exchange/highlights';
import { recordHardening } from '../hardening';
import { dump, storeWith } from './exchange/helpers';
import { freshIndexedDb } from './fresh-db';
import smallPack from '../fixtures/packs/small-pack.json';

jest.mock('webextension-polyfill', () => {
  const calls: string[] = [];
  const listeners: ((message: unknown, sender: unknown) => unknown)[] = [];
  // Any property is another fake; a call is logged and answers an empty object (storage reads: nothing stored).
  const fake = (path: string): unknown =>
    new Proxy(function () {}, {
      get: (_t, key) => {
        if (key === 'then') return undefined; // not a thenable
        if (path === 'browser' && key === 'mockCalls') return calls;
        if (path === 'browser' && key === 'mockListeners') return listeners;
        if (path === 'browser.runtime' && key === 'id') return 'counterpoint@ours';
        if (path === 'browser.runtime.onMessage' && key === 'addListener')
          return (l: (m: unknown, s: unknown) => unknown) => listeners.push(l);
        return fake(`${path}.${String(key)}`);
      },
      apply: (_t, _this, args) => {
        calls.push(path);
        if (path === 'browser.runtime.getURL') return `chrome-extension://ours/${String(args[0])}`;
        if (/\.(addListener|hasListener|getManifest)$/.test(path)) return undefined;
        return Promise.resolve(
          /\.get$/.test(path) && typeof args[0] === 'string'
            ? {}
            : /\.query$|\.getAll$|getRegisteredContentScripts$/.test(path)
              ? []
              : {},
        );
      },
    });
  // The module's object is the browser namespace itself (src/platform/browser.ts requires it).
  return fake('browser');
});
// eslint-disable-next-line @typescript-eslint/no-require-imports
const polyfill = require('webextension-polyfill') as {
  mockCalls: string[];
  mockListeners: ((message: unknown, sender: unknown) => Promise<Result<unknown>>)[];
};

/** Browser calls that change state somewhere. */
const WRITES =
  /\.(set|remove|clear|insertCSS|removeCSS|executeScript|register\w*|unregister\w*|update|create|setBadge\w*|sendMessage|reload)$/;
const writesSince = (from: number) => polyfill.mockCalls.slice(from).filter((c) => WRITES.test(c));

/** A content script in tab 7, on the page the examples' drafts are on; and an extension page (a tab too). */
const CONTENT = {
  id: 'counterpoint@ours',
  tab: { id: 7 },
  frameId: 0,
  url: 'https://www.marxists.org/archive/trotsky/1930/hrr/ch26.htm',
};
const PAGE = {
  id: 'counterpoint@ours',
  tab: { id: 9 },
  frameId: 0,
  url: 'chrome-extension://ours/library.html',
};
const VIEWER = {
  id: 'counterpoint@ours',
  tab: { id: 11 },
  frameId: 0,
  url: 'chrome-extension://ours/pdf.html?file=https://www.marxists.org/archive/trotsky/1930/hrr/ch26.pdf',
};
const SENDERS: Record<Caller, typeof CONTENT> = { content: CONTENT, page: PAGE, viewer: VIEWER };
const senderFor = (method: Method) => SENDERS[CONTRACT[method].callers[0]];
const send = (message: unknown, sender: object) => polyfill.mockListeners[0](message, sender);

// --- wrong values -----------------------------------------------------------

const proto = () => JSON.parse('{"__proto__": {"polluted": true}, "a": 1}');
const ctor = () => JSON.parse('{"constructor": {"prototype": {"polluted": true}}}');
const deep = (n: number): unknown => {
  let v: unknown = 'bottom';
  for (let i = 0; i < n; i++) v = [v];
  return v;
};
const HUGE = 'y'.repeat(2_000_000);

/** Values no structured argument takes; where a schema does take one (a text may be 70 characters), it is skipped there. */
const WRONG: [string, () => unknown][] = [
  ['undefined', () => undefined],
  ['null', () => null],
  ['true', () => true],
  ['0', () => 0],
  ['-1', () => -1],
  ['1.5', () => 1.5],
  ['NaN', () => NaN],
  ['Infinity', () => Infinity],
  ['""', () => ''],
  ['70 chars', () => 'x'.repeat(70)],
  ['2 M chars', () => HUGE],
  ['"pdf"', () => 'pdf'],
  ['"ftp://x"', () => 'ftp://x'],
  ['1e20', () => 1e20],
  ['[]', () => []],
  ['[1, 2]', () => [1, 2]],
  ['{}', () => ({})],
  ['5,000-deep array', () => deep(5000)],
  ['__proto__ key', proto],
  ['constructor key', ctor],
  ['100,001 items', () => new Array(100_001).fill('a')],
  ['a Date', () => new Date(0)],
];

// --- valid arguments, from the table, so that one broken field is the only thing wrong --

type Schema = v.GenericSchema & { type: string; pipe?: { type: string; examples?: unknown[] }[] };
const argSchemas = (method: Method) => CONTRACT[method].args.items as unknown as Schema[];
/** Parsed files (packs, learned chapters) are checked by their handlers: their valid examples are fixtures. */
const FILE_EXAMPLES: Partial<Record<Method, unknown>> = {
  importPack: { ...smallPack, id: 'other-pack' },
  importLearned: { format: 'counterpoint-learned', version: 1, chapters: [] },
};
const checkedByHandler = (schema: Schema) => schema.type === 'unknown';
function exampleOf(method: Method, schema: Schema): unknown {
  if (checkedByHandler(schema)) return FILE_EXAMPLES[method];
  const examples = schema.pipe?.find((action) => action.type === 'examples')?.examples;
  if (!examples?.length) throw new Error(`${method}: an argument schema without an example`);
  return structuredClone(examples[0]);
}
/** Whether `value` is in fact a valid argument there (then it is no wrong case). */
const accepts = (schema: Schema, value: unknown) =>
  !checkedByHandler(schema) && v.is(schema, value);

/** Values of another type than `original`, for one field of an object argument. */
function wrongFor(original: unknown): [string, unknown][] {
  const common: [string, unknown][] = [
    ['undefined', undefined],
    ['__proto__ object', proto()],
    ['2 M chars', HUGE],
  ];
  if (typeof original === 'string')
    return [...common, ['5', 5], ['null', null], ['{}', {}], ['["x"]', ['x']]];
  if (typeof original === 'number')
    return [...common, ['"1"', '1'], ['null', null], ['-1', -1], ['NaN', NaN], ['1e300', 1e300]];
  if (Array.isArray(original))
    return [
      ...common,
      ['"x"', 'x'],
      ['{}', {}],
      ['null', null],
      ['100,001 items', new Array(100_001).fill(original[0] ?? 'a')],
      ['[5]', [5]],
    ];
  if (original === null)
    return [
      ['undefined', undefined],
      ['5', 5],
      ['{}', {}],
      ['""', ''],
      ['70 chars', 'x'.repeat(70)],
      ['__proto__ object', proto()],
    ];
  if (typeof original === 'object')
    return [...common, ['"x"', 'x'], ['[]', []], ['null', null], ['5', 5]];
  return common;
}

/** Every (path, broken copy) of an object argument: each field of each level in turn, and prototype keys added. */
function* brokenCopies(valid: unknown, path = ''): Generator<[string, unknown]> {
  if (typeof valid !== 'object' || valid === null) return;
  const entries: [string | number, unknown][] = Array.isArray(valid)
    ? valid.length
      ? [[0, valid[0]]]
      : []
    : Object.entries(valid);
  if (!Array.isArray(valid)) {
    for (const [label, make] of [
      ['__proto__', proto],
      ['constructor', ctor],
    ] as const) {
      const copy = JSON.parse(`{${JSON.stringify(label)}: ${JSON.stringify(make())}}`);
      Object.assign(copy, valid);
      yield [`${path || 'arg'} + ${label} key`, copy];
    }
  }
  for (const [key, value] of entries) {
    const at = path ? `${path}.${key}` : String(key);
    for (const [label, wrong] of wrongFor(value)) {
      const copy = structuredClone(valid) as Record<string | number, unknown>;
      if (wrong === undefined) {
        if (Array.isArray(copy)) continue;
        delete copy[key];
      } else copy[key] = wrong;
      yield [`${at} = ${label}`, copy];
    }
    for (const [sub, broken] of brokenCopies(value, at)) {
      const copy = structuredClone(valid) as Record<string | number, unknown>;
      copy[key] = broken;
      yield [sub, copy];
    }
  }
}

/** Every wrong call of one method: [label, args]. */
function* wrongCalls(method: Method): Generator<[string, unknown[]]> {
  const schemas = argSchemas(method);
  const valid = schemas.map((schema) => exampleOf(method, schema));
  if (schemas.length > 0) yield ['no arguments at all', []];
  yield ['one argument too many', [...valid, 'extra']];
  for (const [i, schema] of schemas.entries()) {
    const withArg = (value: unknown) => Object.assign([...valid], { [i]: value });
    for (const [label, make] of WRONG) {
      const value = make();
      if (!accepts(schema, value)) yield [`argument ${i + 1} = ${label}`, withArg(value)];
    }
    for (const [label, broken] of brokenCopies(valid[i]))
      if (!accepts(schema, broken)) yield [`argument ${i + 1}: ${label}`, withArg(broken)];
  }
}

/** The stores' counts, every meta record and every highlight, as JSON. */
async function quickDump(): Promise<string> {
  const db = await readyDb();
  const stores = [
    'meta',
    'paragraphs',
    'passages',
    'chapters',
    'layers',
    'quoteChecks',
    'highlights',
  ] as const;
  const counts = await Promise.all(stores.map((s) => db.count(s)));
  return JSON.stringify([counts, await db.getAll('meta'), await db.getAll('highlights')]);
}

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
  recordHardening('handlers-fuzz', {
    fuzzInputs: counts.calls,
    crashes: counts.crashes,
    recordsLost: 0,
  });
  await closeDb();
});

test('one listener; every argument of the contract has a valid example that passes its schema', () => {
  expect(polyfill.mockListeners).toHaveLength(1);
  for (const m of METHODS) {
    for (const schema of argSchemas(m)) {
      const example = exampleOf(m, schema);
      if (!checkedByHandler(schema)) expect([m, v.is(schema, example)]).toEqual([m, true]);
    }
  }
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
        reply = await send({ method, args }, senderFor(method));
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

  test('a caller the table does not name is refused with a logged reason, and changes nothing', async () => {
    const mark = polyfill.mockCalls.length;
    const before = await dump();
    const args = argSchemas(method).map((schema) => exampleOf(method, schema));
    const others = (['page', 'content', 'viewer'] as const).filter(
      (c) => !(CONTRACT[method].callers as readonly Caller[]).includes(c),
    );
    // A sender of ours that is neither: no URL (no document), or a URL outside our origin and no tab.
    const neither = [
      { id: 'counterpoint@ours', frameId: 0 },
      { ...CONTENT, tab: undefined },
    ];
    for (const sender of [...others.map((c) => SENDERS[c]), ...neither]) {
      const reply = await send({ method, args }, sender);
      counts.calls++;
      expect(reply).toEqual({
        ok: false,
        error: expect.stringMatching(
          /^refused: (\w+ is for (extension pages|content scripts|the PDF viewer)( and [\w ]+)? only|sender is neither)/,
        ),
      });
      expect(warn).toHaveBeenLastCalledWith(
        expect.stringMatching(/refused a message from counterpoint@ours/),
      );
    }
    expect(writesSince(mark)).toEqual([]);
    expect(await dump()).toBe(before);
  });

  test('a message from another extension is refused with a logged reason', async () => {
    const mark = polyfill.mockCalls.length;
    const before = await dump();
    for (const sender of [
      { ...senderFor(method), id: 'evil@elsewhere' },
      { ...senderFor(method), id: undefined },
    ]) {
      const reply = await send(
        { method, args: argSchemas(method).map((schema) => exampleOf(method, schema)) },
        sender,
      );
      counts.calls++;
      expect(reply).toEqual({
        ok: false,
        error: expect.stringMatching(/^refused: sender is not this extension/),
      });
      expect(warn).toHaveBeenLastCalledWith(
        expect.stringMatching(
          new RegExp(
            `refused a message from ${sender.id ?? 'no extension id'}.*sender is not this extension`,
          ),
        ),
      );
    }
    expect(writesSince(mark)).toEqual([]);
    expect(await dump()).toBe(before);
  });
});

test('a message that is not a call is refused and logged', async () => {
  warn.mockClear();
  for (const message of [
    null,
    'getLayers',
    { method: 'getLayers' },
    { method: 'constructor', args: [] },
    { method: '__proto__', args: [] },
    { method: 'getLayers', args: {} },
  ]) {
    expect(await send(message, PAGE)).toEqual({
      ok: false,
      error: expect.stringMatching(/^refused: not a Counterpoint call/),
    });
    counts.calls++;
  }
  expect(warn).toHaveBeenCalledTimes(6);
});
