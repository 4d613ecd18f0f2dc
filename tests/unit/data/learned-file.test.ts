// A learned-chapters file checked whole, every bound on its own: the file's
// shape, at most one record per chapter of the History, words and paragraphs
// within what a learned chapter can have, the base64 strings' lengths checked
// before they are decoded, paragraph starts in order, learnedAt a date a Date
// holds, and the textHash recomputed (a file's own is never taken). The
// largest file these bounds admit fits the options page's size limit.

import {
  base64Length,
  checkLearnedChapter,
  checkLearnedPack,
  maxParagraphs,
} from '../../../src/data/learned-file';
import {
  hashOfHashes,
  learnedRecord,
  MAX_LEARN_WORDS,
  MIN_LEARN_WORDS,
  MIN_PARAGRAPH_WORDS,
} from '../../../src/data/learning';
import dataset from '../../../src/data/dataset.json';
import { TOKENISER_VERSION } from '../../../src/engine';
import { base64ToU32, u32ToBase64 } from '../../../src/shared/base64';
import type { LearnedChapter } from '../../../src/shared/learned';
import { MAX_LEARNED_FILE_BYTES, MAX_TIME } from '../../../src/shared/limits';
import { learnedChapterPage } from '../../fixtures/learned-chapter';

const KNOWN = new Set(dataset.chapters.map((c) => c.id));
const page = learnedChapterPage();
const REAL = learnedRecord(
  page.chapter,
  page.paragraphs.join('\n'),
  Date.UTC(2026, 2, 4),
) as LearnedChapter;
const file = (chapters: unknown[]) => ({ format: 'counterpoint-learned', version: 1, chapters });
const refusal = (pack: unknown) => {
  try {
    checkLearnedPack(pack, KNOWN);
  } catch (e) {
    return (e as Error).message;
  }
  return 'accepted';
};
/** A record of `words` words (all hash 0) in `paragraphs` paragraphs of equal length. */
function synthetic(
  chapter: string,
  words: number,
  paragraphs = maxParagraphs(words),
): LearnedChapter {
  const starts = Uint32Array.from(
    { length: paragraphs },
    (_, i) => i * Math.floor(words / paragraphs),
  );
  return {
    chapter,
    textHash: '0',
    words,
    paragraphs: starts.length,
    hashes: u32ToBase64(new Uint32Array(words)),
    paragraphStarts: u32ToBase64(starts),
    tokeniser: TOKENISER_VERSION,
    learnedAt: 1,
  };
}

test('a real record, exported and read back, is accepted as it was', () => {
  expect(REAL.words).toBeGreaterThan(MIN_LEARN_WORDS);
  expect(checkLearnedPack(JSON.parse(JSON.stringify(file([REAL]))), KNOWN)).toEqual([REAL]);
});

describe('the file', () => {
  test.each([
    ['another format', { ...file([]), format: 'counterpoint-pack' }],
    ['another version', { ...file([]), version: 2 }],
    ['chapters not an array', { ...file([]), chapters: { 0: REAL } }],
    ['null', null],
    ['a string', 'counterpoint-learned'],
    [
      'a __proto__ key',
      JSON.parse(`{"format":"counterpoint-learned","version":1,"chapters":[],"__proto__":{"x":1}}`),
    ],
  ])('%s: not a learned-chapters file', (_what, pack) => {
    expect(refusal(pack)).toBe(
      'refused: the file: not a Counterpoint learned-chapters file (format counterpoint-learned, version 1)',
    );
  });

  test(`at most one record per chapter: ${KNOWN.size} accepted, ${KNOWN.size + 1} refused before any is read`, () => {
    const all = [...KNOWN].map((chapter) => ({ ...REAL, chapter }));
    expect(checkLearnedPack(file(all), KNOWN)).toHaveLength(KNOWN.size);
    expect(refusal(file([...all, 'not even a record']))).toBe(
      `refused: the file: it holds ${KNOWN.size + 1} chapters; the History has ${KNOWN.size}`,
    );
  });

  test('the same chapter twice refuses the file', () => {
    expect(refusal(file([REAL, { ...REAL, learnedAt: 2 }]))).toBe(
      `refused: chapters.1: ${REAL.chapter} appears twice (also chapters.0)`,
    );
  });

  test('problems are listed, five at most', () => {
    const message = refusal(
      file(Array.from({ length: 7 }, (_, i) => ({ ...REAL, chapter: `nope-${i}` }))),
    );
    expect(message.match(/chapters\.\d: unknown chapter/g)).toHaveLength(5);
    expect(message.endsWith(' (and more)')).toBe(true);
  });
});

