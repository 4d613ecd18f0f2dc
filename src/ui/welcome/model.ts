// What the welcome page says, derived from the manifest: each permission the
// browser showed at install, with the message keys that explain it. Pure.

/** The History online (links only: the extension itself fetches nothing). */
const HISTORY_BASE = 'https://www.marxists.org/archive/trotsky/1930/hrr/';

export const HISTORY_LINKS: { key: string; href: string }[] = [
  { key: 'welcomeReadContents', href: HISTORY_BASE },
  { key: 'welcomeReadCh01', href: `${HISTORY_BASE}ch01.htm` },
  { key: 'welcomeReadCh26', href: `${HISTORY_BASE}ch26.htm` },
  { key: 'welcomeReadCh45', href: `${HISTORY_BASE}ch45.htm` },
];

/** The API permissions the welcome page explains (every one the manifest may ask for). */
export const EXPLAINED_PERMISSIONS = [
  'storage',
  'activeTab',
  'scripting',
  'contextMenus',
  'declarativeNetRequestWithHostAccess',
  'sidePanel',
] as const;

export interface PermissionItem {
  id: string;
  /** Message keys: what it is, and why Counterpoint asks. */
  titleKey: string;
  whyKey: string;
}

const cap = (s: string) => s[0].toUpperCase() + s.slice(1);

/**
 * The permissions to explain, in the order the browser listed them: the sites
 * read from install, each API permission, then the sites the reader may add.
 * Throws on a permission the page has no words for (a test keeps them in step).
 */
export function permissionItems(access: {
  permissions: string[];
  optionalHosts: string[];
}): PermissionItem[] {
  const items: PermissionItem[] = [
    { id: 'sites', titleKey: 'welcomePermSites', whyKey: 'welcomePermSitesWhy' },
  ];
  for (const p of access.permissions) {
    if (!(EXPLAINED_PERMISSIONS as readonly string[]).includes(p))
      throw new Error(`welcome: no explanation for the permission "${p}"`);
    items.push({ id: p, titleKey: `welcomePerm${cap(p)}`, whyKey: `welcomePerm${cap(p)}Why` });
  }
  if (access.optionalHosts.length > 0)
    items.push({
      id: 'optional-hosts',
      titleKey: 'welcomePermOptional',
      whyKey: 'welcomePermOptionalWhy',
    });
  return items;
}
