// A destructive action asks first. While the question shows, focus is on its
// confirm button; when it goes (either answer), focus returns to the button
// that asked, so a keyboard reader never loses their place.

import type { RefObject } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Translate } from './types';

export interface Confirmation {
  confirming: boolean;
  ask(): void;
  cancel(): void;
  /** The question's confirm button, and the button that asks it (focus moves between them). */
  confirmButton: RefObject<HTMLButtonElement | null>;
  askButton: RefObject<HTMLButtonElement | null>;
}

export function useConfirmation(): Confirmation {
  const [confirming, setConfirming] = useState(false);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const askButton = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);
  // A layout effect: the focus moves in the render that removes the button it
  // was on, so it never falls to the body in between.
  useLayoutEffect(() => {
    if (confirming) confirmButton.current?.focus();
    else if (wasConfirming.current) askButton.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);
  return {
    confirming,
    ask: () => setConfirming(true),
    cancel: () => setConfirming(false),
    confirmButton,
    askButton,
  };
}

export interface ConfirmPanelProps {
  confirmation: Confirmation;
  class: string;
  /** The question's id: it names the group. */
  textId: string;
  text: string;
  confirmLabel: string;
  busy: boolean;
  onConfirm(): void;
  t: Translate;
}

/** The question, its confirm button (which runs `onConfirm`) and Cancel. */
export function ConfirmPanel({
  confirmation,
  class: className,
  textId,
  text,
  confirmLabel,
  busy,
  onConfirm,
  t,
}: ConfirmPanelProps) {
  return (
    <div class={className} role="group" aria-labelledby={textId}>
      <p id={textId}>{text}</p>
      <div class="opt-actions">
        <button
          type="button"
          ref={confirmation.confirmButton}
          class="opt-button opt-button-danger"
          disabled={busy}
          onClick={() => {
            confirmation.cancel();
            onConfirm();
          }}
        >
          {confirmLabel}
        </button>
        <button type="button" class="opt-button opt-button-quiet" onClick={confirmation.cancel}>
          {t('optionsCancel')}
        </button>
      </div>
    </div>
  );
}