describe('one chapter', () => {
  const over = (o: Record<string, unknown>) => checkLearnedChapter({ ...REAL, ...o }, KNOWN);
  const WORDS = `words must be a whole number from ${MIN_LEARN_WORDS} to ${MAX_LEARN_WORDS}`;
  const PARAGRAPHS = (most: number) =>
    `paragraphs must be a whole number from 1 to ${most} (a paragraph has at least ${MIN_PARAGRAPH_WORDS} words)`;
  const DATE = `learnedAt must be a date: whole milliseconds from 0 to ${MAX_TIME}`;
  const COUNTS = 'word or paragraph counts do not match the hashes';

  test.each([
    ['not an object', 42, 'not an object'],
    ['an array', [REAL], 'not an object'],
    ['an unknown chapter', { ...REAL, chapter: 'ch99' }, 'unknown chapter ch99'],
    [
      'another tokeniser',
      { ...REAL, tokeniser: TOKENISER_VERSION + 1 },
      `made by tokeniser ${TOKENISER_VERSION + 1}, this version uses ${TOKENISER_VERSION}`,
    ],
    [
      `words below MIN_LEARN_WORDS (${MIN_LEARN_WORDS - 1})`,
      { ...REAL, words: MIN_LEARN_WORDS - 1 },
      WORDS,
    ],
    [
      `words above MAX_LEARN_WORDS (${MAX_LEARN_WORDS + 1})`,
      { ...REAL, words: MAX_LEARN_WORDS + 1 },
      WORDS,
    ],
    ['words a fraction', { ...REAL, words: REAL.words + 0.5 }, WORDS],
    ['words a string', { ...REAL, words: String(REAL.words) }, WORDS],
    ['paragraphs 0', { ...REAL, paragraphs: 0 }, PARAGRAPHS(maxParagraphs(REAL.words))],
    [
      'more paragraphs than the words allow',
      { ...REAL, paragraphs: maxParagraphs(REAL.words) + 1 },
      PARAGRAPHS(maxParagraphs(REAL.words)),
    ],
    ['learnedAt 1e20', { ...REAL, learnedAt: 1e20 }, DATE],
    ['learnedAt before 1970', { ...REAL, learnedAt: -1 }, DATE],
    ['learnedAt a fraction', { ...REAL, learnedAt: 1.5 }, DATE],
    ['learnedAt a string', { ...REAL, learnedAt: '2026-03-04' }, DATE],
    ['learnedAt missing', { ...REAL, learnedAt: undefined }, DATE],
    ['hashes missing', { ...REAL, hashes: undefined }, 'hashes missing'],
    ['one word more than the hashes hold', { ...REAL, words: REAL.words + 1 }, COUNTS],
    [
      'hashes one 32-bit word longer',
      { ...REAL, hashes: u32ToBase64(new Uint32Array(REAL.words + 1)) },
      COUNTS,
    ],
    [
      'paragraph starts one shorter',
      { ...REAL, paragraphStarts: u32ToBase64(base64ToU32(REAL.paragraphStarts).slice(1)) },
      COUNTS,
    ],
    [
      'hashes of the right length, not base64',
      { ...REAL, hashes: '!'.repeat(REAL.hashes.length) },
      'hashes are not base64',
    ],
    [
      'the first paragraph not at word 0',
      {
        ...REAL,
        paragraphStarts: u32ToBase64(base64ToU32(REAL.paragraphStarts).map((s) => s + 1)),
      },
      'paragraph starts are not in order within the words',
    ],
    [
      'paragraph starts out of order',
      { ...REAL, paragraphStarts: u32ToBase64(base64ToU32(REAL.paragraphStarts).reverse()) },
      'paragraph starts are not in order within the words',
    ],
    [
      'a paragraph start past the last word',
      {
        ...REAL,
        paragraphStarts: u32ToBase64(
          Uint32Array.from([...base64ToU32(REAL.paragraphStarts).slice(0, -1), REAL.words]),
        ),
      },
      'paragraph starts are not in order within the words',
    ],
  ])('%s', (_what, record, problem) => {
    expect(checkLearnedChapter(record, KNOWN)).toBe(problem);
    expect(refusal(file([record]))).toBe(`refused: chapters.0: ${problem}`);
  });

  test('a hashes string of the wrong length is refused on its length, never decoded (50 M characters that are not base64)', () => {
    expect(over({ hashes: '!'.repeat(50_000_000) })).toBe(COUNTS);
  });

  test.each([
    ['forged', 'ffffffff'],
    ['missing', undefined],
    ['not a string', 42],
    ['40 MB of text', 'x'.repeat(40_000_000)],
  ])(
    'the textHash is recomputed from the hashes, never taken from the file (%s)',
    (_what, textHash) => {
      const got = over({ textHash }) as LearnedChapter;
      expect(got.textHash).toBe(hashOfHashes(base64ToU32(REAL.hashes)));
      expect(got.textHash).toBe(REAL.textHash);
    },
  );

  test('keys the record does not have are not stored', () => {
    expect(Object.keys(over({ extra: 'x'.repeat(1000), note: 'text' }) as object).sort()).toEqual(
      Object.keys(REAL).sort(),
    );
  });

  test('the bounds themselves are accepted', () => {
    expect(checkLearnedChapter(synthetic('ch05', MIN_LEARN_WORDS), KNOWN)).toMatchObject({
      words: MIN_LEARN_WORDS,
      paragraphs: maxParagraphs(MIN_LEARN_WORDS),
    });
    expect(
      checkLearnedChapter({ ...synthetic('ch05', MAX_LEARN_WORDS), learnedAt: MAX_TIME }, KNOWN),
    ).toMatchObject({ words: MAX_LEARN_WORDS, learnedAt: MAX_TIME });
    expect(
      checkLearnedChapter({ ...synthetic('ch05', MIN_LEARN_WORDS, 1), learnedAt: 0 }, KNOWN),
    ).toMatchObject({ paragraphs: 1, learnedAt: 0 });
  });
});

