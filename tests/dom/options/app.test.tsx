// The options page as a whole, with fake settings, permissions and background:
// permission prompts from the click itself, debounced threshold writes after a
// preview, pack import results and errors, reset behind its confirmation.

import { lightTheme } from '../theme-stub';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import {
  OptionsApp,
  PREVIEW_DELAY_MS,
  RESCAN_SETTLE_MS,
  THRESHOLD_WRITE_DELAY_MS,
  type OptionsDeps,
} from '../../../src/options/app';
import { builtInFor, parseHost, readerHosts } from '../../../src/shared/hosts';
import type { LayerRecord } from '../../../src/shared/dataset';
import { MAX_PACK_FILE_BYTES } from '../../../src/shared/limits';
import type { PackSummary } from '../../../src/shared/messages';
import { normaliseSettings, type Settings } from '../../../src/shared/settings';
import pack from '../../fixtures/packs/small-pack.json';
import { data, t } from '../ui/overlay/fixtures';
import { readText } from './read-text';

const BUILT_IN = [
  { host: 'marxists.org', subdomains: true },
  { host: 'marxists.wikis.cc', subdomains: false },
];

function fakes(initial: Partial<Settings> = {}) {
  let stored = normaliseSettings(initial);
  const listeners: ((s: Settings) => void)[] = [];
  const granted = new Set<string>();
  let packs: PackSummary[] = [];
  const layers = () => [...(data.layers as LayerRecord[]), ...packs.flatMap((p) => p.layers)];
  const calls: { method: string; args: unknown[] }[] = [];
  const dataListeners: (() => void)[] = [];
  const handlers: Record<string, (...a: never[]) => unknown> = {
    getLayers: () => layers(),
    listPacks: () => packs,
    previewThresholds: (th: { minWords: number }) => ({
      url: 'https://www.marxists.org/ch26.htm',
      title: 'Chapter 26',
      current: ['A', 'B', 'C', 'D'],
      previewed: th.minWords > 27 ? ['A', 'B', 'C'] : ['A', 'B', 'C', 'D'],
    }),
    importPack: (p: typeof pack) => {
      if (p?.format !== 'counterpoint-pack')
        throw new Error('refused: the pack is not valid: pack format: Invalid type');
      const summary = {
        id: p.id,
        name: p.name,
        attribution: p.attribution,
        layers: p.layers.map((l, i) => ({ ...l, order: 1000 + i, pack: p.id })) as LayerRecord[],
        paragraphs: p.paragraphs.length,
        passages: 0,
        version: 1 as const,
      };
      packs = [summary];
      return summary;
    },
    removePack: () => {
      packs = [];
    },
    resetDataset: () => {
      packs = [];
      return { version: '9.9.9' };
    },
  };
  const deps: OptionsDeps = {
    t,
    browser: 'chrome',
    settings: {
      read: async () => stored,
      update: async (change) => {
        stored = normaliseSettings({ ...stored, ...change(stored) });
        listeners.forEach((l) => l(stored));
        return stored;
      },
      onChanged: (l) => {
        listeners.push(l);
      },
    },
    call: (async (method: string, ...args: unknown[]) => {
      calls.push({ method, args });
      return (handlers[method] as (...a: unknown[]) => unknown)(...args);
    }) as OptionsDeps['call'],
    onDataChanged: (l) => {
      dataListeners.push(l);
    },
    onVisible: () => undefined,
    readText: jest.fn(readText),
    permissions: {
      builtInHosts: () => BUILT_IN,
      origin: (h) => `*://${h}/*`,
      has: async (o) => o.every((x) => granted.has(x)),
      request: jest.fn(async (o: string[]) => {
        o.forEach((x) => granted.add(x));
        return true;
      }),
      remove: jest.fn(async (o: string[]) => {
        o.forEach((x) => granted.delete(x));
        return true;
      }),
      onChanged: () => undefined,
    },
    commands: {
      getAll: async () => [
        {
          name: 'toggle-overlay',
          description: 'Show or hide the overlay',
          shortcut: 'Alt+Shift+O',
        },
      ],
      openSettings: jest.fn(async () => undefined),
    },
    theme: lightTheme,
  };
  /** Another page imports a pack: the background signals the change. */
  const importElsewhere = () => {
    handlers.importPack(pack as never);
    dataListeners.forEach((l) => l());
  };
  /** Another page writes the settings: storage.onChanged reaches every listener. */
  const changeElsewhere = (change: Partial<Settings>) => {
    stored = normaliseSettings({ ...stored, ...change });
    listeners.forEach((l) => l(stored));
  };
  return { deps, stored: () => stored, calls, granted, importElsewhere, changeElsewhere };
}

async function renderApp(f: ReturnType<typeof fakes>) {
  render(<OptionsApp deps={f.deps} />);
  await screen.findByText('On “Chapter 26”: 4 passages with these settings.');
}

