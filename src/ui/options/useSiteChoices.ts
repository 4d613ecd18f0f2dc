// The site choices of SitesSection as a hook: built-in archives on or off,
// the reader's own sites through the browser's permission prompt, every site
// at once. Settings and permissions come through `deps` (the same shapes as
// the options page's), so the welcome page shares the options page's flow.

import { useMemo, useState } from 'preact/hooks';
import { ALL_SITES_KEY, readerHosts } from '../../shared/hosts';
import { useSettings } from '../use-settings';
import { siteActions } from './site-actions';
import type { SiteChoiceDeps } from './site-deps';
import type { SitesSectionProps } from './SitesSection';
import type { Notice } from './types';
import { useHeldPermissions } from './useHeldPermissions';

export type SiteChoices = Omit<SitesSectionProps, 't'> & { ready: boolean };

/** SitesSection's props (all but `t`), wired to settings and permissions. */
export function useSiteChoices(deps: SiteChoiceDeps): SiteChoices {
  const builtIn = useMemo(() => deps.permissions.builtInHosts(), [deps]);
  const { current: settings, update } = useSettings(deps.settings);
  const readerSites = settings ? readerHosts(settings.sites, builtIn) : [];
  const { permitted, refresh } = useHeldPermissions(deps.permissions, [
    ALL_SITES_KEY,
    ...readerSites,
  ]);
  const [notice, setNotice] = useState<Notice | null>(null);
  return {
    ready: settings !== null,
    builtIn: builtIn.map((b) => ({ host: b.host, enabled: settings?.sites[b.host] !== false })),
    mine: readerSites.map((host) => ({ host, permitted: permitted[host] ?? false })),
    allSites: (settings?.sites[ALL_SITES_KEY] ?? false) && (permitted[ALL_SITES_KEY] ?? false),
    notice,
    ...siteActions({ deps, builtIn, update, refresh, setNotice }),
  };
}
