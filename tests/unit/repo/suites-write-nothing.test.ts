// The browser suites leave screenshots in a temporary folder (tests/e2e/lib/shots.mjs),
// never in the repository: no suite names docs/ or out/ as a place to write.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const suiteFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? suiteFiles(path.join(dir, e.name)) : [path.join(dir, e.name)],
  );

test('no browser suite writes into docs/ or out/', () => {
  const files = suiteFiles('tests/e2e').filter((f) => f.endsWith('.mjs'));
  expect(files.length).toBeGreaterThan(20);
  const writers = files.filter((f) => /['"`](\.\/)?(docs|out)\//.test(readFileSync(f, 'utf8')));
  expect(writers).toEqual([]);
});