describe('hosts', () => {
  test.each([
    ['example.org', 'example.org'],
    [' https://Blog.Example.org/2025/notes?x=1 ', 'blog.example.org'],
    ['example.org:8080', 'example.org'],
    ['localhost', null],
    ['not a host', null],
    ['192.168.0.1', null],
    ['-bad.example', null],
    ['', null],
  ])('parseHost(%p) = %p', (input, expected) => expect(parseHost(input)).toBe(expected));

  test('built-in hosts cover their subdomains only where the manifest does', () => {
    expect(builtInFor('www.marxists.org', BUILT_IN)?.host).toBe('marxists.org');
    expect(builtInFor('x.marxists.wikis.cc', BUILT_IN)).toBeNull();
    expect(
      readerHosts(
        {
          'www.marxists.org': false,
          'b.example': true,
          'a.example': true,
          '*': true,
          'off.example': false,
        },
        BUILT_IN,
      ),
    ).toEqual(['a.example', 'b.example']);
  });
});

test('switching a built-in site off writes it and its www. name; on again removes both', async () => {
  const f = fakes();
  await renderApp(f);
  fireEvent.click(screen.getByRole('switch', { name: 'marxists.org' }));
  await waitFor(() =>
    expect(f.stored().sites).toEqual({ 'marxists.org': false, 'www.marxists.org': false }),
  );
  fireEvent.click(screen.getByRole('switch', { name: 'marxists.org' }));
  await waitFor(() => expect(f.stored().sites).toEqual({}));
});

test('adding a site asks the browser within the click, then enables it; removing gives the permission back', async () => {
  const f = fakes();
  await renderApp(f);
  fireEvent.input(screen.getByLabelText(t('optionsSitesAddLabel')), {
    target: { value: 'https://Notes.example/post' },
  });
  fireEvent.click(screen.getByRole('button', { name: t('optionsSitesAdd') }));
  // Synchronously, during the click: the prompt needs the reader's gesture.
  expect(f.deps.permissions.request).toHaveBeenCalledWith(['*://notes.example/*']);
  await screen.findByText('Counterpoint now reads notes.example.');
  expect(f.stored().sites).toEqual({ 'notes.example': true });
  fireEvent.click(screen.getByRole('button', { name: 'Remove notes.example' }));
  await screen.findByText('Counterpoint no longer reads notes.example.');
  expect(f.deps.permissions.remove).toHaveBeenCalledWith(['*://notes.example/*']);
  expect(f.stored().sites).toEqual({});
});

test('a built-in host or a non-host is not requested', async () => {
  const f = fakes();
  await renderApp(f);
  const field = screen.getByLabelText(t('optionsSitesAddLabel'));
  fireEvent.input(field, { target: { value: 'www.marxists.org' } });
  fireEvent.click(screen.getByRole('button', { name: t('optionsSitesAdd') }));
  await screen.findByText(t('optionsSitesAlreadyBuiltIn', ['marxists.org']));
  fireEvent.input(field, { target: { value: 'nonsense' } });
  fireEvent.click(screen.getByRole('button', { name: t('optionsSitesAdd') }));
  await screen.findByText(t('optionsSitesInvalid', ['nonsense']));
  expect(f.deps.permissions.request).not.toHaveBeenCalled();
});

test('"all sites" requests *://*/* and records it; off removes it', async () => {
  const f = fakes();
  await renderApp(f);
  fireEvent.click(screen.getByRole('switch', { name: t('optionsSitesAll') }));
  expect(f.deps.permissions.request).toHaveBeenCalledWith(['*://*/*']);
  await screen.findByText(t('optionsSitesAllOn'));
  await waitFor(() =>
    expect(
      (screen.getByRole('switch', { name: t('optionsSitesAll') }) as HTMLInputElement).checked,
    ).toBe(true),
  );
  expect(f.stored().sites).toEqual({ '*': true });
  fireEvent.click(screen.getByRole('switch', { name: t('optionsSitesAll') }));
  await screen.findByText(t('optionsSitesAllOff'));
  expect(f.stored().sites).toEqual({});
  expect(f.granted.has('*://*/*')).toBe(false);
});

test('settings written elsewhere reach both the sites section (its hook) and the rest of the page', async () => {
  const f = fakes();
  await renderApp(f);
  act(() =>
    f.changeElsewhere({
      sites: { 'marxists.org': false, 'www.marxists.org': false },
      learning: false,
      minWords: 20,
    }),
  );
  await waitFor(() =>
    expect((screen.getByRole('switch', { name: 'marxists.org' }) as HTMLInputElement).checked).toBe(
      false,
    ),
  );
  expect(
    (screen.getByRole('switch', { name: t('optionsLearnedSwitch') }) as HTMLInputElement).checked,
  ).toBe(false);
  expect(
    (screen.getByRole('slider', { name: t('optionsMinWords') }) as HTMLInputElement).value,
  ).toBe('20');
});

