// `npm run -s detect -- FILE…`: JSON lines on stdout and nothing else; exit 2 on an unreadable file.

import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readOpenings, readPassages } from '../../../scripts/lib/reference';

const dir = mkdtempSync(path.join(tmpdir(), 'counterpoint-detect-'));
const passage = readPassages().find((p) => p.id === 'III-04')!;
const opening = readOpenings().find((o) => o.chapter === 'ch12')!;
const htmlFile = path.join(dir, 'page.html');
const textFile = path.join(dir, 'page.txt');
const emptyFile = path.join(dir, 'none.txt');
writeFileSync(
  htmlFile,
  `<html><body><p>Not the History.</p><blockquote><em>${passage.text}</em></blockquote></body></html>`,
);
writeFileSync(textFile, `${opening.text_to_last_full_sentence}\n`);
writeFileSync(emptyFile, 'A page about gardening, with nothing of the History on it at all.');

const run = (...files: string[]) =>
  spawnSync('node', ['scripts/run.mjs', 'src/cli/detect.ts', ...files], { encoding: 'utf8' });

test('HTML and text files: one JSON object per match, with the fields the contract names', () => {
  const out = execFileSync('node', ['scripts/run.mjs', 'src/cli/detect.ts', htmlFile, textFile], {
    encoding: 'utf8',
  });
  const lines = out
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
  const html = lines.find((l) => l.file === htmlFile && l.passage === 'III-04');
  expect(Object.keys(html)).toEqual([
    'file',
    'passage',
    'chapter',
    'start',
    'end',
    'text',
    'score',
  ]);
  expect(html.chapter).toBe('ch08');
  expect(html.text.replace(/\s+/g, ' ')).toContain(passage.text.split(' ').slice(0, 6).join(' '));
  const chapterOpening = lines.find((l) => l.file === textFile && l.passage === null);
  expect(chapterOpening.chapter).toBe('ch12');
});

test('no match: exit 0 and no output', () => {
  const r = run(emptyFile);
  expect([r.status, r.stdout]).toEqual([0, '']);
});

test('an unreadable file: a clear error on stderr and exit 2', () => {
  const r = run(path.join(dir, 'missing.html'));
  expect(r.status).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr).toMatch(/cannot read .*missing\.html: ENOENT/);
});
