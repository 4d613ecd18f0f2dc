// Sites the reader enabled beyond the built-in ones get the content script by
// run-time registration, for the hosts whose permission the reader granted.

import { setPdfRedirect } from '../platform/pdf-redirect';
import { readSettings } from '../platform/settings';
import { permittedHosts, registerSiteScripts } from '../platform/site-scripts';
import type { PdfSites } from '../shared/pdf-rule';
import { ALL_SITES_KEY } from '../shared/hosts';
import type { Settings } from '../shared/settings';
import { BUILT_IN_HOSTS, builtInHost } from './site-state';

export async function syncSiteScripts(settings?: Settings): Promise<void> {
  const s = settings ?? (await readSettings());
  const wanted = Object.entries(s.sites)
    .filter(([host, on]) => on && !builtInHost(host))
    .map(([host]) => host);
  const permitted = await permittedHosts(wanted);
  await registerSiteScripts(permitted);
  await setPdfRedirect(pdfSites(s, permitted));
}

/**
 * Where a PDF opens in the viewer: where pages are read. The built-in sites, unless turned off;
 * the reader's sites with their permission; every site when the reader enabled every site.
 */
function pdfSites(s: Settings, permitted: string[]): PdfSites {
  const excluded = Object.entries(s.sites)
    .filter(([host, on]) => !on && host !== ALL_SITES_KEY)
    .map(([host]) => host);
  if (permitted.includes(ALL_SITES_KEY)) return { domains: 'all', excluded };
  const builtIn = BUILT_IN_HOSTS.filter((h) => !excluded.includes(h));
  return { domains: [...builtIn, ...permitted], excluded };
}
