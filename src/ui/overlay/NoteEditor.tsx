// The note editor for a new highlight: the quote, a Markdown note, tags, and
// what happened (saved, or why not). It runs in the editor frame
// (src/editor), out of the page's reach, filling it (`framed`); elsewhere a
// non-modal dialog placed by the caller.

import type { RefObject } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { IconButton } from './IconButton';
import type { Theme, Translate } from './types';
import { parseTags } from '../../shared/tags';
import {
  emptyPerspectiveDraft,
  NEW_PERSPECTIVE,
  PerspectiveFields,
  type PerspectiveDraft,
} from './PerspectiveFields';

export interface NoteEditorProps {
  /** Fills its frame; else placed at top/left with the width. */
  framed?: boolean;
  top?: number;
  left?: number;
  width?: number;
  quote: string;
  theme: Theme;
  t: Translate;
  /** Shown under the form: a save that did not happen says why. */
  error: string | null;
  saving: boolean;
  /** The reader's perspectives, when the editor offers "Add to a perspective". */
  perspectives?: readonly { id: string; name: string }[];
  /** Opened from a passage's card: the perspective part starts open. */
  perspectiveOpen?: boolean;
  /** `perspective`: the paragraph to add, when the reader opened that part. */
  onSave(note: string, tags: string[], perspective: PerspectiveDraft | null): void;
  onCancel(): void;
}

const QUOTE_PREVIEW = 220;

const previewOf = (quote: string) =>
  quote.length > QUOTE_PREVIEW ? `${quote.slice(0, QUOTE_PREVIEW - 1)}…` : quote;

type Placement = Required<Pick<NoteEditorProps, 'framed' | 'top' | 'left' | 'width'>>;

/** Framed, the frame is the editor's place; elsewhere the caller's top/left/width. */
const placedStyle = ({ framed, top, left, width }: Placement) =>
  framed ? undefined : { top: `${top}px`, left: `${left}px`, width: `${width}px` };

function EditorHeader({ t, onCancel }: { t: Translate; onCancel(): void }) {
  return (
    <header class="cp-editor-header">
      <h2 id="cp-editor-title" class="cp-editor-title">
        {t('overlayEditorTitle')}
      </h2>
      <IconButton label={t('overlayClose')} glyph="×" onClick={onCancel} />
    </header>
  );
}

/** The note and the tags; `noteRef` lets the editor focus the note as it opens. */
function NoteFields({
  noteRef,
  note,
  tags,
  t,
  onNote,
  onTags,
}: {
  noteRef: RefObject<HTMLTextAreaElement | null>;
  note: string;
  tags: string;
  t: Translate;
  onNote(note: string): void;
  onTags(tags: string): void;
}) {
  return (
    <>
      <label class="cp-field">
        <span>{t('overlayEditorNote')}</span>
        <textarea
          ref={noteRef}
          rows={4}
          value={note}
          onInput={(e) => onNote(e.currentTarget.value)}
          placeholder={t('overlayEditorNoteHint')}
        />
      </label>
      <label class="cp-field">
        <span>{t('overlayEditorTags')}</span>
        <input
          type="text"
          value={tags}
          onInput={(e) => onTags(e.currentTarget.value)}
          placeholder={t('overlayEditorTagsHint')}
        />
      </label>
    </>
  );
}

function EditorActions({
  saving,
  t,
  onCancel,
}: {
  saving: boolean;
  t: Translate;
  onCancel(): void;
}) {
  return (
    <div class="cp-editor-actions">
      <button type="button" class="cp-text-button" onClick={onCancel}>
        {t('overlayEditorCancel')}
      </button>
      <button type="submit" class="cp-primary-button" disabled={saving}>
        {saving ? t('overlayEditorSaving') : t('overlayEditorSave')}
      </button>
    </div>
  );
}

/**
 * The note and tags being written, and how the editor is left: Escape cancels, Ctrl/⌘+Enter
 * saves; the note takes focus once, as the editor opens.
 */
function useNoteDraft(
  onSave: NoteEditorProps['onSave'],
  onCancel: () => void,
  perspective: PerspectiveDraft | null,
) {
  const [note, setNote] = useState('');
  const [tags, setTags] = useState('');
  const noteRef = useRef<HTMLTextAreaElement>(null);
  useEffect(() => noteRef.current?.focus({ preventScroll: true }), []);
  const submit = (e: Event) => {
    e.preventDefault();
    onSave(note, parseTags(tags), perspective?.open ? perspective : null);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') onCancel();
    else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) submit(e);
    else return;
    e.preventDefault();
  };
  return { note, setNote, tags, setTags, noteRef, submit, onKeyDown };
}

/** The perspective part's draft: the first perspective chosen once the list arrives. */
function usePerspectiveDraft(
  perspectives: readonly { id: string }[] | undefined,
  open: boolean,
): [PerspectiveDraft, (d: PerspectiveDraft) => void] {
  const [draft, setDraft] = useState(() => emptyPerspectiveDraft(perspectives ?? [], open));
  const first = perspectives?.[0]?.id;
  useEffect(() => {
    if (first && draft.packId === NEW_PERSPECTIVE && !draft.about.name)
      setDraft((d) => ({ ...d, packId: first }));
  }, [first]);
  return [draft, setDraft];
}

export function NoteEditor({
  framed = false,
  top = 0,
  left = 0,
  width = 340,
  quote,
  theme,
  t,
  error,
  saving,
  perspectives,
  perspectiveOpen = false,
  onSave,
  onCancel,
}: NoteEditorProps) {
  const [perspective, setPerspective] = usePerspectiveDraft(perspectives, perspectiveOpen);
  const { note, setNote, tags, setTags, noteRef, submit, onKeyDown } = useNoteDraft(
    onSave,
    onCancel,
    perspectives ? perspective : null,
  );
  return (
    <div
      class={`cp-root cp-editor cp-theme-${theme}${framed ? ' cp-editor-framed' : ''}`}
      role="dialog"
      aria-labelledby="cp-editor-title"
      onKeyDown={onKeyDown}
      style={placedStyle({ framed, top, left, width })}
    >
      <form class="cp-editor-form" onSubmit={submit}>
        <EditorHeader t={t} onCancel={onCancel} />
        <blockquote class="cp-editor-quote">{previewOf(quote)}</blockquote>
        <NoteFields
          noteRef={noteRef}
          note={note}
          tags={tags}
          t={t}
          onNote={setNote}
          onTags={setTags}
        />
        {perspectives && (
          <PerspectiveFields
            draft={perspective}
            perspectives={perspectives}
            onChange={setPerspective}
            t={t}
          />
        )}
        {error && (
          <p class="cp-editor-error" role="alert">
            {error}
          </p>
        )}
        <EditorActions saving={saving} t={t} onCancel={onCancel} />
      </form>
    </div>
  );
}
