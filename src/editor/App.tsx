// The note editor frame: the quote (from the background, by the frame's
// token), the note and tags the reader types here, out of the page's reach,
// and the save. A save whose answer was lost (the worker stopped) is looked
// up by the draft's id before the reader is told it did not happen.

import { useEffect, useState } from 'preact/hooks';
import { askBackground, NoAnswerError, sendToBackground } from '../platform/messaging';
import { NoteEditor, type Theme, type Translate } from '../ui/overlay';
import type { EditorSignal } from '../shared/editor-protocol';

export interface EditorAppProps {
  token: string;
  theme: Theme;
  t: Translate;
  signal(s: EditorSignal): void;
}

/** Whether the draft `id` is stored, asked of a background started afresh; false when none answers. */
async function isStored(id: string): Promise<boolean> {
  try {
    return (await askBackground('listHighlights')).some((h) => h.id === id);
  } catch {
    return false;
  }
}

export function EditorApp({ token, theme, t, signal }: EditorAppProps) {
  const [view, setView] = useState<{ quote: string; id: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  useEffect(() => {
    sendToBackground('noteEditorDraft', token).then(setView, (e: unknown) =>
      setError(e instanceof Error ? e.message : String(e)),
    );
  }, [token]);

  const save = async (note: string, tags: string[]) => {
    if (saving || !view) return;
    setSaving(true);
    setError(null);
    try {
      const saved = await sendToBackground('saveNote', token, note, tags);
      signal({ counterpointEditor: 'saved', id: saved.id });
    } catch (e) {
      // No answer (the worker stopped): the write may have happened before it did. Ask.
      if (e instanceof NoAnswerError && (await isStored(view.id)))
        return signal({ counterpointEditor: 'saved', id: view.id });
      const message = e instanceof Error ? e.message : String(e);
      setError(
        e instanceof NoAnswerError
          ? t('overlayEditorNoAnswer')
          : message.startsWith('not saved')
            ? message
            : `not saved: ${message}`,
      );
      setSaving(false);
    }
  };
  const cancel = () => {
    void sendToBackground('closeNoteEditor', token).catch(() => undefined);
    signal({ counterpointEditor: 'closed' });
  };
  return (
    <NoteEditor
      framed
      quote={view?.quote ?? ''}
      theme={theme}
      t={t}
      error={error}
      saving={saving || !view}
      onSave={save}
      onCancel={cancel}
    />
  );
}
