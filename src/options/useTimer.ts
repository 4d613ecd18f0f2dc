// One pending run at a time: scheduling again replaces it (a debounce), and
// leaving the page cancels it.

import { useCallback, useEffect, useRef } from 'preact/hooks';

export type Schedule = (ms: number, run: () => void) => void;

export function useTimer(): Schedule {
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );
  return useCallback((ms: number, run: () => void) => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      timer.current = null;
      run();
    }, ms);
  }, []);
}
