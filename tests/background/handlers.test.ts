// The handlers of the message contract, on a fake-indexeddb store. Browser
// APIs are reached only through src/platform, mocked here.
import { closeDb } from '../../src/background/db';
import { handlers } from '../../src/background/handlers';
import { BUNDLED_DATASET as DATA } from '../../src/background/seed';
import { CONTRACT, checkCall, isMethod } from '../../src/shared/contract';
import type { Method, SenderInfo } from '../../src/shared/messages';
import * as tabs from '../../src/platform/tabs';
import { freshIndexedDb, ids } from './fresh-db';
import smallPack from '../fixtures/packs/small-pack.json';

jest.mock('../../src/platform/messaging', () => ({ askTab: jest.fn(async () => undefined) }));
jest.mock('../../src/platform/dataset-signal', () => ({
  signalDatasetChanged: jest.fn(async () => undefined),
}));
jest.mock('../../src/platform/scripting', () => ({
  injectContentScript: jest.fn(async () => undefined),
  insertCss: jest.fn(),
  removeCss: jest.fn(),
}));
jest.mock('../../src/platform/settings', () => ({
  readSettings: jest.fn(
    async () => jest.requireActual('../../src/shared/settings').DEFAULT_SETTINGS,
  ),
}));
jest.mock('../../src/platform/site-scripts', () => ({ permittedHosts: jest.fn(async () => []) }));
jest.mock('../../src/platform/tabs', () => ({
  getSessionValue: jest.fn(async () => null),
  setSessionValue: jest.fn(async () => undefined),
  removeSessionValue: jest.fn(async () => undefined),
  setBadgeCount: jest.fn(async () => undefined),
}));

const CHAPTER_URL = 'https://www.marxists.org/archive/trotsky/1930/hrr/ch26.htm';
const content = (url = CHAPTER_URL): SenderInfo => ({
  caller: 'content',
  tabId: 7,
  frameId: 0,
  url,
});
const extensionPage: SenderInfo = { caller: 'page', url: 'chrome-extension://ours/options.html' };
/** A call as the dispatcher makes it: untyped arguments checked against the contract, from a caller it admits. */
const callAs =
  (sender: SenderInfo) =>
  (method: Method, ...args: unknown[]) =>
    Promise.resolve().then(() => {
      const checked = checkCall(method, args, sender.caller);
      if (!checked.ok) throw new Error(checked.error);
      return (handlers[method] as (s: SenderInfo, ...a: unknown[]) => unknown)(
        sender,
        ...(checked.params as unknown[]),
      );
    });
const call = (method: Method, ...args: unknown[]) =>
  callAs(CONTRACT[method].callers[0] === 'content' ? content() : extensionPage)(method, ...args);

beforeAll(freshIndexedDb);
afterAll(closeDb);

// The compiler checks the converse: Handlers needs one handler per method, METHOD_NAMES one entry per method.
test('every handler answers a method of the contract, and every method has a handler', () => {
  expect(Object.keys(handlers).sort()).toEqual(Object.keys(CONTRACT).sort());
  expect(isMethod('getCritiquez')).toBe(false);
  expect(isMethod('__proto__')).toBe(false);
});

