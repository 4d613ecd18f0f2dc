// The dataset's editorial rules, each shown to fire on real review prose and
// to pass the committed dataset.

import { readFileSync } from 'node:fs';
import {
  checkNearestLinked,
  checkQuotedPhrases,
  checkUnplacedChapters,
  quotedPhrases,
} from '../../../src/data/dataset-checks';
import type {
  ChapterRecord,
  Dataset,
  QuoteCheck,
  ReviewParagraph,
} from '../../../src/shared/dataset';

const data = JSON.parse(readFileSync('src/data/dataset.json', 'utf8')) as Dataset;
const terms = JSON.parse(readFileSync('src/data/quoted-terms.json', 'utf8'));
const paragraph = (id: string) => data.paragraphs.find((p) => p.id === id)!;
const check = (id: string) => data.quoteChecks.find((q) => q.id === id)!;

describe('quotedPhrases', () => {
  test.each([
    ['V.4', ['conservatism', 'Lenin versus the Party']],
    ['VIII.2', ['The masses were ready', 'and the Party merely gave them the signal']],
    ['VI.4', ['mass line', 'rearming']],
    ['I.6', []],
  ])('%s quotes %j', (id, phrases) => {
    expect(quotedPhrases(paragraph(id).text)).toEqual(phrases);
  });
});

describe('every phrase in quotation marks is accounted for', () => {
  test('the committed dataset: none left over', () => {
    const r = checkQuotedPhrases(data.paragraphs, data.quoteChecks, terms);
    expect(r.problems).toEqual([]);
    expect(r.counts.checked + r.counts.terms).toBe(
      data.paragraphs.flatMap((p) => quotedPhrases(p.text)).length,
    );
  });

  test.each([
    ['q17', 'VI.4', '“mass line” is in quotation marks but neither quote-checked nor listed'],
    ['q14', 'II.6', '“bureaucratic” is in quotation marks'],
    ['q16', 'V.4', '“Lenin versus the Party” is in quotation marks'],
  ])('without %s, %s is reported', (missing, id, message) => {
    const r = checkQuotedPhrases(
      data.paragraphs,
      data.quoteChecks.filter((q) => q.id !== missing),
      terms,
    );
    expect(r.problems).toEqual([expect.stringContaining(`review ${id}: ${message}`)]);
  });

  test('a term the review never quotes is stale', () => {
    const r = checkQuotedPhrases(data.paragraphs, data.quoteChecks, [
      ...terms,
      { phrase: 'Thermidor', kind: 'term', note: 'n' },
    ]);
    expect(r.problems).toEqual([
      'quoted-terms: “Thermidor” is quoted nowhere without a quote check',
    ]);
  });
});

describe("a quote check's nearest passages are linked where the paragraph speaks to their chapter", () => {
  const withParagraph = (p: ReviewParagraph, checks: QuoteCheck[] = data.quoteChecks) => ({
    ...data,
    paragraphs: data.paragraphs.map((x) => (x.id === p.id ? p : x)),
    quoteChecks: checks,
  });

  test('the committed dataset keeps the rule', () => {
    expect(checkNearestLinked(data)).toEqual([]);
  });

  test('q02 on §III.2: unlinking VIII-09 (ch47, a chapter III.2 speaks to) is reported', () => {
    const p = paragraph('III.2');
    expect(
      checkNearestLinked(
        withParagraph({ ...p, passages: p.passages.filter((id) => id !== 'VIII-09') }),
      ),
    ).toEqual([
      'quote-checks q02: III.2 speaks to ch47 but does not link its nearest passage VIII-09',
    ]);
  });

  test('q12 on §VIII.4 (October): its nearest passages on the 1905 Soviet and the Preface are not linked, and need not be', () => {
    expect(check('q12').nearestPassages).toEqual(['IV-04', 'I-01']);
    expect(paragraph('VIII.4').passages).not.toContain('IV-04');
    expect(checkNearestLinked(data).filter((m) => m.startsWith('quote-checks q12'))).toEqual([]);
  });

  test('a nearest passage of unknown chapter must be linked', () => {
    const p = paragraph('IV.2');
    expect(
      checkNearestLinked(
        withParagraph({ ...p, passages: p.passages.filter((id) => id !== 'IV-07') }),
      ),
    ).toEqual([
      'quote-checks q03: IV.2 speaks to an unknown chapter but does not link its nearest passage IV-07',
    ]);
  });
});

describe('every chapter carries critique or says why not', () => {
  const unplaced = JSON.parse(
    readFileSync('src/data/review/unplaced-chapters.json', 'utf8'),
  ) as Record<string, string>;
  const chapter = (id: string) => data.chapters.find((c) => c.id === id)!;
  const withChapter = (c: ChapterRecord) => data.chapters.map((x) => (x.id === c.id ? c : x));

  test('the committed dataset', () => {
    expect(checkUnplacedChapters(data.chapters, unplaced)).toEqual([]);
    expect(Object.keys(unplaced).length).toBeLessThan(10);
  });

  test.each([
    [
      'an empty chapter without a reason',
      withChapter({ ...chapter('ch21'), paragraphs: [] }),
      unplaced,
      'chapter ch21 carries no critique and is not listed',
    ],
    [
      'a listed chapter that carries critique',
      data.chapters,
      { ...unplaced, ch26: 'x' },
      'chapter ch26 carries critique but is listed',
    ],
    [
      'an unknown chapter listed',
      data.chapters,
      { ...unplaced, ch99: 'x' },
      'unplaced-chapters: unknown chapter ch99',
    ],
  ])('%s is reported', (_name, chapters, list, message) => {
    expect(checkUnplacedChapters(chapters, list)).toEqual([expect.stringContaining(message)]);
  });
});
