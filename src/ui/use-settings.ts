// The reader's settings for a page: read once, followed while other pages change them,
// and taken from the store's answer to every write this page makes (a fake or busy
// store may not echo it through onChanged). The popup and the options page use it.

import { useCallback, useEffect, useState } from 'preact/hooks';
import { DEFAULT_SETTINGS, type Settings } from '../shared/settings';
import type { SettingsStore } from './page-deps';

export interface PageSettings {
  /** null until the first read answers; the defaults when it failed. */
  current: Settings | null;
  /** What the first read found: null before it answers, and after it failed. */
  firstRead: Settings | null;
  /** Writes a change; resolves with (and shows) the settings as stored. */
  update(change: (s: Settings) => Partial<Settings>): Promise<Settings>;
}

export function useSettings(store: SettingsStore): PageSettings {
  const [current, setCurrent] = useState<Settings | null>(null);
  const [firstRead, setFirstRead] = useState<Settings | null>(null);
  useEffect(() => {
    store
      .read()
      .then((s) => {
        setFirstRead(s);
        setCurrent(s);
      })
      .catch(() => setCurrent(DEFAULT_SETTINGS));
    store.onChanged(setCurrent);
  }, [store]);
  const update = useCallback(
    (change: (s: Settings) => Partial<Settings>) =>
      store.update(change).then((s) => {
        setCurrent(s);
        return s;
      }),
    [store],
  );
  return { current, firstRead, update };
}