describe('answers', () => {
  test('getCritiques', async () => {
    const got = (await call('getCritiques', ['IV-04'])) as {
      paragraphs: { id: string }[];
      quoteChecks: { id: string }[];
    };
    expect([ids(got.paragraphs), ids(got.quoteChecks)]).toEqual([
      ['III.2', 'IV.2', 'IV.3', 'VIII.4'],
      ['q02', 'q03', 'q12'],
    ]);
  });

  test('getCritiques takes 500 ids of 64 characters', async () => {
    const got = await call(
      'getCritiques',
      Array.from({ length: 500 }, (_, i) => String(i).padEnd(64, 'x')),
    );
    expect(got).toEqual({ paragraphs: [], quoteChecks: [] });
  });

  test.each([
    ['ch26', ['VI', 'VII']],
    ['no-such-chapter', null],
  ])('getChapterView(%j)', async (id, sections) => {
    const got = (await call('getChapterView', id)) as { sections: { section: string }[] } | null;
    expect(got && got.sections.map((s) => s.section)).toEqual(sections);
  });

  test('getLayers', async () => {
    expect(await call('getLayers')).toHaveLength(DATA.layers.length);
  });

  test('reportDetections stores the report per tab and sets the badge to the passages found', async () => {
    const detection = {
      passage: 'VII-01',
      chapter: 'ch26',
      start: 0,
      end: 10,
      score: 1,
      excerpt: 'x',
    };
    const opening = { ...detection, passage: null };
    const report = {
      url: `${CHAPTER_URL}#p3`,
      title: 't',
      chapter: 'ch26',
      detections: [opening, detection],
    };
    await callAs(content(CHAPTER_URL))('reportDetections', report);
    expect(tabs.setSessionValue).toHaveBeenCalledWith('report:7', report);
  });

  test('the PDF viewer reads for the PDF it was opened on, held to that PDF’s origin', async () => {
    const pdfUrl = 'https://www.marxists.org/archive/trotsky/1930/hrr/hrr-vol2.pdf';
    const viewer: SenderInfo = {
      caller: 'viewer',
      tabId: 9,
      frameId: 0,
      url: `chrome-extension://ours/pdf.html?file=${encodeURIComponent(pdfUrl)}`,
    };
    const report = { url: pdfUrl, title: 'Vol. II', chapter: null, detections: [] };
    await callAs(viewer)('reportDetections', report);
    expect(tabs.setSessionValue).toHaveBeenCalledWith('report:9', report);
    await expect(
      callAs(viewer)('reportDetections', { ...report, url: 'https://elsewhere.example/a.pdf' }),
    ).rejects.toThrow(/names a page outside the sender's origin/);
    // A viewer is no library page: it cannot list, export or delete.
    await expect(callAs(viewer)('listHighlights')).rejects.toThrow(
      /^refused: listHighlights is for extension pages only/,
    );
  });

  test('a content script names pages of its own origin only (history.pushState goes no further)', async () => {
    const report = {
      url: 'https://www.marxists.info/archive/trotsky/1930/hrr/ch26.htm',
      title: 't',
      chapter: null,
      detections: [],
    };
    await expect(callAs(content(CHAPTER_URL))('reportDetections', report)).rejects.toThrow(
      /^refused: reportDetections names a page outside the sender's origin/,
    );
    await expect(callAs(content(CHAPTER_URL))('highlightsForPage', report.url)).rejects.toThrow(
      /^refused: highlightsForPage names a page outside/,
    );
    expect(
      await callAs(content(CHAPTER_URL))(
        'highlightsForPage',
        'https://www.marxists.org/archive/trotsky/1930/hrr/ch27.htm',
      ),
    ).toEqual([]);
    expect(tabs.setBadgeCount).toHaveBeenCalledWith(7, 1);
  });

  test.each([
    [{ url: CHAPTER_URL, title: '', headings: [] }, 'ch26'],
    [
      {
        url: 'https://example.org/blog',
        title: 'Reading notes',
        headings: ['Chapter 26: Could the Bolsheviks Have Seized the Power in July?'],
      },
      'ch26',
    ],
    [{ url: 'https://example.org/blog', title: 'Reading notes', headings: ['Conclusion'] }, null],
  ])('recogniseChapter(%j) → %s', async (identity, chapter) => {
    const got = (await callAs(content(identity.url))('recogniseChapter', identity)) as {
      id: string;
    } | null;
    expect(got?.id ?? null).toBe(chapter);
  });

  test('getOverlayData: critique, our labels, chapters, layers and the review', async () => {
    const got = (await call('getOverlayData', ['IV-04', 'no-such'])) as {
      critiques: { paragraphs: { id: string }[] };
      passages: { id: string; label: string }[];
      chapters: { id: string }[];
      layers: unknown[];
      review: { author: string };
    };
    expect(ids(got.critiques.paragraphs)).toEqual(['III.2', 'IV.2', 'IV.3', 'VIII.4']);
    expect(got.passages.map((p) => p.id)).toEqual(['IV-04']);
    expect(got.passages[0].label).toBe(DATA.passages.find((p) => p.id === 'IV-04')!.label);
    expect(got.chapters.map((c) => c.id)).toEqual([
      DATA.passages.find((p) => p.id === 'IV-04')!.chapter,
    ]);
    expect(got.layers).toHaveLength(DATA.layers.length);
    expect(got.review.author).toBe(DATA.review.author);
  });

  test.each([
    ['VII', 'VII.1'],
    ['no-such', null],
  ])('getSection(%j)', async (section, first) => {
    const got = (await call('getSection', section)) as { paragraphs: { id: string }[] } | null;
    expect(got?.paragraphs[0].id ?? null).toBe(first);
    if (got)
      expect(ids(got.paragraphs)).toEqual(
        DATA.paragraphs.filter((p) => p.section === section).map((p) => p.id),
      );
  });

  test('detectText finds a reference passage in a text, with the thresholds given', async () => {
    const { readPassages } = jest.requireActual('../../scripts/lib/reference');
    const p = readPassages().find((x: { id: string }) => x.id === 'VII-02');
    const text = `Some words before. ${p.text} And after.`;
    const got = (await call('detectText', text, { minWords: 12, minIdentity: 0.7 })) as {
      passage: string;
      start: number;
    }[];
    expect(got.filter((m) => m.passage !== null).map((m) => m.passage)).toEqual(['VII-02']);
    expect(got.find((m) => m.passage === 'VII-02')!.start).toBe(text.indexOf(p.text.slice(0, 10)));
    expect(
      await call('detectText', 'Nothing of the History here.', { minWords: 12, minIdentity: 0.7 }),
    ).toEqual([]);
  });

  test('getOverlayData(null): every passage', async () => {
    const got = (await call('getOverlayData', null)) as { passages: unknown[] };
    expect(got.passages).toHaveLength(DATA.passages.length);
  });

  test('getOverlayData(null) is kept between pages, and read again after a pack comes and goes', async () => {
    type Data = { layers: { id: string }[]; critiques: Record<string, { id: string }[]> };
    const layersOf = async () => ids(((await call('getOverlayData', null)) as Data).layers);
    const first = (await call('getOverlayData', null)) as Data;
    expect(await call('getOverlayData', null)).toBe(first);
    const bundled = await layersOf();
    await call('importPack', smallPack);
    const withPack = await layersOf();
    expect(withPack.length).toBeGreaterThan(bundled.length);
    expect(withPack).toEqual(expect.arrayContaining(smallPack.layers.map((l) => l.id)));
    await call('removePack', smallPack.id);
    expect(await layersOf()).toEqual(bundled);
  });

  test.each([
    ['vanguard', (t: string) => /vanguard/i.test(t)],
    ['LENIN’S   strategic', (t: string) => /lenin[’']s/i.test(t) && /strategic/i.test(t)],
    ['', () => false],
  ])('searchReview(%j): paragraphs with every word, review order', async (query, has) => {
    const got = (await call('searchReview', query)) as { text: string; order: number }[];
    const expected = DATA.paragraphs.filter((p) => has(p.text));
    expect(got.length).toBe(Math.min(50, expected.length));
    expect(got.map((p) => p.order)).toEqual([...got.map((p) => p.order)].sort((a, b) => a - b));
  });

  test('getReviewOutline: every section once, in order, with its paragraph count', async () => {
    const got = (await call('getReviewOutline')) as {
      review: { title: string };
      sections: { section: string; paragraphs: number }[];
    };
    expect(got.review.title).toBe(DATA.review.title);
    expect(got.sections.reduce((n, s) => n + s.paragraphs, 0)).toBe(DATA.paragraphs.length);
    expect(got.sections.map((s) => s.section)).toEqual([
      ...new Set(DATA.paragraphs.map((p) => p.section)),
    ]);
  });

  test.each([
    ['www.marxists.org', { builtIn: true, enabled: true, permitted: true }],
    ['marxists.info', { builtIn: true, enabled: true, permitted: true }],
    ['blog.example', { builtIn: false, enabled: false, permitted: false }],
    ['notmarxists.org', { builtIn: false, enabled: false, permitted: false }],
  ])('getSiteState(%j)', async (host, state) => {
    expect(await call('getSiteState', host)).toEqual({ host, ...state });
  });

  test('getTabReport reads the session value of the tab', async () => {
    await call('getTabReport', 7);
    expect(tabs.getSessionValue).toHaveBeenCalledWith('report:7');
  });
});

describe('refusals', () => {
  const long = 'x'.repeat(65);
  const REFUSED: [method: Method, args: unknown[]][] = [
    ['getCritiques', []],
    ['getCritiques', ['IV-04']],
    ['getCritiques', [null]],
    ['getCritiques', [{ length: 1, 0: 'IV-04' }]],
    ['getCritiques', [[1]]],
    ['getCritiques', [['']]],
    ['getCritiques', [[long]]],
    ['getCritiques', [['IV-04', null]]],
    ['getCritiques', [Array(501).fill('IV-04')]],
    ['getChapterView', []],
    ['getChapterView', [26]],
    ['getChapterView', ['']],
    ['getChapterView', [long]],
    ['getChapterView', [['ch26']]],
    ['getTabReport', ['7']],
    ['getTabReport', [-1]],
    ['getTabReport', [1.5]],
    ['getSection', [7]],
    ['detectText', ['x'.repeat(400_001), { minWords: 12, minIdentity: 0.7 }]],
    ['detectText', ['text', { minWords: 2, minIdentity: 0.7 }]],
    ['detectText', [42, { minWords: 12, minIdentity: 0.7 }]],
    ['searchReview', ['x'.repeat(201)]],
    ['getSiteState', ['https://www.marxists.org/']],
    ['scanTab', ['7']],
    ['previewThresholds', [{ minWords: 12, minIdentity: 2 }]],
    ['removePack', [null]],
    ['getOverlayData', ['IV-04']],
    ['recogniseChapter', [{ url: 1, title: '', headings: [] }]],
    ['recogniseChapter', [{ title: '', headings: [] }]],
    ['recogniseChapter', [{ url: '', title: '', headings: Array(11).fill('h') }]],
    [
      'reportDetections',
      [
        {
          url: '',
          title: '',
          chapter: null,
          detections: [{ passage: 'x', chapter: null, start: 5, end: 1, score: 1, excerpt: '' }],
        },
      ],
    ],
    ['reportDetections', [{ url: '', title: '', chapter: null, detections: 'none' }]],
    ['highlightsForPage', ['ftp://www.marxists.org/x']],
    ['highlightsForPage', ['file://server/share/x.htm']],
  ];
  test.each(REFUSED)('%s(%j)', async (method, args) => {
    await expect(call(method, ...args)).rejects.toThrow(new RegExp(`^refused: ${method} expects`));
  });

  test('a content handler called for another caller refuses (the dispatcher would not let it through)', async () => {
    const handler = handlers.reportDetections as (s: SenderInfo, r: unknown) => Promise<void>;
    await expect(
      handler(extensionPage, { url: '', title: '', chapter: null, detections: [] }),
    ).rejects.toThrow('comes from a content script or the PDF viewer in a tab');
  });
});
