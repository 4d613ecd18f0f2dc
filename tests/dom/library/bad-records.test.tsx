// The library over a real store (fake-indexeddb) holding records an older
// version stored badly: `created: 1e20` (the security report: the page stayed
// blank and the record could not be deleted), NaN, a quote that is not a
// string, tags that are not an array. Every call goes through the message
// contract's checks and the real handlers, its answer through JSON as Chrome's
// messaging sends it. The page renders, every record shows, each can be
// deleted (the delete reaches the store), and every export works.

import { lightTheme } from '../theme-stub';
import 'fake-indexeddb/auto';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { closeDb } from '../../../src/background/db';
import { handlers } from '../../../src/background/handlers';
import { readyDb } from '../../../src/background/seed';
import { LibraryApp, type LibraryDeps } from '../../../src/library/app';
import { checkCall, type Method } from '../../../src/shared/contract';
import type { ExportFile } from '../../../src/shared/highlights';
import type { SenderInfo } from '../../../src/shared/messages';
import { t } from '../ui/overlay/fixtures';
import { HIGHLIGHTS } from './fixtures';

// Browser APIs are reached only through src/platform: stubbed here, as in tests/background/handlers.test.ts.
jest.mock('../../../src/platform/messaging', () => ({ askTab: jest.fn(async () => undefined) }));
jest.mock('../../../src/platform/dataset-signal', () => ({
  signalDatasetChanged: jest.fn(async () => undefined),
  signalHighlightsChanged: jest.fn(async () => undefined),
}));
jest.mock('../../../src/platform/scripting', () => ({
  injectContentScript: jest.fn(async () => undefined),
  insertCss: jest.fn(),
  removeCss: jest.fn(),
}));
jest.mock('../../../src/platform/settings', () => ({
  readSettings: jest.fn(
    async () => jest.requireActual('../../../src/shared/settings').DEFAULT_SETTINGS,
  ),
}));
jest.mock('../../../src/platform/site-scripts', () => ({
  permittedHosts: jest.fn(async () => []),
}));
jest.mock('../../../src/platform/tabs', () => ({
  getSessionValue: jest.fn(async () => null),
  setSessionValue: jest.fn(async () => undefined),
  removeSessionValue: jest.fn(async () => undefined),
  setBadgeCount: jest.fn(async () => undefined),
  openTab: jest.fn(async () => null),
}));

const PAGE: SenderInfo = { caller: 'page', url: 'chrome-extension://ours/library.html' };
const viaJson = <T,>(v: T): T => (v === undefined ? v : JSON.parse(JSON.stringify(v)));

/** A call as the library page makes it: through JSON, the contract's checks, the real handler, and back through JSON. */
async function call(method: Method, ...args: unknown[]): Promise<unknown> {
  const checked = checkCall(method, viaJson(args), PAGE.caller);
  if (!checked.ok) throw new Error(checked.error);
  const handler = handlers[method] as (s: SenderInfo, ...a: unknown[]) => Promise<unknown>;
  return viaJson(await handler(PAGE, ...(checked.params as unknown[])));
}

const GOOD = HIGHLIGHTS[0];
/** What an older version may have left in the store, by id. */
const BAD: Record<string, Record<string, unknown>> = {
  'bad-created': {
    ...GOOD,
    id: 'bad-created',
    created: 1e20,
    updated: 1e20,
    checked: 1e20,
    quote: { ...GOOD.quote, exact: 'A record from the year 3 million' },
  },
  'bad-nan': {
    ...GOOD,
    id: 'bad-nan',
    created: NaN,
    note: { html: '<b>x</b>' },
    title: 7,
    quote: { ...GOOD.quote, exact: 'A record without a date' },
  },
  'bad-quote': {
    ...GOOD,
    id: 'bad-quote',
    quote: { type: 'TextQuoteSelector', exact: 42 },
    tags: 'party, timing',
    position: 'p. 12',
  },
};

