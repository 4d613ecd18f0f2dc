// One module finds the browsers (scripts/lib/find-browsers.mjs): no other source
// file names where a browser is installed, and every launch asks that module.

import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const SOURCES = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], {
  encoding: 'utf8',
})
  .split('\n')
  // The module itself, and unit tests that feed it made-up paths as data, are left out.
  .filter(
    (f) =>
      /\.(m?js|tsx?|sh)$/.test(f) &&
      f !== 'scripts/lib/find-browsers.mjs' &&
      !f.startsWith('tests/unit/'),
  );

test("no source names a browser's install path", () => {
  const named = SOURCES.filter((f) =>
    /\/(usr|opt|snap|Applications)\/[^'"`\s]*(chrom|firefox)/i.test(readFileSync(f, 'utf8')),
  );
  expect(named).toEqual([]);
});

test('every executablePath comes from requireBrowser', () => {
  const elsewhere = SOURCES.flatMap((f) =>
    readFileSync(f, 'utf8')
      .split('\n')
      .filter(
        (line) =>
          /executablePath\s*:/.test(line) &&
          !/executablePath:\s*requireBrowser\('(chromium|firefox)'\)/.test(line),
      )
      .map((line) => `${f}: ${line.trim()}`),
  );
  expect(elsewhere).toEqual([]);
});
