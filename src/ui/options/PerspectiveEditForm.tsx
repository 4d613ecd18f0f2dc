// The edit form under a perspective of the reader's own (a version 2 pack):
// its title, author, description and licence, and each paragraph. Nothing is
// stored until Save; Cancel or Escape drops the draft.

import { useLayoutEffect, useRef } from 'preact/hooks';
import { useFocusOnMount } from './form-focus';
import { ParagraphFields } from './ParagraphFields';
import { FormActions, PerspectiveAboutFields } from './PerspectiveAboutFields';
import type { PerspectiveEditDraft, PerspectiveEditing } from './perspective-drafts';
import type { Translate } from './types';

export interface PerspectiveEditFormProps extends Omit<PerspectiveEditing, 'draft'> {
  draft: PerspectiveEditDraft;
  /** The pack's stored name (the draft's may be half typed). */
  packName: string;
  busy: boolean;
  t: Translate;
}

export function PerspectiveEditForm(props: PerspectiveEditFormProps) {
  const { draft, packName, busy, onChange, onSave, onCancel, t } = props;
  const firstField = useFocusOnMount<HTMLInputElement>();
  const form = useRef<HTMLFormElement>(null);
  const deleted = useFocusAfterDelete(form, draft.paragraphs.length);
  return (
    <form
      ref={form}
      class="opt-pack-form"
      aria-label={t('optionsPerspectiveEditLabel', [packName])}
      onSubmit={(e) => {
        e.preventDefault();
        onSave();
      }}
      onKeyDown={(e) => e.key === 'Escape' && onCancel()}
    >
      <PerspectiveAboutFields draft={draft} firstField={firstField} onChange={onChange} t={t} />
      <h4 class="opt-form-heading">{t('optionsPerspectiveParagraphs')}</h4>
      {draft.paragraphs.length === 0 && (
        <p class="opt-empty">{t('optionsPerspectiveNoParagraphs')}</p>
      )}
      {draft.paragraphs.map((p, i) => (
        <ParagraphFields
          key={p.id}
          paragraph={p}
          number={i + 1}
          busy={busy}
          onChange={(changed) =>
            onChange({
              ...draft,
              paragraphs: draft.paragraphs.map((q, j) => (j === i ? changed : q)),
            })
          }
          onDelete={() => {
            deleted(i);
            onChange({ ...draft, paragraphs: draft.paragraphs.filter((_, j) => j !== i) });
          }}
          t={t}
        />
      ))}
      <FormActions
        submit={t('optionsPerspectiveSave')}
        busy={busy}
        onCancel={onCancel}
        t={t}
        save
      />
    </form>
  );
}

/**
 * Where focus goes once a paragraph (and its focused Delete button) is gone:
 * the next paragraph's Delete button, else the last one's, else Save.
 */
function useFocusAfterDelete(form: { current: HTMLFormElement | null }, count: number) {
  const deletedAt = useRef<number | null>(null);
  useLayoutEffect(() => {
    const at = deletedAt.current;
    if (at === null || !form.current) return;
    deletedAt.current = null;
    const buttons = form.current.querySelectorAll<HTMLButtonElement>('[data-delete-paragraph]');
    const next = buttons[Math.min(at, buttons.length - 1)] as HTMLButtonElement | undefined;
    (next ?? form.current.querySelector<HTMLButtonElement>('[data-save]'))?.focus();
  }, [form, count]);
  return (index: number) => {
    deletedAt.current = index;
  };
}
