// What the reader does in the sites section, as settings writes and
// permission requests. A request is made synchronously, inside the reader's
// click: the browser shows its prompt only within a user gesture.

import {
  ALL_SITES_KEY,
  builtInFor,
  builtInKeys,
  parseHost,
  type BuiltInHost,
} from '../../shared/hosts';
import type { Settings } from '../../shared/settings';
import type { SitesSectionProps } from './SitesSection';
import type { Notice } from './types';
import type { SiteChoiceDeps } from './site-deps';

export interface SiteActionContext {
  deps: SiteChoiceDeps;
  builtIn: BuiltInHost[];
  /** Writes a change to the settings and shows what was stored (useSettings' update). */
  update(change: (s: Settings) => Partial<Settings>): Promise<Settings>;
  /** Asks again which origins are held. */
  refresh(): Promise<void>;
  setNotice(notice: Notice): void;
}

export type SiteActions = Pick<
  SitesSectionProps,
  'onToggleBuiltIn' | 'onAddSite' | 'onRemoveSite' | 'onToggleAllSites'
>;

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

export function siteActions(context: SiteActionContext): SiteActions {
  const {
    deps: { t },
    builtIn,
    setNotice,
  } = context;
  const { setSites, grant, revoke } = siteWrites(context);
  return {
    onToggleBuiltIn: (host, enabled) => {
      const b = builtIn.find((x) => x.host === host);
      if (b) void setSites((sites) => withBuiltIn(sites, b, enabled));
    },
    onAddSite: (input) => {
      const host = parseHost(input);
      if (!host)
        return setNotice({ kind: 'error', text: t('optionsSitesInvalid', [input.trim()]) });
      const b = builtInFor(host, builtIn);
      if (b) return setNotice({ kind: 'ok', text: t('optionsSitesAlreadyBuiltIn', [b.host]) });
      grant(host, t('optionsSitesDenied', [host]), t('optionsSitesAdded', [host]));
    },
    onRemoveSite: (host) => revoke(host, t('optionsSitesRemoved', [host])),
    onToggleAllSites: (enabled) => {
      if (enabled) grant(ALL_SITES_KEY, t('optionsSitesAllDenied'), t('optionsSitesAllOn'));
      else revoke(ALL_SITES_KEY, t('optionsSitesAllOff'));
    },
  };
}

/** The writes behind the actions: the sites setting, and a site's permission asked for or given back. */
function siteWrites({ deps, update, refresh, setNotice }: SiteActionContext) {
  const { t, permissions } = deps;
  const setSites = (change: (sites: Record<string, boolean>) => Record<string, boolean>) =>
    update((s) => ({ sites: change({ ...s.sites }) }));

  /** Asks the browser for `key`'s origin, then records the site as on. */
  const grant = (key: string, denied: string, done: string) => {
    permissions
      .request([permissions.origin(key)])
      .then(async (granted) => {
        if (!granted) return setNotice({ kind: 'error', text: denied });
        await setSites((sites) => ({ ...sites, [key]: true }));
        await refresh();
        setNotice({ kind: 'ok', text: done });
      })
      .catch((e: unknown) =>
        setNotice({ kind: 'error', text: t('optionsSitesFailed', [errorText(e)]) }),
      );
  };
  /** Gives `key`'s origin back, then forgets the site. */
  const revoke = (key: string, done: string) => {
    void permissions.remove([permissions.origin(key)]).then(async () => {
      await setSites((sites) => {
        delete sites[key];
        return sites;
      });
      setNotice({ kind: 'ok', text: done });
      await refresh();
    });
  };
  return { setSites, grant, revoke };
}

/** A built-in archive is on unless its names are set to false. */
function withBuiltIn(
  sites: Record<string, boolean>,
  archive: BuiltInHost,
  enabled: boolean,
): Record<string, boolean> {
  for (const key of builtInKeys(archive)) {
    if (enabled) delete sites[key];
    else sites[key] = false;
  }
  return sites;
}
