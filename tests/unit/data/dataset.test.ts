// The bundled dataset: the review verbatim and whole, every paragraph placed,
// every reference used, quote checks worded honestly, and the committed file
// current with its sources.

import { readFileSync } from 'node:fs';
import { buildDataset } from '../../../src/data/dataset-build';
import { splitReview, allParagraphs } from '../../../src/data/review/split';
import type { Dataset } from '../../../src/shared/dataset';
import {
  datasetSources,
  freshFingerprints,
  readReview,
} from '../../../scripts/lib/dataset-sources';

const committed = JSON.parse(readFileSync('src/data/dataset.json', 'utf8')) as Dataset;
const seed = readReview();
const seedParagraphs = allParagraphs(splitReview(seed));

test('the bundled review is byte-for-byte the seed', () => {
  expect(readFileSync('src/data/review/review.txt', 'utf8')).toBe(seed);
});

test.each(committed.paragraphs.map((p) => [p.id, p]))(
  'paragraph %s is verbatim from the seed',
  (_id, p) => {
    expect(seed).toContain(p.text);
    expect(seedParagraphs.find((s) => s.id === p.id)?.text).toBe(p.text);
  },
);

test('every paragraph of the seed is in the dataset, in order', () => {
  expect(committed.paragraphs.map((p) => p.text)).toEqual(seedParagraphs.map((p) => p.text));
  expect(committed.paragraphs).toHaveLength(70);
});

test('the committed dataset is current and has no gap (npm run data:build / data:check)', () => {
  const { dataset, problems, coverage } = buildDataset(datasetSources(freshFingerprints()));
  expect(problems).toEqual([]);
  expect(dataset).toEqual(committed);
  // A passage that bears on no paragraph stays unlinked rather than carry one it does not bear.
  expect(coverage).toMatchObject({
    placed: 70,
    paragraphs: 70,
    passages: 78,
    unusedPassages: ['V-08', 'VI-07', 'VII-10', 'VIII-10'],
  });
  expect(coverage!.chaptersWithCritique + coverage!.chaptersLeftEmpty.length).toBe(
    coverage!.chapters,
  );
});

describe('placements', () => {
  test.each(committed.paragraphs.map((p) => [p.id, p]))(
    '%s is placed on a chapter, with a stance, themes and layers',
    (_id, p) => {
      expect(p.chapters.length).toBeGreaterThan(0);
      expect(['critique', 'tribute', 'mixed']).toContain(p.stance);
      expect(Object.keys(p.relations!)).toEqual(p.passages);
      expect(p.themes.length).toBeGreaterThan(0);
      expect(p.layers).toEqual(expect.arrayContaining(p.themes.map((t) => `theme:${t}`)));
    },
  );

  test('every chapter named by a placement is a chapter of chapters.json, and lists the paragraph back', () => {
    const chapters = new Map(committed.chapters.map((c) => [c.id, c]));
    for (const p of committed.paragraphs)
      for (const c of p.chapters) expect(chapters.get(c)?.paragraphs).toContain(p.id);
  });
});

describe('relations', () => {
  const links = committed.paragraphs.flatMap((p) =>
    Object.entries(p.relations!).map(([passage, link]) => ({ paragraph: p.id, passage, ...link })),
  );

  test.each(links.map((l) => [`${l.paragraph} → ${l.passage}`, l]))(
    '%s: a relation and one sentence of why, in our words',
    (_name, l) => {
      expect(['subject', 'answers', 'quoted']).toContain(l.relation);
      expect(l.why).toMatch(/^[A-Z“].{20,238}[.!?]$/u);
      expect(l.why.match(/[.!?](\s|$)/gu)).toHaveLength(1);
    },
  );

  test.each([
    // Where the reference's own notes say Trotsky's text answers the review, the dataset says so.
    ['III.4', 'III-04'],
    ['III.6', 'III-04'],
    ['III.5', 'III-07'],
    ['IV.1', 'IV-02'],
    ['IV.2', 'IV-07'],
    ['II.2', 'II-03'],
    ['II.3', 'II-11'],
    ['I.1', 'I-03'],
    ['VII.7', 'VII-09'],
    ['VIII.2', 'VIII-01'],
    ['VI.6', 'VIII-03'],
  ])('%s is answered by %s', (paragraph, passage) => {
    expect(committed.paragraphs.find((p) => p.id === paragraph)!.relations![passage].relation).toBe(
      'answers',
    );
  });

  test('the links the review reader found wrong are gone', () => {
    const linked = (paragraph: string, passage: string) =>
      committed.paragraphs.find((p) => p.id === paragraph)!.passages.includes(passage);
    expect([
      linked('II.7', 'II-08'),
      linked('VI.1', 'VI-07'),
      linked('V.7', 'V-08'),
      linked('IX.7', 'IX-06'),
      linked('VII.3', 'VII-10'),
      linked('VIII.6', 'VIII-09'),
    ]).toEqual([false, false, false, false, false, false]);
    expect([linked('IX.4', 'IX-06'), linked('VIII.6', 'VIII-01'), linked('II.3', 'II-08')]).toEqual(
      [true, true, true],
    );
  });

  test.each([
    ['ch21', 'VI.1'],
    ['ch18', 'VII.6'],
    ['ch32', 'VII.3'],
    ['app3-v3', 'V.7'],
    ['ch39', 'V.2'],
    ['ch44', 'VIII.3'],
  ])('%s, which the review speaks to, carries %s', (chapter, paragraph) => {
    expect(committed.chapters.find((c) => c.id === chapter)!.paragraphs).toContain(paragraph);
  });
});

describe('quote checks', () => {
  test.each(committed.quoteChecks.map((q) => [q.id, q]))(
    '%s: the phrase is the review’s, and the note is honest',
    (_id, q) => {
      const paragraph = committed.paragraphs.find((p) => p.id === q.paragraph)!;
      for (const piece of q.phrase.split(' … ')) expect(paragraph.text).toContain(piece);
      expect(q.note).not.toMatch(/fabricat|invent|fake|lie/i);
      if (q.verdict === 'not-found') expect(q.note).toMatch(/^Not located in the reference text/);
    },
  );
});
