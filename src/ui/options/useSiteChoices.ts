// The site choices of SitesSection as a hook: built-in archives on or off,
// the reader's own sites through the browser's permission prompt, every site
// at once. Settings and permissions come through `deps` (the same shapes as
// the options page's), so the welcome page shares the options page's flow.

import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { ALL_SITES_KEY, builtInFor, builtInKeys, parseHost, readerHosts, type BuiltInHost } from '../../shared/hosts';
import { normaliseSettings, type Settings } from '../../shared/settings';
import type { SitesSectionProps } from './SitesSection';
import type { Notice, Translate } from './types';

export interface SiteChoiceDeps {
  t: Translate;
  settings: {
    read(): Promise<Settings>;
    update(change: (s: Settings) => Partial<Settings>): Promise<Settings>;
    onChanged(listener: (s: Settings) => void): void;
  };
  permissions: {
    builtInHosts(): BuiltInHost[];
    origin(host: string): string;
    has(origins: string[]): Promise<boolean>;
    /** Must be called synchronously from the reader's click. */
    request(origins: string[]): Promise<boolean>;
    remove(origins: string[]): Promise<boolean>;
    onChanged(listener: () => void): void;
  };
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** SitesSection's props (all but `t`), wired to settings and permissions. */
export function useSiteChoices(deps: SiteChoiceDeps): Omit<SitesSectionProps, 't'> & { ready: boolean } {
  const { t } = deps;
  const builtIn = useMemo(() => deps.permissions.builtInHosts(), [deps]);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [permitted, setPermitted] = useState<Record<string, boolean>>({});
  const [notice, setNotice] = useState<Notice | null>(null);

  const readerSites = settings ? readerHosts(settings.sites, builtIn) : [];
  const permissionHosts = [ALL_SITES_KEY, ...readerSites].join(' ');
  const refreshPermissions = useCallback(async () => {
    const hosts = permissionHosts.split(' ');
    const held = await Promise.all(hosts.map((h) => deps.permissions.has([deps.permissions.origin(h)])));
    setPermitted(Object.fromEntries(hosts.map((h, i) => [h, held[i]])));
  }, [deps, permissionHosts]);
  const latestRefresh = useRef(refreshPermissions);
  latestRefresh.current = refreshPermissions;

  useEffect(() => {
    deps.settings.read().then(setSettings).catch(() => setSettings(normaliseSettings(undefined)));
    deps.settings.onChanged(setSettings);
    deps.permissions.onChanged(() => void latestRefresh.current());
  }, [deps]);

  useEffect(() => {
    void refreshPermissions();
  }, [refreshPermissions]);

  const setSites = (change: (sites: Record<string, boolean>) => Record<string, boolean>) =>
    deps.settings.update((s) => ({ sites: change({ ...s.sites }) })).then(setSettings);

  const onToggleBuiltIn = (host: string, enabled: boolean) => {
    const b = builtIn.find((x) => x.host === host);
    if (!b) return;
    void setSites((sites) => {
      for (const key of builtInKeys(b)) {
        if (enabled) delete sites[key];
        else sites[key] = false;
      }
      return sites;
    });
  };

  const onAddSite = (input: string) => {
    const host = parseHost(input);
    if (!host) return setNotice({ kind: 'error', text: t('optionsSitesInvalid', [input.trim()]) });
    const b = builtInFor(host, builtIn);
    if (b) return setNotice({ kind: 'ok', text: t('optionsSitesAlreadyBuiltIn', [b.host]) });
    // The prompt first, inside the reader's gesture; nothing awaited before it.
    deps.permissions.request([deps.permissions.origin(host)])
      .then(async (granted) => {
        if (!granted) return setNotice({ kind: 'error', text: t('optionsSitesDenied', [host]) });
        await setSites((sites) => ({ ...sites, [host]: true }));
        await latestRefresh.current();
        setNotice({ kind: 'ok', text: t('optionsSitesAdded', [host]) });
      })
      .catch((e: unknown) => setNotice({ kind: 'error', text: t('optionsSitesFailed', [message(e)]) }));
  };

  const onRemoveSite = (host: string) => {
    void deps.permissions.remove([deps.permissions.origin(host)]).then(async () => {
      await setSites((sites) => { delete sites[host]; return sites; });
      setNotice({ kind: 'ok', text: t('optionsSitesRemoved', [host]) });
    });
  };

  const onToggleAllSites = (enabled: boolean) => {
    const origins = [deps.permissions.origin(ALL_SITES_KEY)];
    if (enabled) {
      deps.permissions.request(origins)
        .then(async (granted) => {
          if (!granted) return setNotice({ kind: 'error', text: t('optionsSitesAllDenied') });
          await setSites((sites) => ({ ...sites, [ALL_SITES_KEY]: true }));
          await latestRefresh.current();
          setNotice({ kind: 'ok', text: t('optionsSitesAllOn') });
        })
        .catch((e: unknown) => setNotice({ kind: 'error', text: t('optionsSitesFailed', [message(e)]) }));
    } else {
      void deps.permissions.remove(origins).then(async () => {
        await setSites((sites) => { delete sites[ALL_SITES_KEY]; return sites; });
        setNotice({ kind: 'ok', text: t('optionsSitesAllOff') });
        await latestRefresh.current();
      });
    }
  };

  return {
    ready: settings !== null,
    builtIn: builtIn.map((b) => ({ host: b.host, enabled: settings?.sites[b.host] !== false })),
    mine: readerSites.map((host) => ({ host, permitted: permitted[host] ?? false })),
    allSites: (settings?.sites[ALL_SITES_KEY] ?? false) && (permitted[ALL_SITES_KEY] ?? false),
    notice,
    onToggleBuiltIn, onAddSite, onRemoveSite, onToggleAllSites,
  };
}
