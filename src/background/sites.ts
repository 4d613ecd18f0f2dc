// Sites the reader enabled beyond the built-in ones get the content script by
// run-time registration, for the hosts whose permission the reader granted.

import { readSettings } from '../platform/settings';
import { permittedHosts, registerSiteScripts } from '../platform/site-scripts';
import type { Settings } from '../shared/settings';
import sites from '../data/sites.json';

/** Hosts the manifest's content scripts already cover (a second registration would inject twice). */
function builtIn(host: string): boolean {
  const hosts = [...sites.miaHosts, ...sites.marxistComHosts, 'connexions.org'];
  return hosts.some((h) => host === h || host.endsWith('.' + h));
}

export async function syncSiteScripts(settings?: Settings): Promise<void> {
  const s = settings ?? (await readSettings());
  const wanted = Object.entries(s.sites).filter(([host, on]) => on && !builtIn(host)).map(([host]) => host);
  await registerSiteScripts(await permittedHosts(wanted));
}
