// One paragraph of a perspective in its edit form: the passages it is on (as
// their labels; never their fingerprints), its Markdown text, stance and
// themes, and a button that deletes it from the draft.

import type { Stance } from '../../shared/dataset';
import { StanceOptions } from '../overlay/PerspectiveFields';
import type { ParagraphDraft } from './perspective-drafts';
import { TextField } from './PerspectiveAboutFields';
import type { Translate } from './types';

export interface ParagraphFieldsProps {
  paragraph: ParagraphDraft;
  /** From 1, as the legend counts. */
  number: number;
  busy: boolean;
  onChange(paragraph: ParagraphDraft): void;
  onDelete(): void;
  t: Translate;
}

export function ParagraphFields({
  paragraph: p,
  number,
  busy,
  onChange,
  onDelete,
  t,
}: ParagraphFieldsProps) {
  const n = String(number);
  return (
    <fieldset class="opt-paragraph" data-paragraph={p.id}>
      <legend>{t('optionsPerspectiveParagraphLegend', [n])}</legend>
      {p.on && <p class="opt-hint">{t('optionsPerspectiveParagraphOn', [p.on])}</p>}
      <label class="opt-form-field">
        <span>{t('optionsPerspectiveText')}</span>
        <textarea
          rows={4}
          value={p.text}
          required
          onInput={(e) => onChange({ ...p, text: e.currentTarget.value })}
        />
      </label>
      <div class="opt-form-grid">
        <label class="opt-form-field">
          <span>{t('perspectiveStance')}</span>
          <select
            value={p.stance}
            onChange={(e) => onChange({ ...p, stance: e.currentTarget.value as Stance })}
          >
            <StanceOptions t={t} />
          </select>
        </label>
        <TextField
          label={t('perspectiveThemes')}
          value={p.themes}
          onInput={(themes) => onChange({ ...p, themes })}
        />
      </div>
      <div class="opt-actions">
        <button
          type="button"
          class="opt-button opt-button-quiet"
          data-delete-paragraph
          disabled={busy}
          aria-label={t('optionsPerspectiveDeleteParagraphLabel', [n])}
          onClick={onDelete}
        >
          {t('optionsPerspectiveDeleteParagraph')}
        </button>
      </div>
    </fieldset>
  );
}
