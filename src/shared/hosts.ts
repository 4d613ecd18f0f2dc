// What the reader types to add a site, made into a host name; and which
// settings keys belong to the built-in sites. Pure.

/** Settings key for "every site" (its content script registration is `*://*\/*`). */
export const ALL_SITES_KEY = '*';

/** "https://Example.org/path", "example.org:8080" or "example.org" → "example.org"; null when not a host name. */
export function parseHost(input: string): string | null {
  let s = input.trim().toLowerCase();
  if (s === '') return null;
  s = s
    .replace(/^[a-z][a-z0-9+.-]*:\/\//, '')
    .replace(/[/?#].*$/, '')
    .replace(/:\d+$/, '')
    .replace(/\.$/, '');
  if (s.length > 253 || !s.includes('.')) return null;
  const labels = s.split('.');
  return labels.every((l) => /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/.test(l)) &&
    !/^\d+$/.test(labels[labels.length - 1])
    ? s
    : null;
}

export interface BuiltInHost {
  host: string;
  /** The manifest also matches its subdomains (www.…). */
  subdomains: boolean;
}

/** The built-in site `host` belongs to, if any (the host itself or, where the manifest allows, a subdomain). */
export function builtInFor(host: string, builtIn: BuiltInHost[]): BuiltInHost | null {
  return (
    builtIn.find((b) => host === b.host || (b.subdomains && host.endsWith('.' + b.host))) ?? null
  );
}

/**
 * The settings keys that switch a built-in site: the host, and its www. name
 * when subdomains are covered (pages are read per location.hostname).
 */
export function builtInKeys(b: BuiltInHost): string[] {
  return b.subdomains ? [b.host, `www.${b.host}`] : [b.host];
}

/** The reader's own sites among the settings' keys, sorted. */
export function readerHosts(sites: Record<string, boolean>, builtIn: BuiltInHost[]): string[] {
  return Object.keys(sites)
    .filter((h) => h !== ALL_SITES_KEY && sites[h] && builtInFor(h, builtIn) === null)
    .sort();
}