let downloads: ExportFile[] = [];
const deps: LibraryDeps = {
  t,
  call: call as LibraryDeps['call'],
  download: (f) => {
    downloads.push(f);
  },
  readText: async () => '',
  theme: lightTheme,
  onVisible: () => undefined,
  locale: 'en-GB',
};

beforeEach(async () => {
  downloads = [];
  const db = await readyDb();
  const tx = db.transaction('highlights', 'readwrite');
  await Promise.all([
    tx.store.clear(),
    ...HIGHLIGHTS.map((h) => tx.store.put(structuredClone(h))),
    ...Object.values(BAD).map((r) => tx.store.put(r as never)),
    tx.done,
  ]);
});
afterAll(closeDb);

const TOTAL = HIGHLIGHTS.length + Object.keys(BAD).length;
const cardOf = (id: string) => document.querySelector<HTMLElement>(`.lib-card[data-id="${id}"]`);

async function renderLibrary() {
  render(<LibraryApp deps={deps} />);
  await waitFor(() =>
    expect(screen.getByRole('heading', { level: 2, name: `${TOTAL} highlights` })).toBeTruthy(),
  );
}

test('the page renders every record, the bad ones included, with "Unknown date" where the date was not one', async () => {
  await renderLibrary();
  expect(document.querySelectorAll('.lib-card[data-id]')).toHaveLength(TOTAL);
  expect(screen.queryByRole('alert')).toBeNull(); // no card needed its error boundary: the records were normalised
  for (const id of ['bad-created', 'bad-nan'])
    expect(within(cardOf(id)!).getByText(t('libraryDateUnknown'))).toBeTruthy();
  expect(within(cardOf('bad-created')!).getByText('A record from the year 3 million')).toBeTruthy();
  expect(cardOf('bad-nan')!.querySelector('.lib-page-title')!.textContent).toBe(GOOD.url);
  expect(cardOf('bad-quote')!.querySelector('.lib-tags')).toBeNull();
});

test.each(Object.keys(BAD))(
  '%s can be deleted from its card: the delete reaches the store',
  async (id) => {
    await renderLibrary();
    fireEvent.click(within(cardOf(id)!).getByRole('button', { name: t('libraryDelete') }));
    await waitFor(() => expect(cardOf(id)).toBeNull());
    expect(await (await readyDb()).get('highlights', id)).toBeUndefined();
    expect(screen.getByRole('heading', { level: 2, name: `${TOTAL - 1} highlights` })).toBeTruthy();
    expect(screen.getByRole('button', { name: t('libraryUndo') })).toBeTruthy();
  },
);

test('a record whose date was 1e20, deleted, comes back with Undo (with its date unknown)', async () => {
  await renderLibrary();
  fireEvent.click(within(cardOf('bad-created')!).getByRole('button', { name: t('libraryDelete') }));
  await waitFor(() => expect(cardOf('bad-created')).toBeNull());
  fireEvent.click(screen.getByRole('button', { name: t('libraryUndo') }));
  await waitFor(() => expect(cardOf('bad-created')).not.toBeNull());
  expect(await (await readyDb()).get('highlights', 'bad-created')).toMatchObject({
    created: 0,
    quote: { exact: 'A record from the year 3 million' },
  });
});

test.each([
  ['Markdown', 'md'],
  ['CSV', 'csv'],
  ['Web Annotation (JSON-LD)', 'jsonld'],
])('export to %s holds every record', async (label, extension) => {
  await renderLibrary();
  fireEvent.click(screen.getByRole('button', { name: label }));
  await waitFor(() => expect(downloads).toHaveLength(1));
  await act(async () => undefined);
  expect(downloads[0].filename.endsWith(`.${extension}`)).toBe(true);
  expect(downloads[0].text).toContain('A record from the year 3 million');
  expect(downloads[0].text).toContain('A record without a date');
  expect(document.querySelector('.lib-side .lib-error')).toBeNull();
});
