// The note editor for a new highlight: the quote, a Markdown note, tags, and
// what happened (saved, or why not). It runs in the editor frame
// (src/editor), out of the page's reach, filling it (`framed`); elsewhere a
// non-modal dialog placed by the caller.

import { useEffect, useRef, useState } from 'preact/hooks';
import { IconButton } from './IconButton';
import type { Theme, Translate } from './types';
import { parseTags } from '../../shared/tags';

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
  onSave(note: string, tags: string[]): void;
  onCancel(): void;
}

const QUOTE_PREVIEW = 220;

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
  onSave,
  onCancel,
}: NoteEditorProps) {
  const [note, setNote] = useState('');
  const [tags, setTags] = useState('');
  const noteRef = useRef<HTMLTextAreaElement>(null);
  useEffect(() => noteRef.current?.focus({ preventScroll: true }), []);
  const submit = (e: Event) => {
    e.preventDefault();
    onSave(note, parseTags(tags));
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') onCancel();
    else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) submit(e);
    else return;
    e.preventDefault();
  };
  const shown = quote.length > QUOTE_PREVIEW ? `${quote.slice(0, QUOTE_PREVIEW - 1)}…` : quote;
  return (
    <div
      class={`cp-root cp-editor cp-theme-${theme}${framed ? ' cp-editor-framed' : ''}`}
      role="dialog"
      aria-labelledby="cp-editor-title"
      onKeyDown={onKeyDown}
      style={framed ? undefined : { top: `${top}px`, left: `${left}px`, width: `${width}px` }}
    >
      <form class="cp-editor-form" onSubmit={submit}>
        <header class="cp-editor-header">
          <h2 id="cp-editor-title" class="cp-editor-title">
            {t('overlayEditorTitle')}
          </h2>
          <IconButton label={t('overlayClose')} glyph="×" onClick={onCancel} />
        </header>
        <blockquote class="cp-editor-quote">{shown}</blockquote>
        <label class="cp-field">
          <span>{t('overlayEditorNote')}</span>
          <textarea
            ref={noteRef}
            rows={4}
            value={note}
            onInput={(e) => setNote(e.currentTarget.value)}
            placeholder={t('overlayEditorNoteHint')}
          />
        </label>
        <label class="cp-field">
          <span>{t('overlayEditorTags')}</span>
          <input
            type="text"
            value={tags}
            onInput={(e) => setTags(e.currentTarget.value)}
            placeholder={t('overlayEditorTagsHint')}
          />
        </label>
        {error && (
          <p class="cp-editor-error" role="alert">
            {error}
          </p>
        )}
        <div class="cp-editor-actions">
          <button type="button" class="cp-text-button" onClick={onCancel}>
            {t('overlayEditorCancel')}
          </button>
          <button type="submit" class="cp-primary-button" disabled={saving}>
            {saving ? t('overlayEditorSaving') : t('overlayEditorSave')}
          </button>
        </div>
      </form>
    </div>
  );
}
