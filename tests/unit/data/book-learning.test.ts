// Learning a whole-book PDF's chapters from its text (one paragraph a line, as
// the viewer reads it): cut at the headings that name a chapter, a contents
// page's titles passed over, each chapter held to the rules of a chapter page.
// The chapters are composed as the learning tests compose a chapter page: the
// chapter's heading and opening from ../shared/reference, then filler prose.

import { bookSections, chaptersToLearn } from '../../../src/data/book-learning';
import { learnedRecord } from '../../../src/data/learning';
import dataset from '../../../src/data/dataset.json';
import type { ChapterRecord } from '../../../src/shared/dataset';
import { learnedChapterPage } from '../../fixtures/learned-chapter';

const chapters = dataset.chapters as ChapterRecord[];
const BOOK_URL = 'https://www.marxists.org/archive/trotsky/1930/hrr/hrr.pdf';
const NOW = Date.UTC(2026, 11, 7);

const ch05 = learnedChapterPage('ch05', 31);
const ch06 = learnedChapterPage('ch06', 47);
/** A chapter as a book prints it: "Chapter N", its title (maybe over two lines), its paragraphs. */
const printed = (page: typeof ch05, number: number, titleLines = [page.title]) => [
  `Chapter ${number}`,
  ...titleLines,
  ...page.paragraphs,
];
const contents = ['Contents', `${ch05.title} 81`, ch05.title, ch06.title, 'Index'];
const book = [
  'The History of the Russian Revolution',
  ...contents,
  ...printed(ch05, 5),
  ...printed(ch06, 6, ['The Death Agony', 'of the Monarchy']),
];

describe('bookSections', () => {
  test('each chapter runs from its heading to the next; the contents page is passed over', () => {
    const sections = bookSections(chapters, book);
    expect(sections.map((s) => s.chapter.id)).toEqual(['ch05', 'ch06']);
    expect(sections[0].text).toBe(printed(ch05, 5).join('\n'));
    expect(sections[1].text.split('\n').slice(0, 3)).toEqual([
      'Chapter 6',
      'The Death Agony',
      'of the Monarchy',
    ]);
  });

  test.each([
    ['a title inside a sentence', [`In ${ch05.title} he argues otherwise.`, ...ch05.paragraphs]],
    ['a title in a long paragraph', [`${ch05.title} ${ch05.paragraphs[1]}`, ...ch05.paragraphs]],
    ['no heading at all', ch05.paragraphs],
    ['a title too common to tell ("Conclusion")', ['Conclusion', ...ch05.paragraphs]],
  ])('%s names no chapter', (_name, paragraphs) => {
    expect(bookSections(chapters, paragraphs)).toEqual([]);
  });
});

describe('chaptersToLearn: the rules of a chapter page', () => {
  test('a chapter learned from the book is the chapter learned from its page', () => {
    const plan = chaptersToLearn(chapters, BOOK_URL, book, NOW);
    const pageText = [`Chapter 5`, ch05.title, ...ch05.paragraphs].join('\n');
    expect(plan).toEqual([
      { chapter: 'ch05', record: learnedRecord('ch05', pageText, NOW), reason: '' },
      expect.objectContaining({ chapter: 'ch06', reason: '' }),
    ]);
  });

  test.each([
    ['plain http', BOOK_URL.replace('https:', 'http:'), 'learning reads https pages only'],
    ['a site not listed', 'https://pdfs.example/hrr.pdf', 'not a listed site (pdfs.example)'],
    ['a local file', 'pdf:0123abcd', 'learning reads https pages only'],
  ])('%s teaches nothing', (_name, url, reason) => {
    expect(chaptersToLearn(chapters, url, book, NOW)).toBe(reason);
  });

  test('a book whose headings name no chapter says so', () => {
    expect(chaptersToLearn(chapters, BOOK_URL, ch05.paragraphs, NOW)).toBe(
      'no heading in the PDF names a chapter',
    );
  });

  test('a chapter too short to be one (a book of openings) is named with its reason', () => {
    const openings = [
      'Chapter 5',
      ch05.title,
      ch05.paragraphs[0],
      'Chapter 6',
      ch06.title,
      ch06.paragraphs[0],
    ];
    const plan = chaptersToLearn(chapters, BOOK_URL, openings, NOW);
    expect(plan).toEqual([
      { chapter: 'ch05', record: null, reason: expect.stringMatching(/^too short to learn/) },
      { chapter: 'ch06', record: null, reason: expect.stringMatching(/^too short to learn/) },
    ]);
  });
});
