// The summary's per-browser counts, read from node --test's TAP.

import { countByBrowser, describeCounts } from '../../../scripts/lib/tap-by-browser.mjs';

const TAP = `TAP version 13
# Subtest: chromium: the popup
    # Subtest: toggling works
    ok 1 - toggling works
      ---
      duration_ms: 1
      ...
    # Subtest: scan this page
    ok 2 - scan this page
      ---
      duration_ms: 1
      ...
    1..2
ok 1 - chromium: the popup
  ---
  duration_ms: 2
  type: 'suite'
  ...
# Subtest: firefox: the popup
    # Subtest: toggling works
    not ok 1 - toggling works
      ---
      duration_ms: 1
      ...
    # Subtest: scan this page
    ok 2 - scan this page # SKIP out of reach
      ---
      duration_ms: 0
      ...
    1..2
not ok 2 - firefox: the popup
  ---
  duration_ms: 2
  type: 'suite'
  ...
# Subtest: accessibility
    # Subtest: firefox: no axe violation
    ok 1 - firefox: no axe violation
      ---
      duration_ms: 1
      ...
    # Subtest: chrome: packs
    ok 2 - chrome: packs
      ---
      duration_ms: 1
      ...
    1..2
ok 3 - accessibility
  ---
  duration_ms: 2
  type: 'suite'
  ...
# Subtest: lists each package
ok 4 - lists each package
  ---
  duration_ms: 1
  ...
1..4
# pass 5
`;

test('cases are counted under the browser their name or suite names; suites are not cases', () => {
  expect(countByBrowser(TAP)).toEqual({
    chromium: { passed: 3, failed: 0, skipped: 0 },
    firefox: { passed: 1, failed: 1, skipped: 1 },
    other: { passed: 1, failed: 0, skipped: 0 },
  });
});

test('the line says passed, failed and skipped per browser', () => {
  expect(describeCounts(countByBrowser(TAP))).toBe(
    'chromium 3 passed; firefox 1 passed, 1 failed, 1 skipped; other 1 passed',
  );
  expect(describeCounts(countByBrowser(''))).toBe('');
});
