// One highlight in the library: the quote (clamped, expandable), the note,
// where it is from, its chapter, layers, tags, anchoring status and date, and
// its actions (open at the passage, edit note and tags, delete).

import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { ChapterRecord, LayerRecord } from '../../shared/dataset';
import type { Highlight, HighlightEdit } from '../../shared/highlights';
import type { Theme, Translate } from '../overlay/types';
import { CardFooter } from './CardFooter';
import { CardHead } from './CardHead';
import { NoteEditor } from './NoteEditor';
import { NoteText } from './NoteText';
import { QuoteBlock } from './QuoteBlock';

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

/** Whether the note is being edited; when the editor closes, the focus goes back to Edit. */
function useEditing() {
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);
  useLayoutEffect(() => {
    if (!editing && wasEditing.current) editButton.current?.focus();
    wasEditing.current = editing;
  }, [editing]);
  return { editing, editButton, start: () => setEditing(true), stop: () => setEditing(false) };
}

export function HighlightCard({
  highlight: h,
  chapter,
  layers,
  theme,
  t,
  locale,
  onOpen,
  onSave,
  onDelete,
  onTag,
}: HighlightCardProps) {
  const edit = useEditing();
  return (
    <article
      class={`lib-card lib-card-${h.status}`}
      data-id={h.id}
      aria-labelledby={`lib-title-${h.id}`}
    >
      <CardHead highlight={h} chapter={chapter} t={t} locale={locale} />
      <QuoteBlock id={`lib-quote-${h.id}`} text={h.quote.exact} t={t} />
      {edit.editing ? (
        <NoteEditor highlight={h} t={t} onSave={onSave} onClose={edit.stop} />
      ) : (
        h.note.trim() !== '' && <NoteText note={h.note} class="lib-note" />
      )}
      <CardFooter
        highlight={h}
        layers={layers}
        theme={theme}
        t={t}
        onTag={onTag}
        editing={edit.editing}
        editButton={edit.editButton}
        onOpen={onOpen}
        onEdit={edit.start}
        onDelete={onDelete}
      />
    </article>
  );
}
