// npm run data:learn: saved chapter pages → a learned pack, recognised by
// address, heading or opening; numbers only; the CLI's exit codes.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { learnPages } from '../../../src/cli/learn-pack';
import dataset from '../../../src/data/dataset.json';
import type { ChapterRecord } from '../../../src/shared/dataset';
import { learnedChapterPage } from '../../fixtures/learned-chapter';

const chapters = dataset.chapters as ChapterRecord[];
const page = learnedChapterPage();

test.each([
  ['by its heading', page.html],
  [
    'by its address (canonical link), heading removed',
    page.html
      .replace(/<h1>.*?<\/h1>/, '')
      .replace(/<title>.*?<\/title>/, '<title>x</title>')
      .replace(
        '<head>',
        '<head><link rel="canonical" href="https://www.marxists.org/archive/trotsky/1930/hrr/ch05.htm">',
      ),
  ],
  [
    'by its opening, no heading and no address',
    page.html.replace(/<h1>.*?<\/h1>/, '').replace(/<title>.*?<\/title>/, '<title>x</title>'),
  ],
])('a saved chapter page is recognised %s', (_name, html) => {
  const { pack, notes } = learnPages([{ file: 'a.html', html }], chapters, 1);
  expect(notes.map((n) => n.chapter)).toEqual([page.chapter]);
  expect(pack.chapters.map((c) => c.chapter)).toEqual([page.chapter]);
  expect(pack.chapters[0].words).toBeGreaterThan(1000);
  for (const [key, value] of Object.entries(pack.chapters[0])) {
    if (key !== 'chapter')
      expect(typeof value === 'number' || /^[A-Za-z0-9+/=]+$/.test(value as string)).toBe(true);
  }
});

test('a page of another book teaches nothing and says why', () => {
  const { pack, notes } = learnPages(
    [
      {
        file: 'b.html',
        html: '<html><body><h1>Another book</h1><p>Unrelated words.</p></body></html>',
      },
    ],
    chapters,
  );
  expect(pack.chapters).toEqual([]);
  expect(notes[0].note).toMatch(/no chapter/);
});

describe('the command', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'counterpoint-learn-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const run = (...args: string[]) =>
    spawnSync(process.execPath, ['scripts/run.mjs', 'src/cli/learn.ts', ...args], {
      encoding: 'utf8',
    });

  test('writes the pack with --out; exit 0', () => {
    writeFileSync(path.join(dir, 'ch05.html'), page.html);
    const r = run(path.join(dir, 'ch05.html'), '--out', path.join(dir, 'pack.json'));
    expect(r.status).toBe(0);
    expect(JSON.parse(readFileSync(path.join(dir, 'pack.json'), 'utf8')).format).toBe(
      'counterpoint-learned',
    );
    expect(r.stderr).toMatch(/ch05: \d+ words/);
  });

  test('an unreadable file: exit 2 and a message; no argument: usage', () => {
    const r = run(path.join(dir, 'missing.html'));
    expect([r.status, r.stderr]).toEqual([
      2,
      expect.stringMatching(/cannot read .*missing\.html: ENOENT/),
    ]);
    expect(run().status).toBe(2);
  });
});
