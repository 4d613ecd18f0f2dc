// The New perspective button, and in its place while open the small form that
// makes one: title, author, an optional description, and a licence.

import { useFocusOnMount, useReturnFocus } from './form-focus';
import { FormActions, PerspectiveAboutFields } from './PerspectiveAboutFields';
import type { PerspectiveAboutDraft, PerspectiveCreation } from './perspective-drafts';
import type { Translate } from './types';

export interface NewPerspectiveProps {
  creation: PerspectiveCreation;
  busy: boolean;
  t: Translate;
}

export function NewPerspective({ creation, busy, t }: NewPerspectiveProps) {
  const opener = useReturnFocus<HTMLButtonElement>(creation.draft !== null, busy);
  if (creation.draft)
    return <NewPerspectiveForm {...creation} draft={creation.draft} busy={busy} t={t} />;
  return (
    <div class="opt-actions">
      <button
        type="button"
        ref={opener}
        class="opt-button opt-button-quiet"
        disabled={busy}
        aria-describedby="opt-new-perspective-hint"
        onClick={creation.onOpen}
      >
        {t('optionsPerspectiveNew')}
      </button>
      <p id="opt-new-perspective-hint" class="opt-hint opt-new-perspective-hint">
        {t('optionsPerspectiveNewHint')}
      </p>
    </div>
  );
}

function NewPerspectiveForm({
  draft,
  busy,
  onChange,
  onCreate,
  onCancel,
  t,
}: Omit<PerspectiveCreation, 'draft' | 'onOpen'> & {
  draft: PerspectiveAboutDraft;
  busy: boolean;
  t: Translate;
}) {
  const firstField = useFocusOnMount<HTMLInputElement>();
  return (
    <form
      class="opt-pack-form opt-new-perspective"
      aria-label={t('perspectiveNewLegend')}
      onSubmit={(e) => {
        e.preventDefault();
        onCreate();
      }}
      onKeyDown={(e) => e.key === 'Escape' && onCancel()}
    >
      <h4 class="opt-form-heading">{t('perspectiveNewLegend')}</h4>
      <PerspectiveAboutFields draft={draft} firstField={firstField} onChange={onChange} t={t} />
      <FormActions submit={t('optionsPerspectiveCreate')} busy={busy} onCancel={onCancel} t={t} />
    </form>
  );
}
