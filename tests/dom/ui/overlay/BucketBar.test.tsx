// The bucket bar: a tick per passage at its place, jumps, and the
// above/below buttons.

import { fireEvent, render, screen } from '@testing-library/preact';
import { BucketBar, type BucketBarProps } from '../../../../src/ui/overlay';
import { byId, data, t } from './fixtures';

const BUCKETS = ['IV-02', 'VI-04', 'VIII-09'].map((id, i) => ({
  key: id,
  fraction: [0.1, 0.455, 1.4][i],
  color: byId(data.layers, 'critique').color.light,
  label: byId(data.passages, id).label,
}));

function renderBar(overrides: Partial<BucketBarProps> = {}) {
  const props: BucketBarProps = {
    buckets: BUCKETS,
    onJump: jest.fn(),
    above: 2,
    below: 5,
    onPrev: jest.fn(),
    onNext: jest.fn(),
    t,
    ...overrides,
  };
  render(<BucketBar {...props} />);
  return props;
}

test('a navigation landmark with one tick per passage at its relative position (clamped to the bar)', () => {
  renderBar();
  expect(screen.getByRole('navigation', { name: t('overlayBucketBarLabel') })).toBeTruthy();
  const ticks = BUCKETS.map((b) => screen.getByRole('button', { name: b.label }));
  expect(ticks.map((b) => b.style.top)).toEqual(['10%', '45.5%', '100%']);
});

test.each(BUCKETS.map((b) => [b.key, b.label]))(
  'clicking the tick of %s jumps to it',
  (key, label) => {
    const props = renderBar();
    fireEvent.click(screen.getByRole('button', { name: label }));
    expect(props.onJump).toHaveBeenCalledWith(key);
  },
);

test.each([
  ['Previous passage, 2 above', 'onPrev'],
  ['Next passage, 5 below', 'onNext'],
] as const)('"%s" calls %s', (name, callback) => {
  const props = renderBar();
  const button = screen.getByRole('button', { name });
  expect(button.textContent).toMatch(/2|5/);
  fireEvent.click(button);
  expect(props[callback]).toHaveBeenCalledTimes(1);
});

test('no above/below buttons when nothing is off screen', () => {
  renderBar({ above: 0, below: 0 });
  expect(screen.getAllByRole('button')).toHaveLength(BUCKETS.length);
});
