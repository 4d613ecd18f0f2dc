// Detection thresholds: how long and how faithful a quotation must be, with a
// preview on the page the reader last had Counterpoint read.

import { Icon } from '../Icon';
import type { ThresholdPreview } from '../../shared/messages';
import type { DetectionThresholds } from '../../shared/settings';
import { Section } from './Section';
import type { Translate } from './types';

const MIN_WORDS = { min: 5, max: 200 } as const;
/** Identity in percent on the page; settings keep a fraction. */
const IDENTITY_PERCENT = { min: 50, max: 100 } as const;

export type PreviewState =
  | { kind: 'loading' }
  | { kind: 'none' }
  | { kind: 'error'; message: string }
  | { kind: 'ready'; preview: ThresholdPreview };

export interface ThresholdsSectionProps {
  values: DetectionThresholds;
  preview: PreviewState;
  onChange(change: Partial<DetectionThresholds>): void;
  onReset(): void;
  /** Whether the values are the defaults (the reset button is then disabled). */
  atDefaults: boolean;
  t: Translate;
}

const clampInt = (v: number, min: number, max: number) =>
  Math.min(max, Math.max(min, Math.round(v)));

export function previewText(state: PreviewState, t: Translate): string {
  switch (state.kind) {
    case 'loading':
      return t('optionsPreviewLoading');
    case 'none':
      return t('optionsPreviewNone');
    case 'error':
      return t('optionsPreviewError', [state.message]);
    case 'ready': {
      const { title, url, current, previewed } = state.preview;
      const page = title.trim() || url;
      const n = (k: number) => String(k);
      return current.length === previewed.length && current.every((id, i) => previewed[i] === id)
        ? t('optionsPreviewSame', [page, n(previewed.length)])
        : t('optionsPreviewChange', [page, n(current.length), n(previewed.length)]);
    }
  }
}

export function ThresholdsSection({
  values,
  preview,
  onChange,
  onReset,
  atDefaults,
  t,
}: ThresholdsSectionProps) {
  const identity = Math.round(values.minIdentity * 100);
  const words = (raw: string) => {
    const v = Number(raw);
    if (raw !== '' && Number.isFinite(v))
      onChange({ minWords: clampInt(v, MIN_WORDS.min, MIN_WORDS.max) });
  };
  const ident = (raw: string) => {
    const v = Number(raw);
    if (raw !== '' && Number.isFinite(v))
      onChange({ minIdentity: clampInt(v, IDENTITY_PERCENT.min, IDENTITY_PERCENT.max) / 100 });
  };
  return (
    <Section id="detection" title={t('optionsDetectionTitle')} intro={t('optionsDetectionIntro')}>
      <div class="opt-field">
        <label id="opt-min-words-label" for="opt-min-words">
          {t('optionsMinWords')}
        </label>
        <div class="opt-slider">
          <input
            id="opt-min-words"
            type="range"
            min={MIN_WORDS.min}
            max={MIN_WORDS.max}
            step={1}
            value={values.minWords}
            aria-describedby="opt-min-words-hint"
            onInput={(e) => words(e.currentTarget.value)}
          />
          <input
            type="number"
            class="opt-number"
            min={MIN_WORDS.min}
            max={MIN_WORDS.max}
            step={1}
            value={values.minWords}
            aria-label={t('optionsMinWordsExact')}
            onChange={(e) => words(e.currentTarget.value)}
          />
        </div>
        <p id="opt-min-words-hint" class="opt-hint">
          {t('optionsMinWordsHint')}
        </p>
      </div>
      <div class="opt-field">
        <label for="opt-min-identity">{t('optionsMinIdentity')}</label>
        <div class="opt-slider">
          <input
            id="opt-min-identity"
            type="range"
            min={IDENTITY_PERCENT.min}
            max={IDENTITY_PERCENT.max}
            step={1}
            value={identity}
            aria-valuetext={`${identity}%`}
            aria-describedby="opt-min-identity-hint"
            onInput={(e) => ident(e.currentTarget.value)}
          />
          <span class="opt-number-wrap">
            <input
              type="number"
              class="opt-number"
              min={IDENTITY_PERCENT.min}
              max={IDENTITY_PERCENT.max}
              step={1}
              value={identity}
              aria-label={t('optionsMinIdentityExact')}
              onChange={(e) => ident(e.currentTarget.value)}
            />
            <span aria-hidden="true">%</span>
          </span>
        </div>
        <p id="opt-min-identity-hint" class="opt-hint">
          {t('optionsMinIdentityHint')}
        </p>
      </div>
      <div class="opt-preview" role="status" aria-live="polite" data-state={preview.kind}>
        <Icon class="opt-preview-mark" name="target" size={14} />
        <span>{previewText(preview, t)}</span>
      </div>
      <div class="opt-actions">
        <button
          type="button"
          class="opt-button opt-button-quiet"
          onClick={onReset}
          disabled={atDefaults}
        >
          {t('optionsDetectionReset')}
        </button>
      </div>
    </Section>
  );
}
