// npm run pack:build: a perspective's Markdown → a version 2 pack. A quote a
// bundled passage holds is linked to it; one no bundled passage holds travels
// as its own fingerprint with its chapter; the quotations' words are never in
// the pack; every refusal is reported at its line; the CLI's exit codes. The
// History's words are composed at run time from ../shared/reference.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as v from 'valibot';
import { readOpenings, readPassages } from '../../../scripts/lib/reference';
import { buildPackSource } from '../../../src/cli/pack-source';
import dataset from '../../../src/data/dataset.json';
import { cleanReferenceText } from '../../../src/data/reference-cleanup';
import { PackSchemaV2 } from '../../../src/data/schema';
import { fingerprint } from '../../../src/engine';
import { base64ToU32 } from '../../../src/shared/base64';

const words = (text: string) => text.split(/\s+/).filter(Boolean);
const historyText = (text: string, from = 0, to?: number) =>
  words(cleanReferenceText(text)).slice(from, to).join(' ');

/** A passage of the bundled dataset (every reference passage is bundled). */
const HELD = historyText(readPassages().find((p) => p.id === 'III-04')!.text);
const HELD_CHAPTER = dataset.passages.find((p) => p.id === 'III-04')!.chapter!;
/** The opening of a chapter the dataset places no bundled passage in: only the opening's fingerprint knows its words. */
const placed = new Set(dataset.passages.filter((p) => p.kind === 'passage').map((p) => p.chapter));
const opening = readOpenings().find((o) => !placed.has(o.chapter))!;
const FROM_OPENING = historyText(opening.text_to_last_full_sentence || opening.text, 30, 70);
/** A bundled passage the dataset places in no chapter. */
const CHAPTERLESS = historyText(readPassages().find((p) => p.id === 'II-11')!.text);
/** Ours, recognised nowhere. */
const OURS =
  'A sentence of our own making, which no chapter of the History contains, set down for this test.';

interface Entry {
  heading?: string;
  quote: string;
  paragraphs?: string[];
  options?: string[];
}

const FRONT = [
  'title: The Tuesday reading group on February',
  'author: The Tuesday reading group',
  'licence: CC BY 4.0',
];

/** A source composed line by line (quotes wrapped twelve words a line), and each blockquote's line. */
function compose(entries: Entry[]): { source: string; lines: number[] } {
  const out = ['---', ...FRONT, '---'];
  const lines: number[] = [];
  for (const e of entries) {
    if (e.heading) out.push('', `# ${e.heading}`);
    out.push('');
    lines.push(out.length + 1);
    const w = words(e.quote);
    for (let i = 0; i < w.length; i += 12) out.push(`> ${w.slice(i, i + 12).join(' ')}`);
    for (const p of e.paragraphs ?? ['We read this otherwise.']) out.push('', p);
    if (e.options) out.push('', ...e.options);
  }
  return { source: out.join('\n') + '\n', lines };
}

const plainWords = (text: string) => words(text.toLowerCase().replace(/[^\p{L}\p{N}\s]+/gu, ' '));

/** The first run of `n` consecutive words of `quote` (lower-cased, punctuation dropped) in `text`, or null. */
function sharedRun(text: string, quote: string, n = 4): string | null {
  const hay = ` ${plainWords(text).join(' ')} `;
  const q = plainWords(quote);
  for (let i = 0; i + n <= q.length; i++) {
    const run = q.slice(i, i + n).join(' ');
    if (hay.includes(` ${run} `)) return run;
  }
  return null;
}

const GOOD: Entry[] = [
  {
    heading: 'Where the February chapters persuade us',
    quote: HELD,
    paragraphs: [
      'Our group came to this page sceptical and left it less so: the argument rests on evidence a reader can check, and it holds.',
      'One member asked whether the *numbers* carry the weight put on them; we leave the question open for a later session.',
    ],
    options: ['Stance: tribute', 'Themes: method, evidence'],
  },
  {
    quote: FROM_OPENING,
    paragraphs: ['An opening that promises more than the chapter then argues.'],
  },
  {
    quote: OURS,
    paragraphs: ['Carried with the chapter its author names, as recognition cannot.'],
    options: ['Chapter: ch26', 'Stance: answers'],
  },
];

test('the check for runs of words finds a quote and passes text that shares three words', () => {
  expect(sharedRun(`{"text":"${OURS}"}`, OURS)).toBe('a sentence of our');
  expect(sharedRun('a sentence of ours', OURS)).toBeNull();
});

