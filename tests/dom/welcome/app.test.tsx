// The welcome page with fake settings and permissions: its sections in
// order, the options page's site chooser titled for a first visit, the
// permissions the browser showed, and the side panel named per browser.

import { fireEvent, render, screen } from '@testing-library/preact';
import { WelcomeApp, type WelcomeDeps } from '../../../src/welcome/app';
import { normaliseSettings, type Settings } from '../../../src/shared/settings';
import { t } from '../ui/overlay/fixtures';

function fakes(browser: WelcomeDeps['browser']) {
  let stored = normaliseSettings({});
  const deps: WelcomeDeps = {
    t,
    browser,
    settings: {
      read: async () => stored,
      update: async (change: (s: Settings) => Partial<Settings>) => {
        stored = normaliseSettings({ ...stored, ...change(stored) });
        return stored;
      },
      onChanged: () => undefined,
    },
    permissions: {
      builtInHosts: () => [{ host: 'marxists.org', subdomains: true }],
      origin: (h) => `*://${h}/*`,
      has: async () => false,
      request: jest.fn(async () => true),
      remove: async () => true,
      onChanged: () => undefined,
    },
    access: () => ({ permissions: ['storage', 'contextMenus'], optionalHosts: ['*://*/*'] }),
  };
  return { deps, stored: () => stored };
}

test('the sections in order, the sites section titled for a first visit', async () => {
  render(<WelcomeApp deps={fakes('chrome').deps} />);
  await screen.findByRole('switch', { name: 'marxists.org' });
  expect([...document.querySelectorAll('main > section')].map((s) => s.id)).toEqual([
    'what',
    'read',
    'sites',
    'permissions',
    'privacy',
  ]);
  expect(screen.getByRole('heading', { level: 2, name: t('welcomeSitesTitle') })).toBeTruthy();
  expect(screen.getByRole('heading', { level: 1, name: t('welcomeTitle') })).toBeTruthy();
  expect(screen.getByRole('link', { name: t('welcomeOpenOptions') }).getAttribute('href')).toBe(
    'options.html',
  );
});

test('each permission the browser showed, with why', () => {
  render(<WelcomeApp deps={fakes('chrome').deps} />);
  expect(
    [...document.querySelectorAll('[data-permission]')].map((p) =>
      p.getAttribute('data-permission'),
    ),
  ).toEqual(['sites', 'storage', 'contextMenus', 'optional-hosts']);
  expect(screen.getByText(t('welcomePermContextMenusWhy'))).toBeTruthy();
});

test.each<[WelcomeDeps['browser'], string]>([
  ['chrome', 'welcomeWhatPanelTextChrome'],
  ['firefox', 'welcomeWhatPanelTextFirefox'],
])('%s: the side panel is described as that browser has it', (browser, key) => {
  render(<WelcomeApp deps={fakes(browser).deps} />);
  expect(screen.getByText(t(key))).toBeTruthy();
});

test('a site added here asks the browser within the click, as on the options page', async () => {
  const f = fakes('chrome');
  render(<WelcomeApp deps={f.deps} />);
  await screen.findByRole('switch', { name: 'marxists.org' });
  fireEvent.input(screen.getByLabelText(t('optionsSitesAddLabel')), {
    target: { value: 'notes.example' },
  });
  fireEvent.click(screen.getByRole('button', { name: t('optionsSitesAdd') }));
  expect(f.deps.permissions.request).toHaveBeenCalledWith(['*://notes.example/*']);
  await screen.findByText(t('optionsSitesAdded', ['notes.example']));
  expect(f.stored().sites).toEqual({ 'notes.example': true });
});
