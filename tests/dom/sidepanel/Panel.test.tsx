// The whole panel: header, the three views as keyboard-operable tabs, the
// states of the followed tab, and the review's attribution.

import { fireEvent, render, screen } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import {
  panelEntries,
  SidePanel,
  type PanelView,
  type SidePanelProps,
} from '../../../src/ui/sidepanel';
import { catalog, CH26_PASSAGES, CH26_REPORT, critiquesFor, data, t } from './fixtures';

function props(overrides: Partial<SidePanelProps> = {}): SidePanelProps {
  return {
    status: 'ready',
    report: CH26_REPORT,
    entries: panelEntries(CH26_REPORT, critiquesFor(CH26_PASSAGES), catalog, t),
    review: data.review,
    theme: 'light',
    t,
    view: 'page',
    onView: jest.fn(),
    onOpen: jest.fn(),
    onReadChapter: jest.fn(),
    catalog,
    chapter: {
      choices: ['ch26'],
      chapterId: 'ch26',
      view: null,
      loading: true,
      onChoose: jest.fn(),
    },
    search: {
      query: '',
      results: null,
      busy: false,
      error: null,
      onQuery: jest.fn(),
      onSearch: jest.fn(),
    },
    ...overrides,
  };
}

function Stateful(p: SidePanelProps) {
  const [view, setView] = useState<PanelView>('page');
  return <SidePanel {...p} view={view} onView={setView} />;
}

test('names the page and counts its reference passages', () => {
  render(<SidePanel {...props()} />);
  expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(CH26_REPORT.title);
  expect(screen.getByText(t('panelPassageCount', ['4']))).toBeTruthy();
  // The tab counts reference passages, as the toolbar badge does (not the chapter opening).
  expect(document.querySelector('#sp-tab-page .sp-tab-count')!.textContent).toBe('4');
});

test.each([
  [{ status: 'no-tab', report: null, entries: [] }, t('panelNoTab')],
  [{ status: 'loading', report: null, entries: [] }, t('panelLoading')],
  [
    { status: 'error', error: 'no answer', report: null, entries: [] },
    t('panelError', ['no answer']),
  ],
  [{ status: 'ready', report: null, entries: [] }, t('panelNotScanned')],
  [
    { status: 'ready', report: { ...CH26_REPORT, detections: [] }, entries: [] },
    t('panelNoPassages'),
  ],
])('page view state %#', (overrides, text) => {
  render(<SidePanel {...props(overrides as Partial<SidePanelProps>)} />);
  expect(screen.getAllByText(text).length).toBeGreaterThan(0);
});

test.each([
  ['page', 'ArrowRight', 'chapter'],
  ['page', 'ArrowLeft', 'search'],
  ['page', 'End', 'search'],
  ['search', 'Home', 'page'],
  ['search', 'ArrowRight', 'page'],
])('tabs: from %s, %s selects %s and focuses it', (from, key, to) => {
  const onView = jest.fn();
  render(<SidePanel {...props({ view: from as PanelView, onView })} />);
  const tab = screen.getByRole('tab', { selected: true });
  fireEvent.keyDown(tab, { key });
  expect(onView).toHaveBeenCalledWith(to);
});

test('one tab selected and focusable at a time; its panel labelled by it', () => {
  render(<Stateful {...props()} />);
  for (const [name, view] of [
    [t('panelTabChapter'), 'chapter'],
    [t('panelTabSearch'), 'search'],
    [t('panelTabPage'), 'page'],
  ]) {
    fireEvent.click(screen.getByRole('tab', { name: new RegExp(`^${name}`) }));
    const selected = screen.getByRole('tab', { selected: true });
    expect(selected.id).toBe(`sp-tab-${view}`);
    expect(screen.getAllByRole('tab').map((tb) => tb.tabIndex)).toEqual(
      ['page', 'chapter', 'search'].map((v) => (v === view ? 0 : -1)),
    );
    const panel = screen.getByRole('tabpanel');
    expect(panel.getAttribute('aria-labelledby')).toBe(selected.id);
    expect(selected.getAttribute('aria-controls')).toBe(panel.id);
  }
});

test.each(['light', 'dark'] as const)(
  '%s theme on the root; the attribution links the review',
  (theme) => {
    const { container } = render(<SidePanel {...props({ theme })} />);
    expect(container.firstElementChild!.classList.contains(`cp-theme-${theme}`)).toBe(true);
    const link = screen.getByRole('link', { name: new RegExp(data.review.title) });
    expect(link.getAttribute('href')).toBe(data.review.url);
  },
);
