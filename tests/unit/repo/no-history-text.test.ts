// The project carries no text of the History: no tracked file holds any 8
// consecutive words of a reference passage or chapter opening.

import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { readOpenings, readPassages } from '../../../scripts/lib/reference';

const RUN = 8;
const wordsOf = (text: string) => text.toLowerCase().normalize('NFKD').match(/[a-z0-9]+/g) ?? [];

function runsOf(words: string[]): string[] {
  return Array.from({ length: Math.max(0, words.length - RUN + 1) }, (_, i) => words.slice(i, i + RUN).join(' '));
}

const historyRuns = new Set([
  ...readPassages().flatMap((p) => runsOf(wordsOf(p.text))),
  ...readOpenings().flatMap((o) => runsOf(wordsOf(o.text))),
]);

const tracked = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { encoding: 'utf8' })
  .split('\n')
  .filter((f) => f && !/\.(png|jpe?g|ico|zip)$/.test(f) && f !== 'package-lock.json');

test('the reference corpus is loaded (the check is not vacuous)', () => {
  expect(historyRuns.size).toBeGreaterThan(5000);
});

test.each(tracked)('%s holds no run of 8 words of the History', (file) => {
  const found = runsOf(wordsOf(readFileSync(file, 'utf8'))).filter((run) => historyRuns.has(run));
  expect(found).toEqual([]);
});
