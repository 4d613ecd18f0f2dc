// Whether Counterpoint reads a site's pages, for the popup and options page.

import sites from '../data/sites.json';
import { readSettings } from '../platform/settings';
import { permittedHosts } from '../platform/site-scripts';
import type { SiteState } from '../shared/messages';
import { siteChoice } from '../shared/settings';

/** marxists.org and its mirrors: the manifest's content scripts cover them. */
export const BUILT_IN_HOSTS: readonly string[] = [
  ...sites.miaHosts,
  ...sites.marxistComHosts,
  'connexions.org',
];

export function builtInHost(host: string): boolean {
  return BUILT_IN_HOSTS.some((h) => host === h || host.endsWith('.' + h));
}

export async function siteState(host: string): Promise<SiteState> {
  const builtIn = builtInHost(host);
  const choice = siteChoice(await readSettings(), host);
  const permitted = builtIn || (await permittedHosts([host])).length === 1;
  return { host, builtIn, enabled: choice ?? builtIn, permitted };
}
