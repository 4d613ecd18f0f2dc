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

type Bounds = { readonly min: number; readonly max: number };

/** A typed value is taken only when it is a number, clamped to the slider's bounds. */
const fromInput = (raw: string, bounds: Bounds, take: (v: number) => void) => {
  const v = Number(raw);
  if (raw !== '' && Number.isFinite(v)) take(clampInt(v, bounds.min, bounds.max));
};

/** The exact-value box beside a slider; with a unit, the unit follows it, hidden from screen readers (the slider says it). */
function ExactNumber({
  bounds,
  value,
  label,
  unit,
  onValue,
}: {
  bounds: Bounds;
  value: number;
  label: string;
  unit?: string;
  onValue(raw: string): void;
}) {
  const input = (
    <input
      type="number"
      class="opt-number"
      min={bounds.min}
      max={bounds.max}
      step={1}
      value={value}
      aria-label={label}
      onChange={(e) => onValue(e.currentTarget.value)}
    />
  );
  if (!unit) return input;
  return (
    <span class="opt-number-wrap">
      {input}
      <span aria-hidden="true">{unit}</span>
    </span>
  );
}

interface ThresholdFieldProps {
  /** The slider's id; its hint is `${id}-hint`. */
  id: string;
  label: string;
  labelId?: string;
  exactLabel: string;
  hint: string;
  bounds: Bounds;
  value: number;
  valueText?: string;
  unit?: string;
  onValue(raw: string): void;
}

/** One threshold: a labelled slider, an exact-value box, and a hint that describes the slider. */
function ThresholdField(props: ThresholdFieldProps) {
  const { id, bounds, value, onValue } = props;
  return (
    <div class="opt-field">
      <label id={props.labelId} for={id}>
        {props.label}
      </label>
      <div class="opt-slider">
        <input
          id={id}
          type="range"
          min={bounds.min}
          max={bounds.max}
          step={1}
          value={value}
          aria-valuetext={props.valueText}
          aria-describedby={`${id}-hint`}
          onInput={(e) => onValue(e.currentTarget.value)}
        />
        <ExactNumber
          bounds={bounds}
          value={value}
          label={props.exactLabel}
          unit={props.unit}
          onValue={onValue}
        />
      </div>
      <p id={`${id}-hint`} class="opt-hint">
        {props.hint}
      </p>
    </div>
  );
}

/** What the current values would find on the last page read; announced as it changes. */
function PreviewLine({ preview, t }: { preview: PreviewState; t: Translate }) {
  return (
    <div class="opt-preview" role="status" aria-live="polite" data-state={preview.kind}>
      <Icon class="opt-preview-mark" name="target" size={14} />
      <span>{previewText(preview, t)}</span>
    </div>
  );
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
  return (
    <Section id="detection" title={t('optionsDetectionTitle')} intro={t('optionsDetectionIntro')}>
      <ThresholdField
        id="opt-min-words"
        labelId="opt-min-words-label"
        label={t('optionsMinWords')}
        exactLabel={t('optionsMinWordsExact')}
        hint={t('optionsMinWordsHint')}
        bounds={MIN_WORDS}
        value={values.minWords}
        onValue={(raw) => fromInput(raw, MIN_WORDS, (minWords) => onChange({ minWords }))}
      />
      <ThresholdField
        id="opt-min-identity"
        label={t('optionsMinIdentity')}
        exactLabel={t('optionsMinIdentityExact')}
        hint={t('optionsMinIdentityHint')}
        bounds={IDENTITY_PERCENT}
        value={identity}
        valueText={`${identity}%`}
        unit="%"
        onValue={(raw) =>
          fromInput(raw, IDENTITY_PERCENT, (v) => onChange({ minIdentity: v / 100 }))
        }
      />
      <PreviewLine preview={preview} t={t} />
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