test('a held quote is linked, others travel as fingerprints with their chapter, and no quote is in the pack', () => {
  const { source, lines } = compose(GOOD);
  const { pack, errors, notes } = buildPackSource(source);
  expect(errors).toEqual([]);
  expect(notes).toEqual([
    { line: lines[0], message: `linked passage III-04 (${HELD_CHAPTER})` },
    {
      line: lines[1],
      message: `own fingerprint, ${opening.chapter}, ${fingerprint(FROM_OPENING).length} words`,
    },
    { line: lines[2], message: `own fingerprint, ch26, ${fingerprint(OURS).length} words` },
  ]);
  expect(v.safeParse(PackSchemaV2, pack).success).toBe(true);
  const id = 'the-tuesday-reading-group-on-february';
  expect(pack!.id).toBe(id);
  expect(pack!.paragraphs.map((p) => [p.id, p.passages, p.chapters, p.stance])).toEqual([
    ['p1', ['III-04'], [HELD_CHAPTER], 'tribute'],
    ['p2', [`${id}.q2`], [opening.chapter], 'critique'],
    ['p3', [`${id}.q3`], ['ch26'], 'answers'],
  ]);
  expect(pack!.paragraphs[0].text).toMatch(/it holds\.\n\nOne member/);
  expect(pack!.passages.map((p) => [p.id, p.chapter, p.label])).toEqual([
    [`${id}.q2`, opening.chapter, 'Quotation 2 — Where the February chapters persuade us'],
    [`${id}.q3`, 'ch26', 'Quotation 3 — Where the February chapters persuade us'],
  ]);
  expect([...base64ToU32(pack!.passages[0].hashes)]).toEqual([...fingerprint(FROM_OPENING)]);
  const json = JSON.stringify(pack).replace(/\\[nrt]/g, ' ');
  for (const quote of [HELD, FROM_OPENING, OURS]) expect(sharedRun(json, quote)).toBeNull();
});

test('a bundled passage the dataset places in no chapter takes the chapter its author names', () => {
  const { pack, notes } = buildPackSource(
    compose([{ quote: CHAPTERLESS, options: ['Chapter: ch09'] }]).source,
  );
  expect(notes[0].message).toBe('linked passage II-11 (ch09)');
  expect(pack!.paragraphs[0]).toMatchObject({ passages: ['II-11'], chapters: ['ch09'] });
  expect(pack!.passages).toEqual([]);
});

const BAD: [string, Entry, RegExp][] = [
  [
    'a five-word quote',
    { quote: 'Five words and no more' },
    /^a quotation needs at least 12 words to be recognised \(this one has 5\)$/,
  ],
  [
    'a quote recognised nowhere, with no chapter named',
    { quote: OURS },
    /in no bundled passage or chapter opening: name its chapter \(Chapter: chNN\)$/,
  ],
  [
    'a bundled passage in no chapter, with none named',
    { quote: CHAPTERLESS },
    /^the quotation is in passage II-11, which names no chapter/,
  ],
];

test.each(BAD)('%s: refused at the blockquote’s line', (_name, entry, message) => {
  const { source, lines } = compose([GOOD[0], entry]);
  const { pack, errors } = buildPackSource(source);
  expect(pack).toBeUndefined();
  expect(errors).toEqual([{ line: lines[1], message: expect.stringMatching(message) }]);
});

test('an unknown chapter is refused at its Chapter: line; every problem is listed', () => {
  const { source, lines } = compose([
    ...BAD.map(([, entry]) => entry),
    { quote: OURS, options: ['Chapter: ch99'] },
  ]);
  const chapterLine = source.split('\n').indexOf('Chapter: ch99') + 1;
  const { errors } = buildPackSource(source);
  expect(errors.map((e) => e.line)).toEqual([...lines.slice(0, 3), chapterLine]);
  expect(errors[3].message).toMatch(/^Chapter: there is no chapter "ch99"/);
});

describe('the command', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'counterpoint-pack-build-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const run = (...args: string[]) =>
    spawnSync(process.execPath, ['scripts/run.mjs', 'src/cli/pack-build.ts', ...args], {
      encoding: 'utf8',
    });
  const out = path.join(dir, 'pack.json');

  test('a good source: the pack in --out, a note per entry; exit 0', () => {
    const { source, lines } = compose(GOOD);
    const file = path.join(dir, 'good.md');
    writeFileSync(file, source);
    const r = run(file, '--out', out);
    expect([r.status, r.stdout]).toEqual([0, '']);
    expect(v.safeParse(PackSchemaV2, JSON.parse(readFileSync(out, 'utf8'))).success).toBe(true);
    expect(r.stderr).toContain(`${file}:${lines[0]}: linked passage III-04`);
    rmSync(out);
  }, 30_000);

  test('a bad source: every problem as SOURCE.md:LINE:, no pack written; exit 1', () => {
    const { source, lines } = compose([GOOD[0], ...BAD.map(([, entry]) => entry)]);
    const file = path.join(dir, 'bad.md');
    writeFileSync(file, source);
    const r = run(file, '--out', out);
    expect(r.status).toBe(1);
    for (const line of lines.slice(1)) expect(r.stderr).toContain(`${file}:${line}: `);
    expect(r.stderr).toMatch(/pack:build: 3 problems, no pack written/);
    expect(existsSync(out)).toBe(false);
  }, 30_000);

  test('an unreadable file or no source: exit 2', () => {
    const r = run(path.join(dir, 'missing.md'));
    expect([r.status, r.stderr]).toEqual([
      2,
      expect.stringMatching(/cannot read .*missing\.md: ENOENT/),
    ]);
    expect(run().status).toBe(2);
  }, 30_000);
});
