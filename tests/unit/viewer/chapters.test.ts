// A whole book's pages to chapters: each opening found starts its chapter's
// range, which runs to the page before the next opening.

import { chapterAtPage } from '../../../src/viewer/chapters';

const BOOK = [
  { chapter: 'ch26', page: 60 },
  { chapter: 'preface-v1', page: 1 },
  { chapter: 'ch13', page: 38 },
];

test.each([
  [1, 'preface-v1'],
  [37, 'preface-v1'],
  [38, 'ch13'],
  [59, 'ch13'],
  [60, 'ch26'],
  [96, 'ch26'],
])('page %d is in %s (openings in any order)', (page, chapter) => {
  expect(chapterAtPage(BOOK, page)).toBe(chapter);
});

test('front matter before the first opening is no chapter; a PDF without openings says nothing', () => {
  expect(chapterAtPage([{ chapter: 'ch01', page: 5 }], 2)).toBeNull();
  expect(chapterAtPage([], 2)).toBeUndefined();
});
