// Host permissions the reader grants at run time (optional_host_permissions),
// and what an extension page may know about a tab's address. A request must be
// made directly in a click handler (a user gesture), before any await.
import { browser } from './browser';

export const hostPattern = (host: string) => `*://${host}/*`;

/** Asks the reader for `*://host/*`; true when granted (or already held). */
export function requestHostPermission(host: string): Promise<boolean> {
  return browser.permissions.request({ origins: [hostPattern(host)] }).catch(() => false);
}

/**
 * A tab's URL, when the extension may see it: with activeTab (the popup opened
 * from the toolbar on that tab) or a host permission for it; null otherwise.
 */
export async function tabUrl(tabId: number): Promise<string | null> {
  try {
    return (await browser.tabs.get(tabId)).url ?? null;
  } catch {
    return null;
  }
}

// The options page: several origins at once, "every site", changes made
// elsewhere (the browser's own settings), and the hosts read from install.

export function hasOrigins(origins: string[]): Promise<boolean> {
  return browser.permissions.contains({ origins }).catch(() => false);
}

/** Shows the browser's prompt (call straight from the click); true when every origin is granted. */
export function requestOrigins(origins: string[]): Promise<boolean> {
  return browser.permissions.request({ origins });
}

/** Gives host permissions back; true when they were removed. */
export function removeOrigins(origins: string[]): Promise<boolean> {
  return browser.permissions.remove({ origins }).catch(() => false);
}

/** Runs `listener` when permissions are granted or removed, here or in the browser's settings. */
export function onOriginsChanged(listener: () => void): void {
  browser.permissions.onAdded.addListener(() => listener());
  browser.permissions.onRemoved.addListener(() => listener());
}

/**
 * The hosts the manifest's content scripts match, as a reader names them:
 * "*://*.marxists.org/*" → marxists.org (and its subdomains),
 * "*://*.connexions.org/CxArchive/MIA/*" → connexions.org.
 */
export function manifestHosts(): { host: string; subdomains: boolean }[] {
  const seen = new Map<string, boolean>();
  for (const script of browser.runtime.getManifest().content_scripts ?? []) {
    for (const pattern of script.matches ?? []) {
      const m = /^[^:]+:\/\/(\*\.)?([^/*]+)\//.exec(pattern);
      if (m && !seen.has(m[2])) seen.set(m[2], Boolean(m[1]));
    }
  }
  return [...seen].map(([host, subdomains]) => ({ host, subdomains }));
}
