// The note editor frame: the quote (from the background, by the frame's
// token), the note and tags the reader types here, out of the page's reach,
// and the save. A save whose answer was lost (the worker stopped) is looked
// up by the draft's id before the reader is told it did not happen.

import { useEffect, useRef, useState } from 'preact/hooks';
import { askBackground, NoAnswerError, sendToBackground } from '../platform/messaging';
import { NoteEditor, type Theme, type Translate } from '../ui/overlay';
import { NEW_PERSPECTIVE, themesOf, type PerspectiveDraft } from '../ui/overlay/PerspectiveFields';
import type { EditorSignal } from '../shared/editor-protocol';

export interface EditorAppProps {
  token: string;
  theme: Theme;
  /** Opened from a passage's card: "Add to a perspective" starts open. */
  perspective: boolean;
  t: Translate;
  signal(s: EditorSignal): void;
}

/** The paragraph added to the chosen perspective (made first when it is new). */
async function addToPerspective(token: string, p: PerspectiveDraft): Promise<void> {
  const packId =
    p.packId === NEW_PERSPECTIVE
      ? (await sendToBackground('createPerspective', p.about)).id
      : p.packId;
  await sendToBackground('addToPerspective', token, packId, {
    text: p.text,
    stance: p.stance,
    themes: themesOf(p.themes),
  });
}

/** The perspectives a paragraph may join: packs of the reader's own kind (version 2). */
async function ownPerspectives(): Promise<{ id: string; name: string }[]> {
  const packs = await sendToBackground('listPacks').catch(() => []);
  return packs.filter((p) => p.version === 2).map(({ id, name }) => ({ id, name }));
}

/** Whether the draft `id` is stored, asked of a background started afresh; false when none answers. */
async function isStored(id: string): Promise<boolean> {
  try {
    return (await askBackground('listHighlights')).some((h) => h.id === id);
  } catch {
    return false;
  }
}

export function EditorApp({ token, theme, perspective, t, signal }: EditorAppProps) {
  const [view, setView] = useState<{ quote: string; id: string } | null>(null);
  const [perspectives, setPerspectives] = useState<{ id: string; name: string }[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  // Added once: a save tried again (the note failed) does not add the paragraph twice.
  const added = useRef(false);
  useEffect(() => {
    sendToBackground('noteEditorDraft', token).then(setView, (e: unknown) =>
      setError(e instanceof Error ? e.message : String(e)),
    );
    void ownPerspectives().then(setPerspectives);
  }, [token]);

  const save = async (note: string, tags: string[], paragraph: PerspectiveDraft | null) => {
    if (saving || !view) return;
    setSaving(true);
    setError(null);
    try {
      if (paragraph && !added.current) {
        await addToPerspective(token, paragraph);
        added.current = true;
      }
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
      perspectives={perspectives}
      perspectiveOpen={perspective}
      onSave={save}
      onCancel={cancel}
    />
  );
}
