// Packs are validated by the same schema as the bundled sources: good packs pass,
// bad ones are refused with a message that names the field.

import * as v from 'valibot';
import { PackSchema, parseOrIssues } from '../../../src/data/schema';

const goodPack = {
  format: 'counterpoint-pack',
  version: 1,
  id: 'reading-group',
  name: 'Reading group notes',
  attribution: 'Notes by the Thursday reading group, 2026',
  layers: [
    {
      id: 'pack:reading-group',
      kind: 'pack',
      name: 'Reading group',
      description: 'Our group’s notes.',
      color: { light: '#225588', dark: '#99bbee' },
      underline: 'dashed',
      icon: 'book',
    },
  ],
  paragraphs: [
    {
      id: 'rg.1',
      layer: 'pack:reading-group',
      text: 'We read the Dual Power chapter against section IV of the review.',
      stance: 'mixed',
      themes: ['soviets-party'],
      passages: ['IV-01'],
      chapters: ['ch11'],
    },
  ],
};

test('a well-formed pack passes', () => {
  expect(v.safeParse(PackSchema, goodPack).success).toBe(true);
});

test.each([
  ['wrong format', { ...goodPack, format: 'something-else' }, 'format'],
  ['no layers', { ...goodPack, layers: [] }, 'layers'],
  [
    'a paragraph placed nowhere',
    { ...goodPack, paragraphs: [{ ...goodPack.paragraphs[0], chapters: [] }] },
    'paragraphs.0.chapters',
  ],
  [
    'an unknown theme',
    { ...goodPack, paragraphs: [{ ...goodPack.paragraphs[0], themes: ['astrology'] }] },
    'paragraphs.0.themes.0',
  ],
  [
    'a colour that is not a colour',
    { ...goodPack, layers: [{ ...goodPack.layers[0], color: { light: 'red', dark: '#000000' } }] },
    'layers.0.color.light',
  ],
  ['an unexpected key', { ...goodPack, __proto__: { evil: true }, extra: 1 }, 'extra'],
  [
    'a huge text',
    { ...goodPack, paragraphs: [{ ...goodPack.paragraphs[0], text: 'x'.repeat(6000) }] },
    'paragraphs.0.text',
  ],
  [
    'an icon given as a glyph',
    { ...goodPack, layers: [{ ...goodPack.layers[0], icon: '☕' }] },
    'layers.0.icon',
  ],
  [
    'an icon given as markup',
    { ...goodPack, layers: [{ ...goodPack.layers[0], icon: '<b>' }] },
    'layers.0.icon',
  ],
])('%s is refused, naming %s', (_name, pack, where) => {
  const { issues } = parseOrIssues(PackSchema, pack, 'pack');
  expect(issues.some((i) => i.startsWith(`pack ${where}:`))).toBe(true);
});

test('a refused icon is explained with the names a layer may use', () => {
  const { issues } = parseOrIssues(
    PackSchema,
    { ...goodPack, layers: [{ ...goodPack.layers[0], icon: '☕' }] },
    'pack',
  );
  expect(issues).toEqual([
    expect.stringMatching(/^pack layers\.0\.icon: an icon name: slash-circle, check, .*book/),
  ]);
});

describe('version 2: a perspective of its own', () => {
  const hashes = (words: number) => Buffer.alloc(words * 4, 7).toString('base64');
  const goodV2 = () => ({
    format: 'counterpoint-pack',
    version: 2,
    id: 'tuesday-notes-1a2b3c',
    name: 'Tuesday notes',
    author: 'The Tuesday reading group',
    description: 'What we argued about on Tuesdays.',
    licence: 'CC BY 4.0',
    layers: [{ ...goodPack.layers[0], id: 'tuesday-notes-1a2b3c.layer' }],
    passages: [
      {
        id: 'tuesday-notes-1a2b3c.q1',
        chapter: 'ch26',
        label: 'Tuesday notes, quotation 1',
        words: 14,
        hashes: hashes(14),
        tokeniser: 3,
      },
    ],
    paragraphs: [
      {
        id: 'p1',
        section: 'The July days',
        layer: 'tuesday-notes-1a2b3c.layer',
        text: 'Here the book *answers* its critics.\n\nA second paragraph.',
        stance: 'answers',
        themes: ['fatalism', 'July'],
        passages: ['tuesday-notes-1a2b3c.q1'],
        chapters: ['ch26'],
      },
    ],
  });

  type V2 = ReturnType<typeof goodV2>;

  test('a well-formed perspective passes, with the new stance, its own themes and a passage', () => {
    expect(parseOrIssues(PackSchema, goodV2(), 'pack').issues).toEqual([]);
  });

  test.each([
    ['no author', (p: V2) => delete (p as Partial<V2>).author, 'pack author'],
    ['no licence', (p: V2) => (p.licence = ' '), 'pack licence'],
    ['an id too long for its passages', (p: V2) => (p.id = 'x'.repeat(41)), 'pack id'],
    [
      'a stance of no kind',
      (p: V2) => (p.paragraphs[0].stance = 'praise'),
      'pack paragraphs.0.stance',
    ],
    [
      'thirteen themes',
      (p: V2) => (p.paragraphs[0].themes = Array(13).fill('t')),
      'pack paragraphs.0.themes',
    ],
    [
      'a theme of 41 characters',
      (p: V2) => (p.paragraphs[0].themes = ['t'.repeat(41)]),
      'pack paragraphs.0.themes.0',
    ],
    [
      'a paragraph on no chapter',
      (p: V2) => (p.paragraphs[0].chapters = []),
      'pack paragraphs.0.chapters',
    ],
    ['a quotation of 11 words', (p: V2) => (p.passages[0].words = 11), 'pack passages.0.words'],
    [
      'hashes that are no base64',
      (p: V2) => (p.passages[0].hashes = 'the masses!'),
      'pack passages.0.hashes',
    ],
    [
      'hashes longer than any quotation',
      (p: V2) => (p.passages[0].hashes = hashes(2001)),
      'pack passages.0.hashes',
    ],
    [
      'the quotation\u2019s words as a field',
      (p: V2) => ((p.passages[0] as Record<string, unknown>).text = 'the words'),
      'pack passages.0.text',
    ],
    ['a version 1 field', (p: V2) => ((p as Record<string, unknown>).attribution = 'x'), 'pack'],
  ])('%s is refused, naming the field', (_name, spoil, where) => {
    const pack = goodV2();
    spoil(pack);
    const { issues } = parseOrIssues(PackSchema, pack, 'pack');
    expect(issues.length).toBeGreaterThan(0);
    expect(issues.some((i) => i.startsWith(`${where}:`) || i.startsWith(`${where} `))).toBe(true);
  });
});
