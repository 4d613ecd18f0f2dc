// "Highlight deleted — Undo": shown for a few seconds after a delete. Its
// button takes the focus, since the deleted card's button is gone.

import { useLayoutEffect, useRef } from 'preact/hooks';
import type { Translate } from '../overlay/types';

export function UndoToast({
  text,
  onUndo,
  onDismiss,
  t,
}: {
  text: string;
  onUndo(): void;
  onDismiss(): void;
  t: Translate;
}) {
  const button = useRef<HTMLButtonElement>(null);
  useLayoutEffect(() => {
    button.current?.focus();
  }, [text]);
  return (
    <div
      class="lib-toast"
      role="status"
      aria-live="polite"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onDismiss();
        }
      }}
    >
      <span>{text}</span>
      <button type="button" ref={button} class="lib-toast-undo" onClick={onUndo}>
        {t('libraryUndo')}
      </button>
      <button
        type="button"
        class="lib-toast-close"
        onClick={onDismiss}
        aria-label={t('libraryDismiss')}
      >
        ×
      </button>
    </div>
  );
}
