// First run: the welcome page, and what the manifest asks for (the page
// explains each permission the browser showed at install).
import { browser } from './browser';

const WELCOME_PAGE = 'welcome.html';

/** Opens the welcome page in a new, active tab. */
export async function openWelcomePage(): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PAGE), active: true });
}

export interface ManifestAccess {
  /** API permissions, as the manifest lists them (per browser). */
  permissions: string[];
  /** Host permissions the reader may grant later. */
  optionalHosts: string[];
}

export function manifestAccess(): ManifestAccess {
  const m = browser.runtime.getManifest() as {
    permissions?: string[];
    optional_host_permissions?: string[];
  };
  return {
    permissions: [...(m.permissions ?? [])],
    optionalHosts: [...(m.optional_host_permissions ?? [])],
  };
}
