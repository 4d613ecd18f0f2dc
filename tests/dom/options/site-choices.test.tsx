// useSiteChoices' parts alone: which origins are held (asked again when the
// hosts or the browser's grants change), and the reader's site actions.

import { act, renderHook, waitFor } from '@testing-library/preact';
import type { Settings } from '../../../src/shared/settings';
import type { SiteChoiceDeps } from '../../../src/ui/options';
import { useHeldPermissions } from '../../../src/ui/options/useHeldPermissions';
import { useSiteChoices } from '../../../src/ui/options/useSiteChoices';
import { fakeSettingsStore } from './settings-store';

const t = (key: string, subs: string[] = []) => [key, ...subs].join(' ');
const BUILT_IN = [{ host: 'marxists.org', subdomains: true }];

function fakePermissions(granted: Set<string>) {
  const listeners: (() => void)[] = [];
  const permissions: SiteChoiceDeps['permissions'] = {
    builtInHosts: () => BUILT_IN,
    origin: (h) => `*://${h}/*`,
    has: jest.fn(async (o: string[]) => o.every((x) => granted.has(x))),
    request: jest.fn(async (o: string[]) => {
      o.forEach((x) => granted.add(x));
      return true;
    }),
    remove: jest.fn(async (o: string[]) => {
      o.forEach((x) => granted.delete(x));
      return true;
    }),
    onChanged: (l) => {
      listeners.push(l);
    },
  };
  return { permissions, changeGrants: () => listeners.forEach((l) => l()) };
}

describe('useHeldPermissions', () => {
  test('asks for each host, again when the hosts change, and again when the grants change', async () => {
    const granted = new Set(['*://a.example/*']);
    const { permissions, changeGrants } = fakePermissions(granted);
    const { result, rerender } = renderHook(({ hosts }) => useHeldPermissions(permissions, hosts), {
      initialProps: { hosts: ['a.example', 'b.example'] },
    });
    await waitFor(() =>
      expect(result.current.permitted).toEqual({ 'a.example': true, 'b.example': false }),
    );
    rerender({ hosts: ['a.example', 'b.example'] });
    expect(permissions.has).toHaveBeenCalledTimes(2);
    rerender({ hosts: ['c.example'] });
    await waitFor(() => expect(result.current.permitted).toEqual({ 'c.example': false }));
    granted.add('*://c.example/*');
    act(() => changeGrants());
    await waitFor(() => expect(result.current.permitted).toEqual({ 'c.example': true }));
  });
});

describe('site actions', () => {
  function setup(initial: Partial<Settings> = {}, request?: (o: string[]) => Promise<boolean>) {
    const settings = fakeSettingsStore(initial);
    const { permissions } = fakePermissions(new Set());
    if (request) permissions.request = jest.fn(request);
    const deps: SiteChoiceDeps = { t, settings: settings.store, permissions };
    const { result } = renderHook(() => useSiteChoices(deps));
    return { ...settings, permissions, result };
  }

  test.each<[boolean, Record<string, boolean>, Record<string, boolean>]>([
    [false, {}, { 'marxists.org': false, 'www.marxists.org': false }],
    [
      true,
      { 'marxists.org': false, 'www.marxists.org': false, 'a.example': true },
      { 'a.example': true },
    ],
  ])(
    'a built-in archive switched to %p: its names set off, or cleared',
    async (enabled, before, after) => {
      const f = setup({ sites: before });
      await waitFor(() => expect(f.result.current.ready).toBe(true));
      act(() => f.result.current.onToggleBuiltIn('marxists.org', enabled));
      await waitFor(() => expect(f.stored().sites).toEqual(after));
      expect(f.result.current.builtIn).toEqual([{ host: 'marxists.org', enabled }]);
    },
  );

  test.each<
    [
      string,
      string,
      ((o: string[]) => Promise<boolean>) | undefined,
      { kind: string; text: string },
      boolean,
    ]
  >([
    [
      'a new host, granted',
      'notes.example',
      undefined,
      { kind: 'ok', text: 'optionsSitesAdded notes.example' },
      true,
    ],
    [
      'a new host, denied',
      'notes.example',
      async () => false,
      { kind: 'error', text: 'optionsSitesDenied notes.example' },
      false,
    ],
    [
      'the prompt failing',
      'notes.example',
      async () => {
        throw new Error('no gesture');
      },
      { kind: 'error', text: 'optionsSitesFailed no gesture' },
      false,
    ],
    [
      'a built-in host: never asked',
      'www.marxists.org',
      undefined,
      { kind: 'ok', text: 'optionsSitesAlreadyBuiltIn marxists.org' },
      false,
    ],
    [
      'not a host: never asked',
      ' nonsense ',
      undefined,
      { kind: 'error', text: 'optionsSitesInvalid nonsense' },
      false,
    ],
  ])('adding %s', async (_what, input, request, notice, added) => {
    const f = setup({}, request);
    await waitFor(() => expect(f.result.current.ready).toBe(true));
    act(() => f.result.current.onAddSite(input));
    await waitFor(() => expect(f.result.current.notice).toEqual(notice));
    expect(f.stored().sites).toEqual(added ? { 'notes.example': true } : {});
    if (added)
      await waitFor(() =>
        expect(f.result.current.mine).toEqual([{ host: 'notes.example', permitted: true }]),
      );
  });

  test('every site: on asks for *://*/* and records it; off gives it back', async () => {
    const f = setup();
    await waitFor(() => expect(f.result.current.ready).toBe(true));
    act(() => f.result.current.onToggleAllSites(true));
    await waitFor(() => expect(f.result.current.allSites).toBe(true));
    expect(f.result.current.notice).toEqual({ kind: 'ok', text: 'optionsSitesAllOn' });
    act(() => f.result.current.onToggleAllSites(false));
    await waitFor(() =>
      expect(f.result.current.notice).toEqual({ kind: 'ok', text: 'optionsSitesAllOff' }),
    );
    expect(f.result.current.allSites).toBe(false);
    expect(f.permissions.remove).toHaveBeenCalledWith(['*://*/*']);
    expect(f.stored().sites).toEqual({});
  });
});
