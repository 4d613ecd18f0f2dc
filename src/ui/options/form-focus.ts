// Focus around the perspective forms, so a keyboard reader never loses their
// place: a form takes focus when it opens, and gives it back to the button
// that opened it when it closes (saved or cancelled). Layout effects: the
// focus moves in the render that removes the element it was on.

import type { RefObject } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';

/**
 * A ref for the button that opens something; focused again once `open` turns
 * false, and the section is no longer `busy` (a disabled button cannot take focus).
 */
export function useReturnFocus<T extends HTMLElement>(
  open: boolean,
  busy: boolean,
): RefObject<T | null> {
  const opener = useRef<T>(null);
  const wasOpen = useRef(open);
  const returning = useRef(false);
  useLayoutEffect(() => {
    if (wasOpen.current && !open) returning.current = true;
    wasOpen.current = open;
    if (returning.current && !busy) {
      returning.current = false;
      opener.current?.focus();
    }
  }, [open, busy]);
  return opener;
}

/** A ref for the element focused when the component mounts (a form's first field). */
export function useFocusOnMount<T extends HTMLElement>(): RefObject<T | null> {
  const first = useRef<T>(null);
  useLayoutEffect(() => first.current?.focus(), []);
  return first;
}
