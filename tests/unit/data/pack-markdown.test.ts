// A perspective's Markdown source read into front matter and entries (quote,
// paragraphs, options, section), and every problem reported at its line, all
// of them at once. The quotations here are placeholders: placing them on the
// History is pack-build.test.ts's part.

import { parsePackMarkdown } from '../../../src/data/pack-markdown';

/** A placeholder quotation of twelve words and more (this file never places it). */
const Q = "the History's words as a copy prints them, at least twelve of them";
/** Front matter on lines 1–5: a body line k (from 0) is line 6 + k. */
const FRONT = [
  '---',
  'title: Reading the February chapters',
  'author: A. Reader',
  'licence: CC0',
  '---',
];
const doc = (...body: string[]) => [...FRONT, ...body].join('\n');
const entry = (...after: string[]) => ['', `> ${Q}`, '', 'Our paragraph on it.', ...after];

test('a good source: front matter, quotes joined, paragraphs kept, options read, sections from headings', () => {
  const source = [
    '---',
    'title: "Notes of the Tuesday reading group"',
    'author: The Tuesday reading group',
    'description: What we argued about, chapter by chapter.',
    'licence: CC BY 4.0',
    '---',
    '',
    '# Dual power',
    '',
    '> The first line of a quotation that', // 10
    '> runs on to a second line.',
    '',
    'We first read this as two powers side by side; by the third',
    'session we read it as a claim that neither could last.',
    '',
    'Stance: Mixed', // 16
    'Themes: soviets, timing, soviets',
    '',
    'A second paragraph, with **emphasis**.',
    '',
    'Chapter: ch26', // 21
    '',
    '## The July days ##',
    '',
    '> Another quotation, on one line.', // 25
    '',
    'Short and sharp.',
    '',
  ].join('\r\n');
  const { front, entries, errors } = parsePackMarkdown(source);
  expect(errors).toEqual([]);
  expect(front).toEqual({
    title: 'Notes of the Tuesday reading group',
    author: 'The Tuesday reading group',
    description: 'What we argued about, chapter by chapter.',
    licence: 'CC BY 4.0',
    id: 'notes-of-the-tuesday-reading-group',
  });
  expect(entries).toEqual([
    {
      line: 10,
      quote: 'The first line of a quotation that runs on to a second line.',
      text:
        'We first read this as two powers side by side; by the third\n' +
        'session we read it as a claim that neither could last.\n\n' +
        'A second paragraph, with **emphasis**.',
      stance: 'mixed',
      themes: ['soviets', 'timing'],
      chapter: 'ch26',
      section: 'Dual power',
      optionLines: { stance: 16, themes: 17, chapter: 21 },
    },
    {
      line: 25,
      quote: 'Another quotation, on one line.',
      text: 'Short and sharp.',
      stance: 'critique',
      themes: [],
      chapter: null,
      section: 'The July days',
      optionLines: {},
    },
  ]);
});

test.each([
  ['an id given', ['id: tuesday-2026'], 'tuesday-2026'],
  ['none: a slug of the title', [], 'reading-the-february-chapters'],
])('the pack id: %s', (_name, extra, id) => {
  const source = [...FRONT.slice(0, 4), ...extra, '---', ...entry()].join('\n');
  expect(parsePackMarkdown(source).front.id).toBe(id);
});

test('a long title with accents makes an id of at most 40 characters', () => {
  const source = doc(...entry()).replace(
    'Reading the February chapters',
    'Réflexions sur la révolution de février et ses suites',
  );
  expect(parsePackMarkdown(source).front.id).toBe('reflexions-sur-la-revolution-de-fevrier');
});

const many = (n: number) => Array.from({ length: n }, (_, i) => `theme ${i + 1}`).join(', ');
const without = (key: string) => doc(...entry()).replace(new RegExp(`^${key}:.*\\n`, 'm'), '');