test('a threshold change previews first, then writes the settings once the reader settles', async () => {
  jest.useFakeTimers();
  try {
    const f = fakes();
    render(<OptionsApp deps={f.deps} />);
    await act(async () => {
      await jest.advanceTimersByTimeAsync(10);
    });
    const slider = screen.getByRole('slider', { name: t('optionsMinWords') });
    fireEvent.input(slider, { target: { value: '20' } });
    fireEvent.input(slider, { target: { value: '30' } });
    await act(async () => {
      await jest.advanceTimersByTimeAsync(PREVIEW_DELAY_MS);
    });
    expect(
      screen.getByText('On “Chapter 26”: 4 passages now, 3 with these settings.'),
    ).toBeTruthy();
    expect(f.stored().minWords).toBe(12);
    await act(async () => {
      await jest.advanceTimersByTimeAsync(THRESHOLD_WRITE_DELAY_MS);
    });
    expect(f.stored().minWords).toBe(30);
    await act(async () => {
      await jest.advanceTimersByTimeAsync(RESCAN_SETTLE_MS);
    });
    // Asked at load, after the change, and once saved.
    expect(f.calls.filter((c) => c.method === 'previewThresholds').map((c) => c.args[0])).toEqual([
      { minWords: 12, minIdentity: 0.7 },
      { minWords: 30, minIdentity: 0.7 },
      { minWords: 30, minIdentity: 0.7 },
    ]);
  } finally {
    jest.useRealTimers();
  }
});

test('importing the small pack shows its layer and paragraphs, and lists it; a broken file says why and changes nothing', async () => {
  const f = fakes();
  await renderApp(f);
  const input = screen.getByLabelText(t('optionsImportLabel'));
  fireEvent.change(input, {
    target: { files: [new File([JSON.stringify(pack)], 'small-pack.json')] },
  });
  await screen.findByText('Imported “Test notes”: layer Test notes, 2 paragraphs.');
  expect(document.querySelector('[data-pack="e2e-test-notes"]')).toBeTruthy();
  expect(document.querySelector('tr[data-layer="pack:test-notes"]')).toBeTruthy();

  fireEvent.change(input, { target: { files: [new File(['{"format":"other"}'], 'other.json')] } });
  await screen.findByText(
    'other.json was not imported: the pack is not valid: pack format: Invalid type',
  );
  fireEvent.change(input, { target: { files: [new File(['not json'], 'notes.txt')] } });
  await screen.findByText(t('optionsImportNotJson', ['notes.txt']));
  expect(document.querySelector('[data-pack="e2e-test-notes"]')).toBeTruthy();
});

test.each([
  [
    'one byte over MAX_PACK_FILE_BYTES: refused on its size, never read or sent',
    MAX_PACK_FILE_BYTES + 1,
    'big-pack.json was not imported: it is 32.1 MB, and a critique pack may be at most 32 MB. Nothing of it was read.',
    0,
  ],
  [
    'exactly MAX_PACK_FILE_BYTES: read and imported',
    MAX_PACK_FILE_BYTES,
    'Imported “Test notes”: layer Test notes, 2 paragraphs.',
    1,
  ],
])('a pack file of %s', async (_what, size, notice, reads) => {
  const f = fakes();
  await renderApp(f);
  const file = new File([JSON.stringify(pack)], 'big-pack.json');
  Object.defineProperty(file, 'size', { value: size });
  fireEvent.change(screen.getByLabelText(t('optionsImportLabel')), { target: { files: [file] } });
  await screen.findByText(notice);
  expect(f.deps.readText).toHaveBeenCalledTimes(reads);
  expect(f.calls.filter((c) => c.method === 'importPack')).toHaveLength(reads);
});

test('reset to the bundled dataset, after confirming, removes the packs', async () => {
  const f = fakes();
  await renderApp(f);
  fireEvent.change(screen.getByLabelText(t('optionsImportLabel')), {
    target: { files: [new File([JSON.stringify(pack)], 'small-pack.json')] },
  });
  await screen.findByText(/Imported “Test notes”/);
  fireEvent.click(screen.getByRole('button', { name: t('optionsReset') }));
  fireEvent.click(screen.getByRole('button', { name: t('optionsResetConfirm') }));
  await screen.findByText(t('optionsResetDone', ['9.9.9']));
  expect(screen.getByText(t('optionsPacksEmpty'))).toBeTruthy();
  expect(f.calls.some((c) => c.method === 'resetDataset')).toBe(true);
});

test('the shortcut list comes from the browser, and the button opens its settings', async () => {
  const f = fakes();
  await renderApp(f);
  expect(await screen.findByText('Alt+Shift+O')).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: t('optionsShortcutsChange') }));
  expect(f.deps.commands.openSettings).toHaveBeenCalled();
});

test('a pack imported elsewhere (another options tab) appears when the store signals a change', async () => {
  const f = fakes();
  await renderApp(f);
  expect(screen.getByText(t('optionsPacksEmpty'))).toBeTruthy();
  act(() => f.importElsewhere());
  await waitFor(() => expect(document.querySelector('[data-pack="e2e-test-notes"]')).toBeTruthy());
});
