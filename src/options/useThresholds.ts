// The detection section: the thresholds the reader is trying, a preview of
// what they would find on the page last read, and the settings write (every
// open page re-scans on it) once the reader settles.

import { useCallback, useEffect, useState } from 'preact/hooks';
import type { CallBackground } from '../shared/messages';
import { DEFAULT_SETTINGS, type DetectionThresholds, type Settings } from '../shared/settings';
import type { PreviewState, ThresholdsSectionProps } from '../ui/options';
import { errorText } from './errors';
import { useSettingDraft } from './useSettingDraft';
import type { PageSettings } from '../ui/use-settings';
import { useTimer } from './useTimer';

/** Delays: preview soon after a change, settings (and so every open page's re-scan) once the reader settles. */
export const PREVIEW_DELAY_MS = 250;
export const THRESHOLD_WRITE_DELAY_MS = 700;
/** After a threshold write, the preview is asked again once open pages had time to re-scan. */
export const RESCAN_SETTLE_MS = 1200;

const thresholdsOf = ({ minWords, minIdentity }: Settings): DetectionThresholds => ({
  minWords,
  minIdentity,
});
const asSettings = (values: DetectionThresholds): Partial<Settings> => values;
const DEFAULTS = thresholdsOf(DEFAULT_SETTINGS);

export type Thresholds = Omit<ThresholdsSectionProps, 't'>;

export function useThresholds(call: CallBackground, settings: PageSettings): Thresholds {
  const draft = useSettingDraft(settings, DEFAULTS, thresholdsOf, asSettings);
  const { preview, run, wait } = usePreview(call);
  const schedulePreview = useTimer();

  useEffect(() => {
    if (settings.firstRead) run(thresholdsOf(settings.firstRead));
  }, [settings.firstRead, run]);

  const onChange = (change: Partial<DetectionThresholds>) => {
    const next = { ...draft.value, ...change };
    wait();
    schedulePreview(PREVIEW_DELAY_MS, () => run(next));
    // Once saved, open pages re-scan; the preview then reads "N passages with these settings".
    draft.edit(next, THRESHOLD_WRITE_DELAY_MS, () =>
      schedulePreview(RESCAN_SETTLE_MS, () => run(next)),
    );
  };
  const atDefaults =
    draft.value.minWords === DEFAULTS.minWords && draft.value.minIdentity === DEFAULTS.minIdentity;
  return { values: draft.value, preview, atDefaults, onChange, onReset: () => onChange(DEFAULTS) };
}

/** The background's preview for some thresholds; `wait` marks it out of date until the next answer. */
function usePreview(call: CallBackground) {
  const [preview, setPreview] = useState<PreviewState>({ kind: 'loading' });
  const run = useCallback(
    (values: DetectionThresholds) => {
      call('previewThresholds', values)
        .then((p) => setPreview(p ? { kind: 'ready', preview: p } : { kind: 'none' }))
        .catch((e: unknown) => setPreview({ kind: 'error', message: errorText(e) }));
    },
    [call],
  );
  // A ready preview stays up meanwhile: the reader sees the last count, not a flicker.
  const wait = useCallback(
    () => setPreview((p) => (p.kind === 'ready' ? p : { kind: 'loading' })),
    [],
  );
  return { preview, run, wait };
}
