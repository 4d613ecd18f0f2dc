// The bucket bar's ticks: passages whose places in the document round to the
// same step share one tick (Hypothesis' bucket bar groups its anchors too). A
// 1,000-page PDF otherwise drew a tick per passage, hundreds of buttons re-made
// after every scan; keyed by step, a tick stays put as detections come and go.

import type { Translate } from '../../ui/overlay/types';

/** Steps along the bar: a tick is at most one of them, about 4 px of a 900 px window. */
export const BUCKET_STEPS = 200;

export interface PassageTick {
  key: string;
  /** 0..1: the passage's position in the document. */
  fraction: number;
  color: string;
  label: string;
}

export interface GroupTick extends PassageTick {
  /** The passage a click on the tick goes to: the group's first. */
  jumpTo: string;
}

/** One tick per occupied step, in order: the first passage's colour and jump target, a label that counts the rest. */
export function groupTicks(ticks: readonly PassageTick[], t: Translate): GroupTick[] {
  const byStep = new Map<number, PassageTick[]>();
  for (const tick of ticks) {
    const step = Math.round(Math.min(1, Math.max(0, tick.fraction)) * BUCKET_STEPS);
    const group = byStep.get(step) ?? byStep.set(step, []).get(step)!;
    group.push(tick);
  }
  return [...byStep]
    .sort((a, b) => a[0] - b[0])
    .map(([step, [first, ...rest]]) => ({
      key: `step-${step}`,
      fraction: step / BUCKET_STEPS,
      color: first.color,
      label:
        rest.length === 0
          ? first.label
          : t('overlayBucketMany', [first.label, String(rest.length)]),
      jumpTo: first.key,
    }));
}
