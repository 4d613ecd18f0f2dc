// A setting the reader edits with a slider or a picker: shown at once, written
// once the reader settles, and otherwise following the stored value. While an
// edit of its own waits to be written, a change from elsewhere does not undo it.

import { useEffect, useRef, useState } from 'preact/hooks';
import type { Settings } from '../shared/settings';
import { useTimer } from './useTimer';
import type { PageSettings } from '../ui/use-settings';

export interface SettingDraft<T> {
  value: T;
  /** Shows `next` now and writes it after `delay` ms (a later edit replaces it); `saved` runs once it is stored. */
  edit(next: T, delay: number, saved?: () => void): void;
}

/** `read` and `write` map between the draft and the settings; both must be module-level (stable) functions. */
export function useSettingDraft<T>(
  settings: PageSettings,
  initial: T,
  read: (s: Settings) => T,
  write: (value: T) => Partial<Settings>,
): SettingDraft<T> {
  const [value, setValue] = useState<T>(initial);
  const pending = useRef(false);
  const schedule = useTimer();

  useEffect(() => {
    if (settings.current && !pending.current) setValue(read(settings.current));
  }, [settings.current, read]);

  const edit = (next: T, delay: number, saved?: () => void) => {
    setValue(next);
    pending.current = true;
    schedule(delay, () => {
      void settings
        .update(() => write(next))
        .then((stored) => {
          pending.current = false;
          setValue(read(stored));
          saved?.();
        });
    });
  };
  return { value, edit };
}
