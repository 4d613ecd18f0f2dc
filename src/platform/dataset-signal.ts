// A signal from the background to every tab that the critique store changed
// (a pack imported or removed, a reset): content scripts reload what they show.
import browser from 'webextension-polyfill';

const KEY = 'datasetRevision';

export async function signalDatasetChanged(): Promise<void> {
  await browser.storage.local.set({ [KEY]: Date.now() });
}

export function onDatasetChanged(listener: () => void): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && KEY in changes) listener();
  });
}
