// A fake settings store for the options hooks' tests: writes merge and are
// announced, as storage.onChanged does; another page can write too.

import { normaliseSettings, type Settings } from '../../../src/shared/settings';
import type { SettingsStore } from '../../../src/ui/page-deps';

export function fakeSettingsStore(initial: Partial<Settings> = {}) {
  let stored = normaliseSettings(initial);
  const listeners: ((s: Settings) => void)[] = [];
  const store: SettingsStore = {
    read: jest.fn(async () => stored),
    update: jest.fn(async (change: (s: Settings) => Partial<Settings>) => {
      stored = normaliseSettings({ ...stored, ...change(stored) });
      listeners.forEach((l) => l(stored));
      return stored;
    }),
    onChanged: (l) => {
      listeners.push(l);
    },
  };
  /** Another page writes the settings. */
  const changeElsewhere = (change: Partial<Settings>) => {
    stored = normaliseSettings({ ...stored, ...change });
    listeners.forEach((l) => l(stored));
  };
  return { store, stored: () => stored, changeElsewhere };
}
