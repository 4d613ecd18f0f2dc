// The popup as a whole, with a fake background and browser (its deps): the
// tab's report read into chapter and counts, layer switches written to the
// settings, the site switch (asking for the permission first on a site that is
// not built in), "Scan this page" and its polling until the report comes or the
// wait gives up, and the panel and library buttons closing the popup.

import { act, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { App } from '../../../src/popup/App';
import type { PopupDeps } from '../../../src/popup/deps';
import { POLL_FOR_MS, POLL_MS } from '../../../src/popup/useTabReading';
import type { LayerRecord } from '../../../src/shared/dataset';
import type { PageReport, SiteState } from '../../../src/shared/messages';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/shared/settings';
import { lightTheme } from '../theme-stub';
import { byId, data, t } from '../ui/overlay/fixtures';

const TAB = 7;
const CHAPTER_URL = 'https://www.marxists.org/archive/trotsky/1930/hrr/ch26.htm';
const BLOG_URL = 'https://trotsky-notes.example/notes.html';
const detection = (passage: string | null) => ({
  passage,
  chapter: 'ch26',
  start: 0,
  end: 10,
  score: 1,
  excerpt: 'x',
});
const REPORT: PageReport = {
  url: CHAPTER_URL,
  title: 'ch26',
  chapter: 'ch26',
  detections: [detection(null), detection('VII-01'), detection('VII-02')],
};

interface World {
  report: PageReport | null;
  url: string;
  site: SiteState;
  granted: boolean;
  scanned: boolean;
}

function fakes(world: Partial<World> = {}) {
  const w: World = {
    report: REPORT,
    url: CHAPTER_URL,
    site: { host: 'www.marxists.org', enabled: true, builtIn: true, permitted: true },
    granted: true,
    scanned: true,
    ...world,
  };
  let settings: Settings = structuredClone(DEFAULT_SETTINGS);
  const listeners: ((s: Settings) => void)[] = [];
  const calls: { method: string; args: unknown[] }[] = [];
  const handlers: Record<string, (...a: never[]) => unknown> = {
    getLayers: () => data.layers as LayerRecord[],
    getTabReport: () => w.report,
    getSiteState: () => w.site,
    getOverlayData: (ids: string[]) => ({
      critiques: {
        paragraphs: data.paragraphs.filter((p) => p.passages.some((x) => ids.includes(x))),
        quoteChecks: [],
      },
      passages: [],
      chapters: [],
      layers: data.layers,
      review: data.review,
    }),
    getChapterView: (id: string) => ({ chapter: byId(data.chapters, id), sections: [] }),
    scanTab: () => ({ scanned: w.scanned }),
  };
  const deps: PopupDeps = {
    t,
    theme: lightTheme,
    call: (async (method: string, ...args: unknown[]) => {
      calls.push({ method, args });
      return (handlers[method] as (...a: unknown[]) => unknown)(...args);
    }) as PopupDeps['call'],
    settings: {
      read: async () => settings,
      update: async (change) => {
        settings = { ...settings, ...change(settings) };
        for (const l of listeners) l(settings);
        return settings;
      },
      onChanged: (l) => void listeners.push(l),
    },
    tabUrl: async () => w.url,
    requestHostPermission: jest.fn(async () => w.granted),
    openSidePanel: jest.fn(async () => true),
    openLibrary: jest.fn(async () => undefined),
    openInViewer: jest.fn(async () => undefined),
    close: jest.fn(),
    now: () => Date.now(),
  };
  return { deps, w, calls, settings: () => settings };
}

const called = (calls: { method: string }[], method: string) =>
  calls.filter((c) => c.method === method).length;

test('a read chapter: the chapter, its passages, and a count per layer', async () => {
  const { deps } = fakes();
  render(<App tabId={TAB} deps={deps} />);
  await screen.findByText(byId(data.chapters, 'ch26').title, { exact: false });
  expect(document.querySelector('.pp-big')?.textContent).toBe('2');
  expect(
    screen
      .getByRole('switch', { name: t('popupSiteSwitch', ['www.marxists.org']) })
      .getAttribute('aria-checked'),
  ).toBe('true');
});

test('a layer switch writes the settings, and the switch follows them', async () => {
  const { deps, settings } = fakes();
  render(<App tabId={TAB} deps={deps} />);
  const critique = await screen.findByRole('switch', { name: 'Critique' });
  fireEvent.click(critique);
  await waitFor(() => expect(settings().layers.critique).toBe(false));
  await waitFor(() =>
    expect(screen.getByRole('switch', { name: 'Critique' }).getAttribute('aria-checked')).toBe(
      'false',
    ),
  );
});

test('no tab: the page is unreadable, and nothing is asked of a tab', async () => {
  const { deps, calls } = fakes();
  render(<App tabId={null} deps={deps} />);
  await screen.findByText(t('popupUnreadable'));
  expect(called(calls, 'getTabReport')).toBe(0);
});

describe('a site that is not enabled', () => {
  const off = {
    report: null,
    url: BLOG_URL,
    site: {
      host: 'trotsky-notes.example',
      enabled: false,
      builtIn: false,
      permitted: false,
    } as SiteState,
  };

  test('turning it on asks for the permission first, then enables the site and scans this page', async () => {
    const { deps, calls, settings } = fakes(off);
    render(<App tabId={TAB} deps={deps} />);
    fireEvent.click(
      await screen.findByRole('switch', { name: t('popupSiteSwitch', ['trotsky-notes.example']) }),
    );
    expect(deps.requestHostPermission).toHaveBeenCalledWith('trotsky-notes.example');
    await waitFor(() => expect(settings().sites['trotsky-notes.example']).toBe(true));
    await waitFor(() => expect(called(calls, 'scanTab')).toBe(1));
  });

  test('a refused permission changes nothing', async () => {
    const { deps, calls, settings } = fakes({ ...off, granted: false });
    render(<App tabId={TAB} deps={deps} />);
    fireEvent.click(
      await screen.findByRole('switch', { name: t('popupSiteSwitch', ['trotsky-notes.example']) }),
    );
    await act(async () => undefined);
    expect(settings().sites['trotsky-notes.example']).toBeUndefined();
    expect(called(calls, 'scanTab')).toBe(0);
  });

  /** Renders with real timers until "Scan this page" shows, then hands the clock to the test. */
  async function scanWithFakeClock(world: Partial<World>) {
    const f = fakes(world);
    render(<App tabId={TAB} deps={f.deps} />);
    const scan = await screen.findByRole('button', { name: t('popupScan') });
    jest.useFakeTimers({ doNotFake: ['queueMicrotask', 'nextTick', 'setImmediate'] });
    fireEvent.click(scan);
    await act(async () => {
      await jest.advanceTimersByTimeAsync(0);
    });
    return f;
  }

  afterEach(() => jest.useRealTimers());

  test('"Scan this page" scans, then reads the report once the page sends it', async () => {
    const { w, calls } = await scanWithFakeClock(off);
    expect(called(calls, 'scanTab')).toBe(1);
    expect(screen.getByRole('button', { name: t('popupScanning') })).toBeTruthy();
    w.report = { ...REPORT, url: BLOG_URL };
    await act(async () => {
      await jest.advanceTimersByTimeAsync(POLL_MS * 2);
    });
    expect(screen.getByText(byId(data.chapters, 'ch26').title, { exact: false })).toBeTruthy();
  });

  test('a scan whose report never comes says so once the wait is over', async () => {
    await scanWithFakeClock(off);
    await act(async () => {
      await jest.advanceTimersByTimeAsync(POLL_FOR_MS - POLL_MS * 2);
    });
    expect(screen.queryByText(t('popupScanFailed'))).toBeNull();
    await act(async () => {
      await jest.advanceTimersByTimeAsync(POLL_MS * 4);
    });
    expect(screen.getByText(t('popupScanFailed'))).toBeTruthy();
  });
});

test.each([
  ['popupOpenPanel', 'openSidePanel'],
  ['popupOpenLibrary', 'openLibrary'],
] as const)('the %s button opens it and closes the popup', async (label, open) => {
  const { deps } = fakes();
  render(<App tabId={TAB} deps={deps} />);
  fireEvent.click(await screen.findByRole('button', { name: t(label) }));
  expect(deps[open]).toHaveBeenCalled();
  await waitFor(() => expect(deps.close).toHaveBeenCalled());
});

describe('a PDF in the browser’s own viewer', () => {
  const PDF_URL = 'https://library.example.edu/readers/trotsky-hrr-vol2.pdf';
  const pdfTab: Partial<World> = {
    report: null,
    url: PDF_URL,
    site: { host: 'library.example.edu', enabled: false, builtIn: false, permitted: false },
  };

  test('"Open in Counterpoint" asks for the site in the click, then shows the PDF in the viewer', async () => {
    const { deps } = fakes(pdfTab);
    render(<App tabId={TAB} deps={deps} />);
    fireEvent.click(await screen.findByRole('button', { name: t('popupOpenPdf') }));
    expect(deps.requestHostPermission).toHaveBeenCalledWith('library.example.edu');
    await waitFor(() => expect(deps.openInViewer).toHaveBeenCalledWith(TAB, PDF_URL));
    await waitFor(() => expect(deps.close).toHaveBeenCalled());
  });

  test('refused, the viewer opens all the same (it says what it needs)', async () => {
    const { deps } = fakes({ ...pdfTab, granted: false });
    render(<App tabId={TAB} deps={deps} />);
    fireEvent.click(await screen.findByRole('button', { name: t('popupOpenPdf') }));
    await waitFor(() => expect(deps.openInViewer).toHaveBeenCalledWith(TAB, PDF_URL));
  });

  test('a web page is no PDF: no such button', async () => {
    const { deps } = fakes();
    render(<App tabId={TAB} deps={deps} />);
    await screen.findByRole('switch', { name: t('popupSiteSwitch', ['www.marxists.org']) });
    expect(screen.queryByRole('button', { name: t('popupOpenPdf') })).toBeNull();
  });
});
