// A file chooser's change handler.

import type { TargetedEvent } from 'preact';

/** Passes the chosen file on, then empties the chooser so choosing the same file again is a change too. */
export function onFileChosen(use: (file: File) => void) {
  return (e: TargetedEvent<HTMLInputElement>) => {
    const file = e.currentTarget.files?.[0];
    if (file) use(file);
    e.currentTarget.value = '';
  };
}