test.each<[string, string, [number, RegExp][]]>([
  [
    'no front matter',
    ['# Dual power', ...entry()].join('\n'),
    [[1, /^a perspective starts with its front matter: a line "---"/]],
  ],
  [
    'front matter not closed',
    FRONT.slice(0, 4).join('\n'),
    [[1, /^the front matter is not closed/]],
  ],
  ['no title', without('title'), [[1, /^the front matter has no title:$/]]],
  ['no author', without('author'), [[1, /^the front matter has no author:$/]]],
  ['no licence', without('licence'), [[1, /^the front matter has no licence:$/]]],
  [
    'an unknown key, and "license" for licence',
    doc(...entry()).replace('licence: CC0', 'licence: CC0\neditor: B. Reader\nlicense: CC0'),
    [
      [5, /^unknown key "editor": the keys are title, author, licence, description, id$/],
      [6, /^unknown key "license" \(did you mean licence\?\)/],
    ],
  ],
  [
    'an empty value, a key given twice, a bad id',
    doc(...entry()).replace('author: A. Reader', 'author:\nlicence: CC BY\nid: two words'),
    [
      [3, /^author is empty$/],
      [5, /^id: an id: letters, digits/],
      [6, /^licence is given twice \(first on line 4\)$/],
    ],
  ],
  [
    'a title too long for the pack',
    doc(...entry()).replace('Reading the February chapters', 'A title '.repeat(11)),
    [[2, /^title: at most 80 characters \(this has 87\)$/]],
  ],
  [
    'text before the first quote',
    doc('', 'A few words of introduction.', 'Still the introduction.', ...entry()),
    [[7, /^text that follows no quotation/]],
  ],
  [
    'text under a heading before its first quote',
    doc(...entry(), '', '# The July days', '', 'An aside.', ...entry()),
    [[13, /^text that follows no quotation/]],
  ],
  [
    'an entry with no critique paragraph',
    doc('', `> ${Q}`, '', 'Stance: tribute', '', `> ${Q}`, '', 'Our paragraph.'),
    [[7, /^a quotation with no critique after it/]],
  ],
  [
    'no blank line between the quote and the critique',
    doc('', `> ${Q}`, 'Our paragraph, too close.'),
    [[8, /^leave a blank line between the blockquote and what follows it$/]],
  ],
  [
    'a bad Stance',
    doc(...entry('', 'Stance: hostile')),
    [[11, /^Stance: "hostile" is not one of critique, tribute, mixed, answers$/]],
  ],
  [
    'too many themes',
    doc(...entry('', `Themes: ${many(13)}`)),
    [[11, /^Themes: at most 12 themes \(this has 13\)$/]],
  ],
  [
    'a theme too long',
    doc(...entry('', `Themes: soviets, ${'the party and the class '.repeat(2)}`)),
    [[11, /^Themes: ".*" is longer than 40 characters$/]],
  ],
  [
    'an option given twice, an empty Chapter',
    doc(...entry('', 'Stance: tribute', 'Stance: mixed', 'Chapter:')),
    [
      [12, /^Stance: given twice for this quotation \(first on line 11\)$/],
      [13, /^Chapter: name the chapter by its id/],
    ],
  ],
  [
    'critique too long',
    doc('', `> ${Q}`, '', 'We disagree. '.repeat(400)),
    [[7, /^the text under this quotation: at most 5000 characters \(this has 5199\)$/]],
  ],
  ['no quotation at all', doc('', '# Dual power', ''), [[1, /^no quotation/]]],
  [
    'every problem at once, in line order',
    doc('Before any quote.', ...entry('Stance: hostile'), '', `> ${Q}`, '', `Themes: ${many(20)}`),
    [
      [6, /^text that follows no quotation/],
      [11, /^Stance: "hostile"/],
      [13, /^a quotation with no critique after it/],
      [15, /^Themes: at most 12 themes/],
    ],
  ],
])('%s: every problem at its line', (_name, source, expected) => {
  const { errors } = parsePackMarkdown(source);
  expect(errors).toEqual(
    expected.map(([line, message]) => ({ line, message: expect.stringMatching(message) })),
  );
});
