// Host permissions the reader grants at run time (optional_host_permissions),
// and what an extension page may know about a tab's address. A request must be
// made directly in a click handler (a user gesture), before any await.
import browser from 'webextension-polyfill';

export const hostPattern = (host: string) => `*://${host}/*`;

/** Asks the reader for `*://host/*`; true when granted (or already held). */
export function requestHostPermission(host: string): Promise<boolean> {
  return browser.permissions.request({ origins: [hostPattern(host)] }).catch(() => false);
}

export function hasHostPermission(host: string): Promise<boolean> {
  return browser.permissions.contains({ origins: [hostPattern(host)] }).catch(() => false);
}

/** Every origin the extension holds at run time (for checks that nothing was left behind). */
export async function heldOrigins(): Promise<string[]> {
  return (await browser.permissions.getAll()).origins ?? [];
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
