// The list's heading: loading, the count, and the count while filtered.

import { countText } from '../../../src/ui/library';
import { t } from '../ui/overlay/fixtures';

test.each([
  ['before the first answer', false, 0, 0, 'Loading your highlights…'],
  ['no highlights', true, 0, 0, '0 highlights'],
  ['one', true, 1, 1, '1 highlight'],
  ['all shown', true, 5, 5, '5 highlights'],
  ['filtered', true, 1, 5, '1 of 5 highlights'],
  ['filtered to none', true, 0, 5, '0 of 5 highlights'],
])('%s', (_what, loaded, shown, total, text) => {
  expect(countText(t, loaded, shown, total)).toBe(text);
});
