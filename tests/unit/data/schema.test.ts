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
