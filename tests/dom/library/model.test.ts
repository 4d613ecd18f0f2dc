// The library's search and filters, and the import's format detection.

import { detectFormat } from '../../../src/library/detect';
import {
  filterChoices,
  filterHighlights,
  fold,
  NO_FILTERS,
  OTHER_PAGES,
  siteOf,
} from '../../../src/ui/library';
import type { Highlight } from '../../../src/shared/highlights';
import { CONTEXT, HIGHLIGHTS } from './fixtures';

const ids = (hs: Highlight[]) => hs.map((h) => h.id.slice(-2));

test('fold: case and accents aside', () => {
  expect(fold('Kérensky ÉTAT')).toBe('kerensky etat');
});

test('siteOf', () => {
  expect(siteOf('https://www.marxists.org/archive/x.htm')).toBe('marxists.org');
  expect(siteOf('file:///home/me/notes.html')).toBe('file');
  expect(siteOf('not a url')).toBe('');
});

test.each([
  [{ query: 'kerensky' }, ['05']], // a tag, with its accent
  [{ query: 'COMMITTEE hesitates' }, ['01']], // a note, every word
  [{ query: 'vyborg' }, ['04']], // a quote
  [{ query: 'week 6' }, ['04']], // a title
  [{ chapter: 'ch26' }, ['02']],
  [{ chapter: OTHER_PAGES }, ['04']],
  [{ tag: 'timing' }, ['01', '02']],
  [{ site: 'blog.example.org' }, ['04']],
  [{ layer: 'critique' }, ['01', '02', '03', '05']],
  [{ layer: 'theme:spontaneity' }, ['03']],
  [{ layer: 'critique', tag: 'timing', query: 'july' }, ['02']],
])('%j keeps %j', (filters, expected) => {
  expect(ids(filterHighlights(HIGHLIGHTS, { ...NO_FILTERS, ...filters }, CONTEXT))).toEqual(
    expected,
  );
});

test('filter choices: only values some highlight has, chapters in book order', () => {
  const c = filterChoices(HIGHLIGHTS, CONTEXT);
  expect(c.chapters.map((x) => x.id)).toEqual(['ch09', 'ch22', 'ch26', 'ch42']);
  expect(c.otherPages).toBe(true);
  expect(c.tags).toEqual([
    'blog',
    'July days',
    'Kérensky',
    'method',
    'party',
    'soviets',
    'spontaneity',
    'timing',
  ]);
  expect(c.sites).toEqual(['blog.example.org', 'marxists.org']);
  expect(c.layers.map((l) => l.id)).toEqual([
    'critique',
    'theme:spontaneity',
    'theme:soviets-party',
    'theme:discipline-timing',
  ]);
});

test.each([
  ['highlights.csv', 'id,url,quote\r\n', 'csv'],
  ['export.txt', 'url,quote\r\n', 'csv'],
  ['hypothesis.json', '{"export_date":"x","annotations":[]}', 'hypothesis'],
  ['rows.json', '[{"uri":"https://x.org/","text":""}]', 'hypothesis'],
  [
    'mine.jsonld',
    '{"@context":"http://www.w3.org/ns/anno.jsonld","type":"AnnotationCollection"}',
    'jsonld',
  ],
  ['broken.json', '{"type":', 'jsonld'],
] as const)('detectFormat(%s)', (name, text, format) => {
  expect(detectFormat(name, text)).toBe(format);
});
