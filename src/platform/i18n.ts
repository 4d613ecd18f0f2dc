// Visible strings come from extension/_locales through the i18n API. Each
// getMessage is a call into the browser's bindings (tens of microseconds in a
// content script), and an overlay render asks for the same few strings for
// every marker: answers are kept, as the messages cannot change while we run.
import { browser } from './browser';

const cache = new Map<string, string>();
/** Enough for every key with the substitutions one page shows; a page with more starts afresh. */
const MAX_CACHED = 5_000;

export function t(key: string, substitutions?: string[]): string {
  const id = substitutions?.length ? `${key}\u0000${substitutions.join('\u0000')}` : key;
  let text = cache.get(id);
  if (text === undefined) {
    text = browser.i18n.getMessage(key, substitutions) || key;
    if (cache.size >= MAX_CACHED) cache.clear();
    cache.set(id, text);
  }
  return text;
}
