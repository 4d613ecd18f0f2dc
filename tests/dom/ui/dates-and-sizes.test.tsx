// What the pages show for a stored date (an unknown one as "Unknown date",
// never a thrown RangeError) and for a file's size against its limit.

import { render } from '@testing-library/preact';
import { DateText, shownDate } from '../../../src/ui/DateText';
import { megabytes, oversize } from '../../../src/ui/file-size';
import { MAX_TIME } from '../../../src/shared/limits';

const MAY_9 = Date.UTC(2026, 4, 9, 12);

test.each([
  ['a day', MAY_9, { iso: '2026-05-09T12:00:00.000Z', text: '9 May 2026' }],
  [
    'MAX_TIME, the last day a Date holds',
    MAX_TIME,
    { iso: '+275760-09-13T00:00:00.000Z', text: '13 Sept 275760' },
  ],
  ['UNKNOWN_TIME (a bad stored date, normalised)', 0, null],
  ['1e20', 1e20, null],
  ['NaN', NaN, null],
  ['negative', -1, null],
  ['a fraction', 1.5, null],
])('%s', (_what, ms, expected) => {
  const got = shownDate(ms, 'en-GB');
  if (expected && got)
    expect({ iso: got.iso, text: got.text.replace('Sep ', 'Sept ') }).toEqual(expected);
  else expect(got).toEqual(expected);
});

test('a locale tag the browser rejects falls back to its own', () => {
  expect(shownDate(MAY_9, 'not a locale!')?.iso).toBe('2026-05-09T12:00:00.000Z');
});

test('DateText: a <time> for a date, the given words for an unknown one', () => {
  const { container, rerender } = render(
    <DateText ms={MAY_9} locale="en-GB" unknown="Unknown date" class="d" />,
  );
  expect(container.querySelector('time.d')?.getAttribute('dateTime')).toBe(
    '2026-05-09T12:00:00.000Z',
  );
  rerender(<DateText ms={1e20} locale="en-GB" unknown="Unknown date" class="d" />);
  expect(container.querySelector('time')).toBeNull();
  expect(container.querySelector('.d.cp-date-unknown')?.textContent).toBe('Unknown date');
});

test.each([
  [20_000_001, 20_000_000, ['20.1', '20']],
  [20_000_000, 20_000_000, null],
  [0, 20_000_000, null],
  [2_000_000_000, 32_000_000, ['2000', '32']],
  [34_000_001, 34_000_000, ['34.1', '34']],
])('a file of %d bytes against %d: %j', (size, limit, expected) => {
  expect(oversize({ size }, limit)).toEqual(expected);
});

test('megabytes round up: a file just over a limit never reads as the limit', () => {
  expect([megabytes(1), megabytes(999_999), megabytes(1_000_000), megabytes(1_000_001)]).toEqual([
    '0.1',
    '1',
    '1',
    '1.1',
  ]);
});
