// The reader's settings, read once and followed live (storage.onChanged), for a page.

import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../shared/settings';
import type { SettingsStore } from './page-deps';

/** null until the first read answers; a change made anywhere re-renders the page. */
export function useLiveSettings(store: SettingsStore): Settings | null {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    let alive = true;
    void store.read().then((s) => alive && setSettings(s));
    store.onChanged((s) => alive && setSettings(s));
    return () => {
      alive = false;
    };
  }, [store]);
  return settings;
}
