// Content scripts on sites the reader enabled beyond marxists.org and its
// mirrors: registered at run time, only where the host permission is held.
import browser from 'webextension-polyfill';

const ID = 'counterpoint-reader-sites';

export const originPattern = (host: string) => `*://${host}/*`;

/** The hosts (of `hosts`) for which the extension holds the host permission. */
export async function permittedHosts(hosts: string[]): Promise<string[]> {
  const held = await Promise.all(hosts.map((h) => browser.permissions.contains({ origins: [originPattern(h)] }).catch(() => false)));
  return hosts.filter((_, i) => held[i]);
}

/** Replaces the reader-site registration with one for `hosts` (none: unregistered). */
export async function registerSiteScripts(hosts: string[]): Promise<void> {
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [ID] });
  const matches = hosts.map(originPattern).sort();
  if (existing.length > 0 && JSON.stringify([...(existing[0].matches ?? [])].sort()) === JSON.stringify(matches)) return;
  if (existing.length > 0) await browser.scripting.unregisterContentScripts({ ids: [ID] });
  if (hosts.length === 0) return;
  await browser.scripting.registerContentScripts([{
    id: ID, matches, js: ['content.js'], css: ['content.css'],
    runAt: 'document_idle', allFrames: true, persistAcrossSessions: true,
  }]);
}
