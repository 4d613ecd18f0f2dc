// The tokeniser folds every difference that copies of the History show
// (variants.md) to the same word hashes, and keeps offsets into the original.

import { tokenize, tokenEnd, fingerprint } from '../../../src/engine';

const same = (a: string, b: string) =>
  expect(Array.from(fingerprint(a))).toEqual(Array.from(fingerprint(b)));

describe('variants fold to the same hashes', () => {
  test.each([
    ['curly quotes and apostrophes', '“Workers’ Deputies,” had', '"Workers\' Deputies", had'],
    ['case and drop caps', 'THE strong weapon of slander', 'The strong weapon of slander'],
    [
      'en, em and double-hyphen dashes',
      'troops – such was the school',
      'troops--such was the school',
    ],
    ['Tzar / Tsar / Czar and derivatives', 'the tzar and tzarism', 'the Czar and tsarism'],
    ['-ise / -ize', 'organisation, criticised, legitimise', 'organization, criticized, legitimize'],
    [
      '-our / -or',
      'colour, favour, honoured, labourers, neighbourhood, behavioural',
      'color, favor, honored, laborers, neighborhood, behavioral',
    ],
    ['whole-word variants', 'defence of the programme', 'defense of the program'],
    ['diacritics', 'régime and rôle, coup d’état', 'regime and role, coup detat'],
    ['ligatures', 'ﬁrst præsidium', 'first praesidium'],
    ['soft hyphens and zero-width characters', 'revo\u00adlution\u200b was', 'revolution was'],
    ['in-word obfuscation', 'the ma.s.ses establis.h.i.+ng', 'the masses establishing'],
    ['line-break hyphenation', 'what hap-\npened and how', 'what happened and how'],
    ['footnote markers', 'dual power?[1] We must pause', 'dual power? We must pause'],
    ['superscript footnote digits', 'the masses¹² rose', 'the masses rose'],
    ['-re / -er and -ll- / -l-', 'theatres, centred, travellers', 'theaters, centered, travelers'],
    ['Cyrillic look-alikes', 'Іn 1905-7, thе twо pаrtіеs', 'In 1905-7, the two parties'],
    [
      'NBSP and runs of white space',
      'the\u00a0masses  in\n\thistorical events',
      'the masses in historical events',
    ],
    ['sentences joined with no space', 'organisations.The right', 'organisations. The right'],
    ['full-width letters', 'ＴＲＯＴＳＫＹ', 'Trotsky'],
  ])('%s', (_name, a, b) => same(a, b));
});

describe('what stays distinct', () => {
  test.each([
    ['a hyphen within a line splits the compound', 'super-personal', 'superpersonal'],
    ['different words', 'revolution', 'evolution'],
    ['"four" is not "for"', 'four', 'for'],
  ])('%s', (_name, a, b) =>
    expect(Array.from(fingerprint(a))).not.toEqual(Array.from(fingerprint(b))),
  );
});

describe('offsets point into the original text', () => {
  test.each([
    ['plain words', 'Eight months later', ['Eight', 'months', 'later']],
    ['obfuscated word keeps its whole span', 'the ma.s.ses rose', ['the', 'ma.s.ses', 'rose']],
    ['hyphenated across a line break', 'hap-\npened', ['hap-\npened']],
    ['apostrophes are inside the word', '“Workers’ Deputies”', ['Workers', 'Deputies']],
    ['footnote markers are not words', 'power?[1] We', ['power', 'We']],
  ])('%s', (_name, text, expected) => {
    const t = tokenize(text);
    const spans = Array.from({ length: t.count }, (_, i) =>
      text.slice(t.starts[i], tokenEnd(t, i)),
    );
    expect(spans).toEqual(expected);
  });
});
