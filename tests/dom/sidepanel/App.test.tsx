// The side panel as a whole, with a fake background and browser (its deps):
// it follows the active tab and that tab's new reports (unless pinned), asks
// the tab to open a passage, searches the review, and says when there is no
// tab or the background failed.

import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { App } from '../../../src/sidepanel/App';
import type { SidePanelDeps } from '../../../src/sidepanel/deps';
import type { LayerRecord } from '../../../src/shared/dataset';
import type { PageReport } from '../../../src/shared/messages';
import { lightTheme } from '../theme-stub';
import {
  CH26_PASSAGES,
  CH26_REPORT,
  critiquesFor,
  data,
  detection,
  sectionsOf,
  t,
} from './fixtures';
import { byId } from '../ui/overlay/fixtures';

const CH42_REPORT: PageReport = {
  url: 'https://www.marxists.org/archive/trotsky/1930/hrr/ch42.htm',
  title: 'The Art of Insurrection',
  chapter: 'ch42',
  detections: [detection('VIII-01', 'ch42', 100)],
};

function fakes(
  reports: Record<number, PageReport | Error | null> = { 1: CH26_REPORT, 2: CH42_REPORT },
) {
  let active: number | null = 1;
  const tabSwitch: (() => void)[] = [];
  const sessionWatch: { keys: () => readonly string[]; listener: (key: string) => void }[] = [];
  const handlers: Record<string, (...a: never[]) => unknown> = {
    getTabReport: (tabId: number) => {
      const r = reports[tabId];
      if (r instanceof Error) throw r;
      return r ?? null;
    },
    getOverlayData: (ids: string[]) => ({
      critiques: critiquesFor(ids),
      layers: data.layers as LayerRecord[],
      review: data.review,
      passages: data.passages
        .filter((p) => ids.includes(p.id))
        .map((p) => ({ id: p.id, label: p.label, chapter: p.chapter })),
      chapters: data.chapters.filter((c) => ids.includes(c.id)),
    }),
    getCritiques: (ids: string[]) => critiquesFor(ids),
    getChapterView: (id: string) => ({
      chapter: byId(data.chapters, id),
      sections: sectionsOf(id),
    }),
    getReviewOutline: () => ({ review: data.review, sections: [] }),
    searchReview: (q: string) =>
      data.paragraphs.filter((p) => p.text.toLowerCase().includes(q.toLowerCase())).slice(0, 3),
  };
  const deps: SidePanelDeps = {
    t,
    theme: lightTheme,
    call: (async (method: string, ...args: unknown[]) =>
      (handlers[method] as (...a: unknown[]) => unknown)(...args)) as SidePanelDeps['call'],
    activeTabId: async () => active,
    onActiveTabChanged: (l) => void tabSwitch.push(l),
    onSessionChanged: (keys, listener) => {
      const watch = { keys, listener };
      sessionWatch.push(watch);
      return () => sessionWatch.splice(sessionWatch.indexOf(watch), 1);
    },
    sendTabCommand: jest.fn(async () => undefined),
  };
  return {
    deps,
    reports,
    switchTo(tabId: number | null) {
      active = tabId;
      for (const l of tabSwitch) l();
    },
    /** storage.session changed `key`: the panel hears it if it watches that key. */
    sessionChanged(key: string) {
      for (const w of sessionWatch) if (w.keys().includes(key)) w.listener(key);
    },
    tabSwitchListeners: () => tabSwitch.length,
  };
}

const title = () => screen.getByRole('heading', { level: 1 }).textContent;

test('follows the active tab: its page and its reference passages', async () => {
  const { deps } = fakes();
  render(<App pinned={null} deps={deps} />);
  await waitFor(() => expect(title()).toBe(CH26_REPORT.title));
  expect(screen.getByText(t('panelPassageCount', [String(CH26_PASSAGES.length)]))).toBeTruthy();
});

test('a tab switch shows the other tab', async () => {
  const f = fakes();
  render(<App pinned={null} deps={f.deps} />);
  await waitFor(() => expect(title()).toBe(CH26_REPORT.title));
  f.switchTo(2);
  await waitFor(() => expect(title()).toBe(CH42_REPORT.title));
});

test("a new report of the followed tab is read again; another tab's is not watched", async () => {
  const f = fakes();
  render(<App pinned={null} deps={f.deps} />);
  await waitFor(() => expect(title()).toBe(CH26_REPORT.title));
  f.reports[1] = { ...CH26_REPORT, title: 'The same tab, a new page' };
  f.sessionChanged('report:2');
  await new Promise((r) => setTimeout(r, 200));
  expect(title()).toBe(CH26_REPORT.title);
  f.sessionChanged('report:1');
  await waitFor(() => expect(title()).toBe('The same tab, a new page'));
});

test('pinned to a tab (?tab=): tab switches are not followed', async () => {
  const f = fakes();
  render(<App pinned={2} deps={f.deps} />);
  await waitFor(() => expect(title()).toBe(CH42_REPORT.title));
  expect(f.tabSwitchListeners()).toBe(0);
});

test('choosing a passage asks its tab to open it there', async () => {
  const { deps } = fakes();
  const { container } = render(<App pinned={null} deps={deps} />);
  // The chapter opening's entry comes first, then one per passage: entry i opens detection i.
  await waitFor(() =>
    expect(container.querySelectorAll('.sp-entry-button').length).toBe(CH26_PASSAGES.length + 1),
  );
  fireEvent.click(container.querySelectorAll('.sp-entry-button')[2]);
  expect(deps.sendTabCommand).toHaveBeenCalledWith(1, { command: 'open-passage', index: 2 });
});

test('searching the review shows what it found', async () => {
  const { deps } = fakes();
  render(<App pinned={null} deps={deps} />);
  await waitFor(() => expect(title()).toBe(CH26_REPORT.title));
  fireEvent.click(screen.getByRole('tab', { name: new RegExp(`^${t('panelTabSearch')}`) }));
  const input = screen.getByRole('searchbox', { name: t('panelSearchLabel') });
  fireEvent.input(input, { target: { value: 'Kornilov' } });
  fireEvent.submit(input.closest('form')!);
  const found = data.paragraphs
    .filter((p) => p.text.toLowerCase().includes('kornilov'))
    .slice(0, 3);
  expect(found.length).toBeGreaterThan(0);
  await waitFor(() =>
    expect(screen.getByRole('tabpanel').textContent).toContain(found[0].text.slice(0, 40)),
  );
});

test.each([
  ['no tab', null, t('panelNoTab')],
  ['the background failed', new Error('no answer'), t('panelError', ['no answer'])],
] as const)('%s: the panel says so', async (_name, report, text) => {
  const f = fakes({ 1: report as PageReport | Error | null });
  if (report === null) f.switchTo(null);
  render(<App pinned={null} deps={f.deps} />);
  await screen.findByText(text);
});
