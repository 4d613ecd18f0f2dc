// Content scripts on sites the reader enabled beyond marxists.org and its
// mirrors: registered at run time, only where the host permission is held.
import { browser } from './browser';

const ID = 'counterpoint-reader-sites';
/** As the manifest's content script (src/content/schedule.ts, documentParsed, says why). */
const RUN_AT = 'document_start';

const originPattern = (host: string) => `*://${host}/*`;

/** The hosts (of `hosts`) for which the extension holds the host permission. */
export async function permittedHosts(hosts: string[]): Promise<string[]> {
  const held = await Promise.all(
    hosts.map((h) =>
      browser.permissions.contains({ origins: [originPattern(h)] }).catch(() => false),
    ),
  );
  return hosts.filter((_, i) => held[i]);
}

/** Replaces the reader-site registration with one for `hosts` (none: unregistered). */
export async function registerSiteScripts(hosts: string[]): Promise<void> {
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [ID] });
  const matches = hosts.map(originPattern).sort();
  // An older version registered at document_idle: an update re-registers at document_start.
  const same =
    existing.length > 0 &&
    existing[0].runAt === RUN_AT &&
    JSON.stringify([...(existing[0].matches ?? [])].sort()) === JSON.stringify(matches);
  if (same) return;
  if (existing.length > 0) await browser.scripting.unregisterContentScripts({ ids: [ID] });
  if (hosts.length === 0) return;
  await browser.scripting.registerContentScripts([
    {
      id: ID,
      matches,
      js: ['content.js'],
      css: ['content.css'],
      runAt: RUN_AT,
      allFrames: true,
      persistAcrossSessions: true,
    },
  ]);
}
