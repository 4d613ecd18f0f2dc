// A value held for a while and then let go, as the undo toast holds the
// deleted highlight: holding a new one restarts the wait, and the timer
// never outlives the page's component.

import { useCallback, useEffect, useRef, useState } from 'preact/hooks';

export interface Expiring<T> {
  /** What is held now; null when nothing is. */
  value: T | null;
  /** Holds `v` for the hook's `ms`, replacing what was held. */
  hold(v: T): void;
  /** Lets go now, without calling `onExpire`. */
  clear(): void;
}

/** `onExpire` runs when a value is let go because its time is up (not on `clear`). */
export function useExpiring<T>(ms: number, onExpire: () => void): Expiring<T> {
  const [value, setValue] = useState<T | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const expire = useRef(onExpire);
  expire.current = onExpire;

  const stop = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
  }, []);
  useEffect(() => stop, [stop]);

  const hold = useCallback(
    (v: T) => {
      stop();
      setValue(v);
      timer.current = setTimeout(() => {
        timer.current = null;
        setValue(null);
        expire.current();
      }, ms);
    },
    [ms, stop],
  );
  const clear = useCallback(() => {
    stop();
    setValue(null);
  }, [stop]);

  return { value, hold, clear };
}