test('learnedRecord refuses a page longer than MAX_LEARN_WORDS, so whatever is learned can be imported again', () => {
  const line = Array.from({ length: 20 }, (_, i) => `word${i}`).join(' ');
  const text = (words: number) => Array.from({ length: words / 20 }, () => line).join('\n');
  expect(learnedRecord('ch05', text(MAX_LEARN_WORDS + 20))).toBe(
    `too long to be one chapter (${MAX_LEARN_WORDS + 20} words; a chapter has at most ${MAX_LEARN_WORDS})`,
  );
  const longest = learnedRecord('ch05', text(MAX_LEARN_WORDS)) as LearnedChapter;
  expect(longest.words).toBe(MAX_LEARN_WORDS);
  expect(checkLearnedChapter(longest, KNOWN)).toEqual(longest);
});

test(`the largest file the bounds admit (${KNOWN.size} chapters of ${MAX_LEARN_WORDS} words) is under MAX_LEARNED_FILE_BYTES`, () => {
  const longestId = [...KNOWN].sort((a, b) => b.length - a.length)[0];
  const record = {
    ...synthetic(longestId, MAX_LEARN_WORDS),
    learnedAt: MAX_TIME,
    textHash: 'ffffffff',
  };
  expect(checkLearnedChapter(record, KNOWN)).toMatchObject({
    words: MAX_LEARN_WORDS,
    paragraphs: maxParagraphs(MAX_LEARN_WORDS),
  });
  expect(record.hashes.length).toBe(base64Length(MAX_LEARN_WORDS * 4));
  // The export writes JSON.stringify(pack): every record the size of the one with the longest id.
  const wrapper = JSON.stringify(file([])).length;
  const bytes = wrapper + KNOWN.size * (JSON.stringify(record).length + 1);
  expect(bytes).toBeLessThanOrEqual(MAX_LEARNED_FILE_BYTES);
  expect(bytes).toBeGreaterThan(MAX_LEARNED_FILE_BYTES * 0.95); // the limit is that file, not a guess far above it
});
