// URL patterns that identify a chapter's page on marxists.org and its mirrors.

export interface Sites {
  miaHosts: string[];
  miaPath: string;
  connexionsPath: string;
  marxistComHosts: string[];
  marxistComPath: string;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
/** The hosts, any subdomain, and an optional port (local copies and test servers). */
const hostsGroup = (hosts: string[]) =>
  `(?:[a-z0-9-]+\\.)*(?:${hosts.map(escape).join('|')})(?::\\d+)?`;

export function chapterUrlPatterns(
  sites: Sites,
  url: string | null,
  volume: number | null,
  number: number | null,
  kind: string,
): string[] {
  const patterns: string[] = [];
  const file = url ? url.slice(url.lastIndexOf('/') + 1) : null;
  if (file) {
    patterns.push(
      `^https?://${hostsGroup(sites.miaHosts)}${escape(sites.miaPath + file)}(?:[?#].*)?$`,
    );
    patterns.push(
      `^https?://(?:www\\.)?${escape(sites.connexionsPath + file).replace(/^connexions\\.org/, 'connexions\\.org(?::\\d+)?')}(?:[?#].*)?$`,
    );
  }
  if (kind === 'chapter' && volume && number) {
    const page = `book-${volume}-chapter-${number}.htm`;
    patterns.push(
      `^https?://${hostsGroup(sites.marxistComHosts)}${escape(sites.marxistComPath + page)}(?:[?#].*)?$`,
    );
  }
  return patterns;
}
