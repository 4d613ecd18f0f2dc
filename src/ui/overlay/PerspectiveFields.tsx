// "Add to a perspective" in the note editor (issue 18): the reader's own
// perspective (an existing one, or a new one with its title, author,
// description and licence), a paragraph in Markdown on the selection, its
// stance and themes. Presentational: the draft in, changes out; the editor
// frame (src/editor) adds it with the selection's fingerprint.

import type { Stance } from '../../shared/dataset';
import type { Translate } from './types';

export const NEW_PERSPECTIVE = 'new';

export interface PerspectiveDraft {
  open: boolean;
  /** An existing perspective's id, or NEW_PERSPECTIVE. */
  packId: string;
  about: { name: string; author: string; description: string; licence: string };
  text: string;
  stance: Stance;
  themes: string;
}

export const emptyPerspectiveDraft = (
  perspectives: readonly { id: string }[],
  open = false,
): PerspectiveDraft => ({
  open,
  packId: perspectives[0]?.id ?? NEW_PERSPECTIVE,
  about: { name: '', author: '', description: '', licence: 'CC BY 4.0' },
  text: '',
  stance: 'critique',
  themes: '',
});

const STANCES: Stance[] = ['critique', 'tribute', 'mixed', 'answers'];
const STANCE_KEYS: Record<Stance, string> = {
  critique: 'perspectiveStanceCritique',
  tribute: 'perspectiveStanceTribute',
  mixed: 'perspectiveStanceMixed',
  answers: 'perspectiveStanceAnswers',
};

/** The four stances, as a select's options: the editor's and the options page's. */
export function StanceOptions({ t }: { t: Translate }) {
  return (
    <>
      {STANCES.map((s) => (
        <option key={s} value={s}>
          {t(STANCE_KEYS[s])}
        </option>
      ))}
    </>
  );
}

interface Props {
  draft: PerspectiveDraft;
  perspectives: readonly { id: string; name: string }[];
  onChange(draft: PerspectiveDraft): void;
  t: Translate;
}

/** A labelled one-line field. */
function Line(props: {
  label: string;
  value: string;
  required?: boolean;
  onInput(v: string): void;
}) {
  return (
    <label class="cp-field">
      <span>{props.label}</span>
      <input
        type="text"
        value={props.value}
        required={props.required}
        onInput={(e) => props.onInput(e.currentTarget.value)}
      />
    </label>
  );
}

function NewPerspective({ draft, onChange, t }: Omit<Props, 'perspectives'>) {
  const set = (key: keyof PerspectiveDraft['about']) => (value: string) =>
    onChange({ ...draft, about: { ...draft.about, [key]: value } });
  return (
    <fieldset class="cp-fieldset">
      <legend>{t('perspectiveNewLegend')}</legend>
      <Line label={t('perspectiveTitle')} value={draft.about.name} required onInput={set('name')} />
      <Line
        label={t('perspectiveAuthor')}
        value={draft.about.author}
        required
        onInput={set('author')}
      />
      <Line
        label={t('perspectiveDescription')}
        value={draft.about.description}
        onInput={set('description')}
      />
      <Line
        label={t('perspectiveLicence')}
        value={draft.about.licence}
        required
        onInput={set('licence')}
      />
    </fieldset>
  );
}

function Choice({ draft, perspectives, onChange, t }: Props) {
  return (
    <label class="cp-field">
      <span>{t('perspectiveWhich')}</span>
      <select
        value={draft.packId}
        onChange={(e) => onChange({ ...draft, packId: e.currentTarget.value })}
      >
        {perspectives.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
        <option value={NEW_PERSPECTIVE}>{t('perspectiveNewOption')}</option>
      </select>
    </label>
  );
}

function Paragraph({ draft, onChange, t }: Omit<Props, 'perspectives'>) {
  return (
    <>
      <label class="cp-field">
        <span>{t('perspectiveParagraph')}</span>
        <textarea
          rows={5}
          value={draft.text}
          required
          placeholder={t('perspectiveParagraphHint')}
          onInput={(e) => onChange({ ...draft, text: e.currentTarget.value })}
        />
      </label>
      <div class="cp-field-row">
        <label class="cp-field">
          <span>{t('perspectiveStance')}</span>
          <select
            value={draft.stance}
            onChange={(e) => onChange({ ...draft, stance: e.currentTarget.value as Stance })}
          >
            <StanceOptions t={t} />
          </select>
        </label>
        <Line
          label={t('perspectiveThemes')}
          value={draft.themes}
          onInput={(themes) => onChange({ ...draft, themes })}
        />
      </div>
    </>
  );
}

export function PerspectiveFields(props: Props) {
  const { draft, onChange, t } = props;
  return (
    <section class="cp-perspective" aria-label={t('perspectiveAdd')}>
      <button
        type="button"
        class="cp-text-button cp-disclosure"
        aria-expanded={draft.open}
        onClick={() => onChange({ ...draft, open: !draft.open })}
      >
        {t('perspectiveAdd')}
      </button>
      {draft.open && (
        <div class="cp-perspective-body">
          <Choice {...props} />
          {draft.packId === NEW_PERSPECTIVE && <NewPerspective {...props} />}
          <Paragraph {...props} />
        </div>
      )}
    </section>
  );
}

/** The themes the reader typed, comma-separated: trimmed, empty ones out, at most 12. */
export const themesOf = (typed: string): string[] =>
  typed
    .split(',')
    .map((s) => s.trim().slice(0, 40))
    .filter(Boolean)
    .slice(0, 12);
