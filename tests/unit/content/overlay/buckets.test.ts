// The bucket bar's ticks: passages whose places round to the same step share a
// tick, keyed by the step (so it stays put as a long PDF's detections change).

import {
  BUCKET_STEPS,
  groupTicks,
  type PassageTick,
} from '../../../../src/content/overlay/buckets';
import labels from '../../../../src/data/passage-labels.json';
import { t } from '../../../dom/ui/overlay/fixtures';

const [first, second, third] = Object.values(labels as Record<string, string>);
const tick = (key: string, fraction: number, label: string, color = '#a33'): PassageTick => ({
  key,
  fraction,
  color,
  label,
});

test.each([
  ['one passage', [tick('a', 0.1, first)], [['step-20', 0.1, first, 'a']]],
  [
    'two passages far apart keep a tick each',
    [tick('a', 0.1, first), tick('b', 0.5, second)],
    [
      ['step-20', 0.1, first, 'a'],
      ['step-100', 0.5, second, 'b'],
    ],
  ],
  [
    'three within one step share the first one’s tick',
    [tick('a', 0.3001, first), tick('b', 0.3012, second), tick('c', 0.302, third)],
    [['step-60', 0.3, `${first} and 2 more passages here`, 'a']],
  ],
  [
    'out of order and out of range: sorted, clamped',
    [tick('z', 1.4, second), tick('a', -0.2, first)],
    [
      ['step-0', 0, first, 'a'],
      [`step-${BUCKET_STEPS}`, 1, second, 'z'],
    ],
  ],
])('%s', (_, ticks, expected) => {
  expect(groupTicks(ticks, t).map((g) => [g.key, g.fraction, g.label, g.jumpTo])).toEqual(expected);
});

test('a tick takes its first passage’s colour', () => {
  const [g] = groupTicks([tick('a', 0.5, first, '#123'), tick('b', 0.5, second, '#456')], t);
  expect(g.color).toBe('#123');
});

test('a 1,000-page book’s 400 passages make at most one tick a step', () => {
  const many = Array.from({ length: 400 }, (_, i) => tick(`p${i}`, i / 400, first));
  const grouped = groupTicks(many, t);
  expect(grouped.length).toBeLessThanOrEqual(BUCKET_STEPS + 1);
  expect(new Set(grouped.map((g) => g.key)).size).toBe(grouped.length);
});
