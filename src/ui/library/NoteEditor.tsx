// A card's note and tags, edited in place. It opens with the focus in the
// note; Save (or Ctrl/⌘+Enter) closes it once saved, and a failed save stays
// open saying why; Escape or Cancel closes it unchanged.

import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Highlight, HighlightEdit } from '../../shared/highlights';
import { formatTags, parseTags } from '../../shared/tags';
import type { Translate } from '../overlay/types';

export interface NoteEditorProps {
  highlight: Highlight;
  t: Translate;
  onSave(id: string, edit: HighlightEdit): Promise<void>;
  /** Closes the editor (after a save, or without one). */
  onClose(): void;
}

export function NoteEditor({ highlight: h, t, onSave, onClose }: NoteEditorProps) {
  const [note, setNote] = useState(h.note);
  const [tags, setTags] = useState(formatTags(h.tags));
  const [error, setError] = useState('');
  const [saving, setSaving] = useState(false);
  const noteField = useRef<HTMLTextAreaElement>(null);
  useLayoutEffect(() => {
    noteField.current?.focus();
  }, []);

  const save = () => {
    setSaving(true);
    onSave(h.id, { note, tags: parseTags(tags) })
      .then(() => onClose())
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)))
      .finally(() => setSaving(false));
  };

  return (
    <form
      class="lib-edit"
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onClose();
        }
      }}
    >
      <label for={`lib-note-${h.id}`}>{t('libraryNoteLabel')}</label>
      <textarea
        id={`lib-note-${h.id}`}
        ref={noteField}
        rows={4}
        value={note}
        aria-describedby={`lib-note-hint-${h.id}`}
        onInput={(e) => setNote(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            save();
          }
        }}
      />
      <p id={`lib-note-hint-${h.id}`} class="lib-hint">
        {t('libraryNoteHint')}
      </p>
      <label for={`lib-tags-${h.id}`}>{t('libraryTagsLabel')}</label>
      <input
        id={`lib-tags-${h.id}`}
        type="text"
        value={tags}
        aria-describedby={`lib-tags-hint-${h.id}`}
        onInput={(e) => setTags(e.currentTarget.value)}
      />
      <p id={`lib-tags-hint-${h.id}`} class="lib-hint">
        {t('libraryTagsHint')}
      </p>
      {error && (
        <p class="lib-error" role="alert">
          {error}
        </p>
      )}
      <div class="lib-actions">
        <button type="submit" class="lib-button" disabled={saving}>
          {t('librarySave')}
        </button>
        <button type="button" class="lib-button lib-button-quiet" onClick={onClose}>
          {t('libraryCancel')}
        </button>
      </div>
    </form>
  );
}
