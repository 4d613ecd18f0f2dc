// Stored settings are normalised field by field: damage falls back to defaults.

import { DEFAULT_DETECT_OPTIONS } from '../../../src/engine';
import {
  DEFAULT_SETTINGS,
  layerShown,
  normaliseSettings,
  siteChoice,
} from '../../../src/shared/settings';

test('the defaults are the engine defaults', () => {
  expect({
    minWords: DEFAULT_SETTINGS.minWords,
    minIdentity: DEFAULT_SETTINGS.minIdentity,
  }).toEqual(DEFAULT_DETECT_OPTIONS);
});

test.each([
  ['nothing stored', undefined, DEFAULT_SETTINGS],
  ['a string', 'settings', DEFAULT_SETTINGS],
  ['an array', [1, 2], DEFAULT_SETTINGS],
  [
    'valid values',
    {
      overlay: false,
      layers: { critique: false },
      sites: { 'example.org': true },
      minWords: 20,
      minIdentity: 0.8,
    },
    {
      overlay: false,
      layers: { critique: false },
      sites: { 'example.org': true },
      minWords: 20,
      minIdentity: 0.8,
      appearance: DEFAULT_SETTINGS.appearance,
      learning: true,
    },
  ],
  ['learning off', { learning: false }, { ...DEFAULT_SETTINGS, learning: false }],
  [
    'an appearance with bad parts',
    {
      appearance: {
        palette: 'sepia',
        cardSize: 'large',
        layers: { critique: { color: '#ABCDEF', underline: 'zigzag' }, tribute: { color: 'red' } },
      },
    },
    {
      ...DEFAULT_SETTINGS,
      appearance: {
        palette: 'auto',
        cardSize: 'large',
        layers: { critique: { color: '#abcdef' } },
        themesOnPage: false,
      },
    },
  ],
  [
    'themes on the page turned on',
    { appearance: { themesOnPage: true } },
    { ...DEFAULT_SETTINGS, appearance: { ...DEFAULT_SETTINGS.appearance, themesOnPage: true } },
  ],
  [
    'themes on the page as a string (older or damaged)',
    { appearance: { themesOnPage: 'yes' } },
    DEFAULT_SETTINGS,
  ],
  [
    'wrong types and ranges',
    {
      overlay: 'yes',
      layers: { critique: 'no', tribute: false },
      sites: [],
      minWords: 2,
      minIdentity: 3,
    },
    { ...DEFAULT_SETTINGS, layers: { tribute: false } },
  ],
  [
    'NaN and fractions',
    { minWords: 14.6, minIdentity: NaN },
    { ...DEFAULT_SETTINGS, minWords: 15 },
  ],
])('%s', (_name, stored, expected) => {
  expect(JSON.parse(JSON.stringify(normaliseSettings(stored)))).toEqual(expected);
});

test('a __proto__ key does not pollute', () => {
  const s = normaliseSettings(JSON.parse('{"layers": {"__proto__": false, "critique": false}}'));
  expect(layerShown(s, 'critique')).toBe(false);
  expect(layerShown(s, 'tribute')).toBe(true);
  expect(({} as Record<string, unknown>).critique).toBeUndefined();
});

test.each([
  [{}, 'www.marxists.org', undefined],
  [{ 'marxists.org': false }, 'www.marxists.org', false],
  [{ 'marxists.org': false, 'www.marxists.org': true }, 'www.marxists.org', true],
  [{ '*': true }, 'blog.example', true],
  [{ '*': true, 'blog.example': false }, 'blog.example', false],
  [{ example: true }, 'blog.example', undefined],
])('siteChoice(%j, %s) = %s', (sites, host, expected) => {
  expect(siteChoice({ ...DEFAULT_SETTINGS, sites }, host)).toBe(expected);
});
