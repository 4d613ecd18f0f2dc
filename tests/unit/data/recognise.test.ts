// Chapter recognition from the page's URL, title and headings, on the bundled chapter records.

import { foldTitle, recogniseChapter } from '../../../src/data/recognise';
import dataset from '../../../src/data/dataset.json';
import type { ChapterRecord } from '../../../src/shared/dataset';

const chapters = dataset.chapters as ChapterRecord[];
const page = (url: string, title = '', headings: string[] = []) => ({ url, title, headings });

test.each([
  [
    'marxists.org chapter',
    page('https://www.marxists.org/archive/trotsky/1930/hrr/ch26.htm'),
    'ch26',
  ],
  ['http and a fragment', page('http://marxists.org/archive/trotsky/1930/hrr/ch01.htm#p3'), 'ch01'],
  ['a MIA mirror', page('https://www.marxists.info/archive/trotsky/1930/hrr/ch26.htm'), 'ch26'],
  [
    'marxist.com numbering',
    page('https://www.marxist.com/history-of-the-russian-revolution-preface/book-2-chapter-26.htm'),
    'ch26',
  ],
  [
    'the chapter index is no chapter',
    page('https://www.marxists.org/archive/trotsky/1930/hrr/index.htm'),
    null,
  ],
  [
    'another work by Trotsky',
    page('https://www.marxists.org/archive/trotsky/1936/revbet/ch01.htm'),
    null,
  ],
  [
    'a blog heading with the full title',
    page('https://blog.example/july', 'Notes', [
      'Chapter 26 – Could the Bolsheviks Have Seized the Power in July?',
    ]),
    'ch26',
  ],
  [
    'a heading that is the title',
    page('https://blog.example/x', '', ['Could the Bolsheviks Have Seized the Power in July?']),
    'ch26',
  ],
  [
    'a title containing it among other words',
    page(
      'https://blog.example/x',
      'Why could the Bolsheviks have seized the power in July? My answer',
    ),
    null,
  ],
  [
    'a one-word title is too common',
    page('https://blog.example/x', 'Conclusion', ['Conclusion']),
    null,
  ],
])('%s', (_name, identity, expected) => {
  expect(recogniseChapter(chapters, identity)?.id ?? null).toBe(expected);
});

test('titles fold quotes, dashes and case', () => {
  expect(foldTitle('The “July Days”: Culmination — and Rout')).toBe(
    'the july days culmination and rout',
  );
});
