// The project carries no text of the History: no tracked file holds any 8
// consecutive words of a reference passage or chapter opening. Two sources are
// allowed to share such runs, because they are not the History's text: the
// review, bundled whole, where it quotes Trotsky in its own words, and the
// chapter titles.

import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cleanReferenceText } from '../../../src/data/reference-cleanup';
import {
  readChapters,
  readOpenings,
  readPassages,
  readReview,
} from '../../../scripts/lib/reference';

const RUN = 8;
const wordsOf = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .match(/[a-z0-9]+/g) ?? [];

function runsOf(words: string[]): string[] {
  return Array.from({ length: Math.max(0, words.length - RUN + 1) }, (_, i) =>
    words.slice(i, i + RUN).join(' '),
  );
}

const allowed = new Set([
  ...runsOf(wordsOf(readReview())),
  ...readChapters().flatMap((c) => runsOf(wordsOf(c.title ?? ''))),
]);
const historyRuns = new Set(
  [...readPassages().map((p) => p.text), ...readOpenings().map((o) => o.text)]
    .flatMap((text) => runsOf(wordsOf(cleanReferenceText(text))))
    .filter((run) => !allowed.has(run)),
);

const tracked = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], {
  encoding: 'utf8',
})
  .split('\n')
  .filter((f) => f && !/\.(png|jpe?g|ico|zip)$/.test(f) && f !== 'package-lock.json');

test('the reference corpus is loaded (the check is not vacuous)', () => {
  expect(historyRuns.size).toBeGreaterThan(5000);
});

test.each(tracked)('%s holds no run of 8 words of the History', (file) => {
  const found = runsOf(wordsOf(readFileSync(file, 'utf8'))).filter((run) => historyRuns.has(run));
  expect(found).toEqual([]);
});
