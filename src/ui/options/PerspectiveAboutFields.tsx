// A perspective's title, author, description and licence, as both the New
// perspective form and the edit form ask for them; and the labelled one-line
// field they are made of.

import type { Ref } from 'preact';
import type { PerspectiveAboutDraft } from './perspective-drafts';
import type { Translate } from './types';

export function TextField(props: {
  label: string;
  value: string;
  required?: boolean;
  inputRef?: Ref<HTMLInputElement>;
  onInput(value: string): void;
}) {
  return (
    <label class="opt-form-field">
      <span>{props.label}</span>
      <input
        type="text"
        ref={props.inputRef}
        value={props.value}
        required={props.required}
        onInput={(e) => props.onInput(e.currentTarget.value)}
      />
    </label>
  );
}

export function PerspectiveAboutFields<D extends PerspectiveAboutDraft>({
  draft,
  firstField,
  onChange,
  t,
}: {
  draft: D;
  /** The title field, focused when the form opens. */
  firstField?: Ref<HTMLInputElement>;
  onChange(draft: D): void;
  t: Translate;
}) {
  const set = (key: keyof PerspectiveAboutDraft) => (value: string) =>
    onChange({ ...draft, [key]: value });
  return (
    <div class="opt-form-grid">
      <TextField
        label={t('perspectiveTitle')}
        value={draft.name}
        required
        inputRef={firstField}
        onInput={set('name')}
      />
      <TextField
        label={t('perspectiveAuthor')}
        value={draft.author}
        required
        onInput={set('author')}
      />
      <TextField
        label={t('perspectiveDescription')}
        value={draft.description}
        onInput={set('description')}
      />
      <TextField
        label={t('perspectiveLicence')}
        value={draft.licence}
        required
        onInput={set('licence')}
      />
    </div>
  );
}

/** A perspective form's submit and Cancel buttons. */
export function FormActions({
  submit,
  busy,
  onCancel,
  t,
  save = false,
}: {
  submit: string;
  busy: boolean;
  onCancel(): void;
  t: Translate;
  /** Marks the edit form's Save (its tests find it so). */
  save?: boolean;
}) {
  return (
    <div class="opt-actions">
      <button type="submit" class="opt-button" disabled={busy} data-save={save || undefined}>
        {submit}
      </button>
      <button type="button" class="opt-button opt-button-quiet" onClick={onCancel}>
        {t('optionsCancel')}
      </button>
    </div>
  );
}
