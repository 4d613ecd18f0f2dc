// Settings in storage.local: every context reads the same normalised value and
// hears about changes through storage.onChanged (layer toggles, overlay, sites).
import { browser } from './browser';
import { normaliseSettings, SETTINGS_KEY, type Settings } from '../shared/settings';

export async function readSettings(): Promise<Settings> {
  const got = await browser.storage.local.get(SETTINGS_KEY);
  return normaliseSettings(got[SETTINGS_KEY]);
}

/** Applies `change` to the stored settings (read, merge, write). */
export async function updateSettings(
  change: (s: Settings) => Partial<Settings>,
): Promise<Settings> {
  const current = await readSettings();
  const next = normaliseSettings({ ...current, ...change(current) });
  await browser.storage.local.set({ [SETTINGS_KEY]: next });
  return next;
}

export function onSettingsChanged(listener: (s: Settings) => void): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && SETTINGS_KEY in changes)
      listener(normaliseSettings(changes[SETTINGS_KEY].newValue));
  });
}
