// Sites the reader enabled beyond the built-in ones get the content script by
// run-time registration, for the hosts whose permission the reader granted.

import { readSettings } from '../platform/settings';
import { permittedHosts, registerSiteScripts } from '../platform/site-scripts';
import type { Settings } from '../shared/settings';
import { builtInHost } from './site-state';

export async function syncSiteScripts(settings?: Settings): Promise<void> {
  const s = settings ?? (await readSettings());
  const wanted = Object.entries(s.sites)
    .filter(([host, on]) => on && !builtInHost(host))
    .map(([host]) => host);
  await registerSiteScripts(await permittedHosts(wanted));
}
