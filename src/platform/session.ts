// Changes to storage.session (per-tab reports live there), for pages that
// follow a tab: Chrome and Firefox both report them through storage.onChanged.

import { browser } from './browser';

/** Runs `listener` whenever one of `keys()` changes in storage.session; returns a function that stops listening. */
export function onSessionChanged(
  keys: () => readonly string[],
  listener: (key: string) => void,
): () => void {
  const handle = (changes: Record<string, unknown>, area: string) => {
    if (area !== 'session') return;
    const changed = keys().find((k) => Object.hasOwn(changes, k));
    if (changed !== undefined) listener(changed);
  };
  browser.storage.onChanged.addListener(handle);
  return () => browser.storage.onChanged.removeListener(handle);
}
