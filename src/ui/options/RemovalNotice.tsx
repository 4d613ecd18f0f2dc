// The data section's notice line, and after a removal its Undo button. The
// removed pack's Remove button is gone with it, so focus goes to Undo: the
// keyboard reader keeps a place, and a removal by mistake is one key away.

import { useLayoutEffect, useRef } from 'preact/hooks';
import { NoticeLine } from './Section';
import type { Notice, Translate } from './types';

export interface RemovalNoticeProps {
  id: string;
  notice: Notice | null;
  removed: { name: string } | null;
  busy: boolean;
  onUndoRemove(): void;
  t: Translate;
}

export function RemovalNotice({ id, notice, removed, busy, onUndoRemove, t }: RemovalNoticeProps) {
  const undo = useRef<HTMLButtonElement>(null);
  const offered = removed !== null && !busy;
  useLayoutEffect(() => {
    if (offered) undo.current?.focus();
  }, [offered]);
  return (
    <div class="opt-notice-row">
      <NoticeLine id={id} notice={notice} />
      {removed && (
        <button
          type="button"
          ref={undo}
          class="opt-button opt-button-quiet"
          disabled={busy}
          aria-label={t('optionsPackUndoLabel', [removed.name])}
          onClick={onUndoRemove}
        >
          {t('optionsPackUndo')}
        </button>
      )}
    </div>
  );
}
