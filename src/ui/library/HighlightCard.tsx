// One highlight in the library: the quote (clamped, expandable), the note,
// where it is from, its chapter, layers, tags, anchoring status and date, and
// its actions (open at the passage, edit note and tags, delete).

import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { ChapterRecord, LayerRecord } from '../../shared/dataset';
import type { Highlight, HighlightEdit } from '../../shared/highlights';
import { DateText } from '../DateText';
import { LayerChip } from '../overlay/LayerChip';
import { chapterLine } from '../overlay/labels';
import type { Theme, Translate } from '../overlay/types';
import { parseTags, siteOf } from './model';
import { NoteText } from './NoteText';

/** Quotes longer than this are clamped until expanded. */
export const CLAMP_CHARS = 320;

export interface HighlightCardProps {
  highlight: Highlight;
  chapter: ChapterRecord | null;
  layers: LayerRecord[];
  theme: Theme;
  t: Translate;
  /** The UI's locale for dates (undefined: the browser's). */
  locale?: string;
  onOpen(id: string): void;
  onSave(id: string, edit: HighlightEdit): Promise<void>;
  onDelete(id: string): void;
  onTag(tag: string): void;
}

const STATUS_KEYS = { anchored: 'libraryStatusAnchored', uncertain: 'libraryStatusUncertain', orphaned: 'libraryStatusOrphaned' } as const;
const STATUS_HINTS = { anchored: 'libraryStatusAnchoredHint', uncertain: 'libraryStatusUncertainHint', orphaned: 'libraryStatusOrphanedHint' } as const;

export function HighlightCard({ highlight: h, chapter, layers, theme, t, locale, onOpen, onSave, onDelete, onTag }: HighlightCardProps) {
  const [expanded, setExpanded] = useState(false);
  const [editing, setEditing] = useState(false);
  const [note, setNote] = useState(h.note);
  const [tags, setTags] = useState(h.tags.join(', '));
  const [error, setError] = useState('');
  const [saving, setSaving] = useState(false);
  const noteField = useRef<HTMLTextAreaElement>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);
  const long = h.quote.exact.length > CLAMP_CHARS;
  const quoteId = `lib-quote-${h.id}`;
  const site = siteOf(h.url);

  useLayoutEffect(() => {
    if (editing) noteField.current?.focus();
    else if (wasEditing.current) editButton.current?.focus();
    wasEditing.current = editing;
  }, [editing]);

  const startEdit = () => {
    setNote(h.note);
    setTags(h.tags.join(', '));
    setError('');
    setEditing(true);
  };
  const save = () => {
    setSaving(true);
    onSave(h.id, { note, tags: parseTags(tags) })
      .then(() => setEditing(false))
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)))
      .finally(() => setSaving(false));
  };

  return (
    <article class={`lib-card lib-card-${h.status}`} data-id={h.id} aria-labelledby={`lib-title-${h.id}`}>
      <header class="lib-card-head">
        <span class={`lib-status lib-status-${h.status}`} title={t(STATUS_HINTS[h.status])}>
          <span aria-hidden="true" class="lib-status-dot" />
          {t(STATUS_KEYS[h.status])}
        </span>
        {chapter && <span class="lib-chapter">{chapterLine(chapter, t)}</span>}
        <DateText class="lib-date" ms={h.created} locale={locale} unknown={t('libraryDateUnknown')} />
      </header>
      {h.status !== 'anchored' && <p class="lib-status-hint">{t(STATUS_HINTS[h.status])}</p>}

      <blockquote id={quoteId} class={`lib-quote${long && !expanded ? ' lib-quote-clamped' : ''}`}>{h.quote.exact}</blockquote>
      {long && (
        <button type="button" class="lib-link-button" aria-expanded={expanded} aria-controls={quoteId} onClick={() => setExpanded(!expanded)}>
          {expanded ? t('libraryQuoteLess') : t('libraryQuoteMore')}
        </button>
      )}

      {editing
        ? (
          <form class="lib-edit" onSubmit={(e) => { e.preventDefault(); save(); }}
            onKeyDown={(e) => { if (e.key === 'Escape') { e.preventDefault(); setEditing(false); } }}>
            <label for={`lib-note-${h.id}`}>{t('libraryNoteLabel')}</label>
            <textarea id={`lib-note-${h.id}`} ref={noteField} rows={4} value={note} aria-describedby={`lib-note-hint-${h.id}`}
              onInput={(e) => setNote(e.currentTarget.value)}
              onKeyDown={(e) => { if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) { e.preventDefault(); save(); } }} />
            <p id={`lib-note-hint-${h.id}`} class="lib-hint">{t('libraryNoteHint')}</p>
            <label for={`lib-tags-${h.id}`}>{t('libraryTagsLabel')}</label>
            <input id={`lib-tags-${h.id}`} type="text" value={tags} aria-describedby={`lib-tags-hint-${h.id}`} onInput={(e) => setTags(e.currentTarget.value)} />
            <p id={`lib-tags-hint-${h.id}`} class="lib-hint">{t('libraryTagsHint')}</p>
            {error && <p class="lib-error" role="alert">{error}</p>}
            <div class="lib-actions">
              <button type="submit" class="lib-button" disabled={saving}>{t('librarySave')}</button>
              <button type="button" class="lib-button lib-button-quiet" onClick={() => setEditing(false)}>{t('libraryCancel')}</button>
            </div>
          </form>
        )
        : h.note.trim() !== '' && <NoteText note={h.note} class="lib-note" />}

      <footer class="lib-card-foot">
        <div class="lib-source">
          <span id={`lib-title-${h.id}`} class="lib-page-title">{h.title || h.url}</span>
          {site && <span class="lib-site">{site}</span>}
        </div>
        <div class="lib-card-bar">
          {(layers.length > 0 || h.tags.length > 0) && (
            <div class="lib-meta">
              {layers.length > 0 && (
                <ul class="cp-chips" aria-label={t('libraryLayersLabel')}>
                  {layers.map((l) => <li key={l.id}><LayerChip layer={l} theme={theme} /></li>)}
                </ul>
              )}
              {h.tags.length > 0 && (
                <ul class="lib-tags" aria-label={t('libraryTagsLabel')}>
                  {h.tags.map((tag) => (
                    <li key={tag}>
                      <button type="button" class="lib-tag" onClick={() => onTag(tag)} aria-label={t('libraryTagFilter', [tag])}>#{tag}</button>
                    </li>
                  ))}
                </ul>
              )}
            </div>
          )}
          {!editing && (
            <div class="lib-actions">
              <button type="button" class="lib-button lib-button-quiet lib-open" onClick={() => onOpen(h.id)} aria-describedby={`lib-title-${h.id}`}>{t('libraryOpen')}</button>
              <button type="button" ref={editButton} class="lib-button lib-button-quiet" onClick={startEdit} aria-describedby={`lib-title-${h.id}`}>{t('libraryEdit')}</button>
              <button type="button" class="lib-button lib-button-quiet lib-button-danger" onClick={() => onDelete(h.id)} aria-describedby={`lib-title-${h.id}`}>{t('libraryDelete')}</button>
            </div>
          )}
        </div>
      </footer>
    </article>
  );
}
