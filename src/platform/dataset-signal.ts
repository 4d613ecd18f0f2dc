// A signal from the background to every tab that the critique store changed
// (a pack imported or removed, a reset): content scripts reload what they show.
import { browser } from './browser';

const KEY = 'datasetRevision';

export async function signalDatasetChanged(): Promise<void> {
  await browser.storage.local.set({ [KEY]: Date.now() });
}

export function onDatasetChanged(listener: () => void): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && KEY in changes) listener();
  });
}

const HIGHLIGHTS_KEY = 'highlightsRevision';

/** The reader's highlights changed (library edit, delete, import): pages re-anchor and repaint. */
export async function signalHighlightsChanged(): Promise<void> {
  await browser.storage.local.set({ [HIGHLIGHTS_KEY]: Date.now() });
}

export function onHighlightsChanged(listener: () => void): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && HIGHLIGHTS_KEY in changes) listener();
  });
}
