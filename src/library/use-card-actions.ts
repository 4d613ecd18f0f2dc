// What a card's buttons do beyond editing: open the highlight at its passage,
// delete it (with a few seconds to undo), and restore it from the toast.

import { useState } from 'preact/hooks';
import type { Highlight } from '../shared/highlights';
import type { LibraryDeps } from './app';
import { errorText } from './error-text';
import type { LibraryFocus } from './focus';
import { useExpiring } from './use-expiring';
import type { HighlightsState } from './use-highlights';

/** How long the undo toast stays after a delete. */
export const UNDO_MS = 5000;

export interface CardActions {
  /** Why the last open, delete or restore failed ('' when it did not). */
  error: string;
  /** The highlight just deleted, while it can be restored. */
  deleted: Highlight | null;
  open(id: string): void;
  remove(id: string): void;
  /** Restores the deleted highlight and focuses its card. */
  restore(): void;
  /** Closes the toast; the focus goes to the search field. */
  dismiss(): void;
}

export function useCardActions(
  { call }: Pick<LibraryDeps, 'call'>,
  list: Pick<HighlightsState, 'drop' | 'reload'>,
  focus: Pick<LibraryFocus, 'focusCard' | 'focusSearch' | 'focusSearchIfAdrift'>,
): CardActions {
  const [error, setError] = useState('');
  const undo = useExpiring<Highlight>(UNDO_MS, focus.focusSearchIfAdrift);
  const fail = (e: unknown) => setError(errorText(e));

  const open = (id: string) => {
    setError('');
    call('openHighlight', id).catch(fail);
  };
  const remove = (id: string) => {
    setError('');
    call('deleteHighlight', id)
      .then((gone) => {
        list.drop(id);
        undo.hold(gone);
      })
      .catch(fail);
  };
  const restore = () => {
    const record = undo.value;
    if (!record) return;
    undo.clear();
    call('restoreHighlight', record)
      .then(async () => {
        await list.reload();
        focus.focusCard(record.id);
      })
      .catch(fail);
  };
  const dismiss = () => {
    undo.clear();
    focus.focusSearch();
  };

  return { error, deleted: undo.value, open, remove, restore, dismiss };
}
