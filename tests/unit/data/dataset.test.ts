// The bundled dataset: the review verbatim and whole, every paragraph placed,
// every reference used, quote checks worded honestly, and the committed file
// current with its sources.

import { readFileSync } from 'node:fs';
import { buildDataset } from '../../../src/data/dataset-build';
import { splitReview, allParagraphs } from '../../../src/data/review/split';
import type { Dataset } from '../../../src/shared/dataset';
import { datasetSources, freshFingerprints, readReview } from '../../../scripts/lib/dataset-sources';

const committed = JSON.parse(readFileSync('src/data/dataset.json', 'utf8')) as Dataset;
const seed = readReview();
const seedParagraphs = allParagraphs(splitReview(seed));

test('the bundled review is byte-for-byte the seed', () => {
  expect(readFileSync('src/data/review/review.txt', 'utf8')).toBe(seed);
});

test.each(committed.paragraphs.map((p) => [p.id, p]))('paragraph %s is verbatim from the seed', (_id, p) => {
  expect(seed).toContain(p.text);
  expect(seedParagraphs.find((s) => s.id === p.id)?.text).toBe(p.text);
});

test('every paragraph of the seed is in the dataset, in order', () => {
  expect(committed.paragraphs.map((p) => p.text)).toEqual(seedParagraphs.map((p) => p.text));
  expect(committed.paragraphs).toHaveLength(70);
});

test('the committed dataset is current and has no gap (npm run data:build / data:check)', () => {
  const { dataset, problems, coverage } = buildDataset(datasetSources(freshFingerprints()));
  expect(problems).toEqual([]);
  expect(dataset).toEqual(committed);
  expect(coverage).toMatchObject({ placed: 70, paragraphs: 70, passagesUsed: 78, passages: 78, unusedPassages: [] });
});

describe('placements', () => {
  test.each(committed.paragraphs.map((p) => [p.id, p]))('%s is placed on a chapter, with a stance, themes and layers', (_id, p) => {
    expect(p.chapters.length).toBeGreaterThan(0);
    expect(['critique', 'tribute', 'mixed']).toContain(p.stance);
    expect(p.themes.length).toBeGreaterThan(0);
    expect(p.layers).toEqual(expect.arrayContaining(p.themes.map((t) => `theme:${t}`)));
  });

  test('every chapter named by a placement is a chapter of chapters.json, and lists the paragraph back', () => {
    const chapters = new Map(committed.chapters.map((c) => [c.id, c]));
    for (const p of committed.paragraphs) for (const c of p.chapters) expect(chapters.get(c)?.paragraphs).toContain(p.id);
  });
});

describe('quote checks', () => {
  test.each(committed.quoteChecks.map((q) => [q.id, q]))('%s: the phrase is the review’s, and the note is honest', (_id, q) => {
    const paragraph = committed.paragraphs.find((p) => p.id === q.paragraph)!;
    for (const piece of q.phrase.split(' … ')) expect(paragraph.text).toContain(piece);
    expect(q.note).not.toMatch(/fabricat|invent|fake|lie/i);
    if (q.verdict === 'not-found') expect(q.note).toMatch(/^Not located in the reference text/);
  });
});
