// A card's note and tags, edited in place. It opens with the focus in the
// note; Save (or Ctrl/⌘+Enter) closes it once saved, and a failed save stays
// open saying why; Escape or Cancel closes it unchanged.

import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Highlight, HighlightEdit } from '../../shared/highlights';
import { formatTags, parseTags } from '../../shared/tags';
import type { Translate } from '../overlay/types';
import { ErrorAlert } from './ErrorAlert';

export interface NoteEditorProps {
  highlight: Highlight;
  t: Translate;
  onSave(id: string, edit: HighlightEdit): Promise<void>;
  /** Closes the editor (after a save, or without one). */
  onClose(): void;
}

/** The note and tags being edited, and their save: closes once saved, else keeps why it failed. */
function useNoteDraft({ highlight: h, onSave, onClose }: Omit<NoteEditorProps, 't'>) {
  const [note, setNote] = useState(h.note);
  const [tags, setTags] = useState(formatTags(h.tags));
  const [error, setError] = useState('');
  const [saving, setSaving] = useState(false);
  const save = () => {
    setSaving(true);
    onSave(h.id, { note, tags: parseTags(tags) })
      .then(() => onClose())
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)))
      .finally(() => setSaving(false));
  };
  return { note, setNote, tags, setTags, error, saving, save };
}

interface FieldProps {
  id: string;
  value: string;
  onInput(value: string): void;
  t: Translate;
}

/** The note, focused as the editor opens; Ctrl/⌘+Enter saves from it. */
function NoteField({ id, value, onInput, onSave, t }: FieldProps & { onSave(): void }) {
  const field = useRef<HTMLTextAreaElement>(null);
  useLayoutEffect(() => {
    field.current?.focus();
  }, []);
  return (
    <>
      <label for={`lib-note-${id}`}>{t('libraryNoteLabel')}</label>
      <textarea
        id={`lib-note-${id}`}
        ref={field}
        rows={4}
        value={value}
        aria-describedby={`lib-note-hint-${id}`}
        onInput={(e) => onInput(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            onSave();
          }
        }}
      />
      <p id={`lib-note-hint-${id}`} class="lib-hint">
        {t('libraryNoteHint')}
      </p>
    </>
  );
}

function TagsField({ id, value, onInput, t }: FieldProps) {
  return (
    <>
      <label for={`lib-tags-${id}`}>{t('libraryTagsLabel')}</label>
      <input
        id={`lib-tags-${id}`}
        type="text"
        value={value}
        aria-describedby={`lib-tags-hint-${id}`}
        onInput={(e) => onInput(e.currentTarget.value)}
      />
      <p id={`lib-tags-hint-${id}`} class="lib-hint">
        {t('libraryTagsHint')}
      </p>
    </>
  );
}

function EditorActions({
  saving,
  onCancel,
  t,
}: {
  saving: boolean;
  onCancel(): void;
  t: Translate;
}) {
  return (
    <div class="lib-actions">
      <button type="submit" class="lib-button" disabled={saving}>
        {t('librarySave')}
      </button>
      <button type="button" class="lib-button lib-button-quiet" onClick={onCancel}>
        {t('libraryCancel')}
      </button>
    </div>
  );
}

export function NoteEditor({ highlight, t, onSave, onClose }: NoteEditorProps) {
  const draft = useNoteDraft({ highlight, onSave, onClose });
  const { id } = highlight;
  return (
    <form
      class="lib-edit"
      onSubmit={(e) => {
        e.preventDefault();
        draft.save();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onClose();
        }
      }}
    >
      <NoteField id={id} value={draft.note} onInput={draft.setNote} onSave={draft.save} t={t} />
      <TagsField id={id} value={draft.tags} onInput={draft.setTags} t={t} />
      <ErrorAlert text={draft.error} />
      <EditorActions saving={draft.saving} onCancel={onClose} t={t} />
    </form>
  );
}
