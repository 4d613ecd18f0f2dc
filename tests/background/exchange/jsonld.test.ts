// The JSON-LD export against the W3C Web Annotation Data Model's MUSTs
// (https://www.w3.org/TR/annotation-model/), checked by a small validator
// written from the specification, and the parser's reading of other shapes.

import {
  annotationIri,
  exportJsonLd,
  idFromIri,
  OWN_KEY,
  parseJsonLd,
  toAnnotation,
} from '../../../src/background/exchange/jsonld';
import { HIGHLIGHTS } from '../../fixtures/exchange/highlights';

type O = Record<string, unknown>;
const isObj = (v: unknown): v is O => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): unknown[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
const isIri = (v: unknown) => typeof v === 'string' && /^[a-z][a-z0-9+.-]*:\S+$/i.test(v);
const ANNO = 'http://www.w3.org/ns/anno.jsonld';
const MOTIVATIONS = [
  'assessing',
  'bookmarking',
  'classifying',
  'commenting',
  'describing',
  'editing',
  'highlighting',
  'identifying',
  'linking',
  'moderating',
  'questioning',
  'replying',
  'tagging',
];

/** Every violation of the model's MUSTs in one annotation (empty: valid). */
export function w3cViolations(a: unknown, standalone = true): string[] {
  const errors: string[] = [];
  if (!isObj(a)) return ['not an object'];
  // §3.1 Annotations: @context (anno.jsonld), an IRI id, type Annotation, at least one target.
  if (standalone && !list(a['@context']).includes(ANNO))
    errors.push('@context must include the anno.jsonld context');
  if (!isIri(a.id)) errors.push('id must be an IRI');
  if (!list(a.type).includes('Annotation')) errors.push('type must include "Annotation"');
  const targets = list(a.target);
  if (targets.length === 0) errors.push('at least one target');
  for (const m of list(a.motivation))
    if (!MOTIVATIONS.includes(m as string)) errors.push(`unknown motivation ${String(m)}`);
  for (const key of ['created', 'modified', 'generated'])
    if (a[key] !== undefined && !/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/.test(String(a[key])))
      errors.push(`${key} must be an xsd:dateTime in UTC`);
  // §3.2.4 Embedded textual body: type TextualBody, value a string; format a media type; purpose a motivation.
  for (const b of list(a.body)) {
    if (typeof b === 'string') {
      if (!isIri(b)) errors.push('a body given by reference must be an IRI');
      continue;
    }
    if (!isObj(b)) {
      errors.push('body must be an object or IRI');
      continue;
    }
    if (list(b.type).includes('TextualBody') && typeof b.value !== 'string')
      errors.push('a TextualBody must have a string value');
    if (b.format !== undefined && !/^[a-z]+\/[a-z0-9.+-]+$/.test(String(b.format)))
      errors.push('format must be a media type');
    for (const p of list(b.purpose))
      if (!MOTIVATIONS.includes(p as string)) errors.push(`unknown purpose ${String(p)}`);
  }
  // §4 Specific resources: source (an IRI) MUST be given; selectors of the §4.2 kinds.
  for (const t of targets) {
    if (typeof t === 'string') {
      if (!isIri(t)) errors.push('target must be an IRI');
      continue;
    }
    if (!isObj(t)) {
      errors.push('target must be an object or IRI');
      continue;
    }
    if (!isIri(t.source) && !isIri(t.id)) errors.push('a specific resource must have a source IRI');
    for (const s of list(t.selector)) {
      if (!isObj(s)) {
        errors.push('selector must be an object');
        continue;
      }
      if (s.type === 'TextQuoteSelector') {
        if (typeof s.exact !== 'string') errors.push('TextQuoteSelector must have exact');
        for (const k of ['prefix', 'suffix'])
          if (s[k] !== undefined && typeof s[k] !== 'string')
            errors.push(`TextQuoteSelector ${k} must be a string`);
      } else if (s.type === 'TextPositionSelector') {
        const ok =
          Number.isInteger(s.start) &&
          Number.isInteger(s.end) &&
          (s.start as number) >= 0 &&
          (s.end as number) >= (s.start as number);
        if (!ok) errors.push('TextPositionSelector must have integer start ≤ end, from 0');
      } else if (s.type === 'RangeSelector') {
        if (!isObj(s.startSelector) || !isObj(s.endSelector))
          errors.push('RangeSelector must have startSelector and endSelector');
      } else if (typeof s.type !== 'string') errors.push('selector must have a type');
    }
  }
  return errors;
}

const NOW = Date.parse('2026-11-27T16:00:00Z');

describe('the export is a valid Web Annotation collection', () => {
  const file = JSON.parse(
    exportJsonLd(HIGHLIGHTS, NOW, '7d2e1a40-0000-4000-8000-000000000001'),
  ) as O;

  test('an AnnotationCollection with its one AnnotationPage', () => {
    expect(file['@context']).toBe(ANNO);
    expect(file.type).toBe('AnnotationCollection');
    expect(file.id).toBe('urn:uuid:7d2e1a40-0000-4000-8000-000000000001');
    expect(file.total).toBe(HIGHLIGHTS.length);
    expect(file.first).toMatchObject({ type: 'AnnotationPage', startIndex: 0 });
  });

  test.each(HIGHLIGHTS.map((h, i) => [h.id, i]))(
    'annotation %s has every required field',
    (_id, i) => {
      const a = ((file.first as O).items as O[])[i as number];
      expect(w3cViolations(a)).toEqual([]);
    },
  );

  test('motivation, bodies and selectors as the model names them', () => {
    const [withNote, plain] = [toAnnotation(HIGHLIGHTS[0]), toAnnotation(HIGHLIGHTS[1])];
    expect(withNote.motivation).toBe('commenting');
    expect(withNote.body).toEqual([
      {
        type: 'TextualBody',
        value: HIGHLIGHTS[0].note,
        format: 'text/markdown',
        purpose: 'commenting',
      },
      { type: 'TextualBody', value: 'timing', purpose: 'tagging' },
      { type: 'TextualBody', value: 'party', purpose: 'tagging' },
    ]);
    expect(withNote.target).toEqual({
      source: HIGHLIGHTS[0].url,
      selector: [
        {
          type: 'TextQuoteSelector',
          exact: HIGHLIGHTS[0].quote.exact,
          prefix: 'In September ',
          suffix: ', and the',
        },
        { type: 'TextPositionSelector', start: 1204, end: 1244 },
      ],
    });
    expect(withNote.id).toBe(`urn:uuid:${HIGHLIGHTS[0].id}`);
    expect(plain.motivation).toBe('highlighting');
    expect(plain.body).toBeUndefined();
  });

  test('the validator catches what it should', () => {
    expect(w3cViolations({ id: 'x', type: 'Note' })).toEqual([
      '@context must include the anno.jsonld context',
      'id must be an IRI',
      'type must include "Annotation"',
      'at least one target',
    ]);
    expect(
      w3cViolations({
        ...toAnnotation(HIGHLIGHTS[0]),
        target: { selector: [{ type: 'TextPositionSelector', start: 5, end: 2 }] },
      }),
    ).toEqual([
      'a specific resource must have a source IRI',
      'TextPositionSelector must have integer start ≤ end, from 0',
    ]);
  });
});

describe('ids', () => {
  test('our UUIDs as urn:uuid, other ids in our own URN namespace, both read back', () => {
    expect(annotationIri(HIGHLIGHTS[0].id)).toBe(`urn:uuid:${HIGHLIGHTS[0].id}`);
    expect(annotationIri('imported-from-elsewhere_01')).toBe(
      'urn:counterpoint:highlight:imported-from-elsewhere_01',
    );
    expect(idFromIri(annotationIri(HIGHLIGHTS[0].id))).toBe(HIGHLIGHTS[0].id);
    expect(idFromIri(annotationIri('imported-from-elsewhere_01'))).toBe(
      'imported-from-elsewhere_01',
    );
    expect(idFromIri('https://hypothes.is/a/abc')).toBeUndefined();
  });
});

describe("parsing other people's Web Annotations", () => {
  const foreign = {
    '@context': ANNO,
    id: 'https://annotations.example/anno/42',
    type: 'Annotation',
    motivation: 'commenting',
    created: '2026-01-02T03:04:05Z',
    body: [
      { type: 'TextualBody', value: 'A note', purpose: 'commenting' },
      { type: 'TextualBody', value: 'one', purpose: 'tagging' },
      'https://example.org/image.png',
    ],
    target: {
      source: { id: 'https://example.org/page', type: 'Text' },
      selector: { type: 'TextQuoteSelector', exact: 'quoted words' },
    },
  };

  test.each([
    ['one annotation', foreign],
    ['a plain array', [foreign]],
    ['an AnnotationPage', { '@context': ANNO, type: 'AnnotationPage', items: [foreign] }],
  ])('%s', (_what, file) => {
    const { candidates } = parseJsonLd(JSON.stringify(file));
    expect(candidates).toEqual([
      {
        item: 1,
        candidate: expect.objectContaining({
          id: undefined,
          url: 'https://example.org/page',
          exact: 'quoted words',
          note: 'A note',
          tags: ['one'],
          created: Date.parse('2026-01-02T03:04:05Z'),
        }),
      },
    ]);
  });

  test.each([
    ['not JSON', '{', /^refused: the file: not JSON/],
    ['a number', '42', /^refused: the file: not an annotation/],
    [
      'an item of the wrong type',
      JSON.stringify([foreign, { ...foreign, type: 'Note' }]),
      /^refused: item 2: type must be "Annotation"$/,
    ],
    [
      'a note of the wrong type',
      JSON.stringify([{ ...foreign, body: { type: 'TextualBody', value: 7 } }]),
      /^refused: item 1: body 1: value must be a string$/,
    ],
    [
      'no target',
      JSON.stringify([{ ...foreign, target: undefined }]),
      /^refused: item 1: no target$/,
    ],
    [
      'a selector not an object',
      JSON.stringify([
        { ...foreign, target: { source: 'https://x.org/', selector: ['TextQuoteSelector'] } },
      ]),
      /^refused: item 1: selector 1: not an object$/,
    ],
    [
      'a bad date',
      JSON.stringify([{ ...foreign, created: 'yesterday' }]),
      /^refused: item 1: created is not a date from 1970 to the year 275760 \(whole milliseconds from 0 to 8640000000000000\)$/,
    ],
    [
      'a paged collection',
      JSON.stringify({
        type: 'AnnotationCollection',
        first: { type: 'AnnotationPage', items: [], next: 'urn:x' },
      }),
      /more than one page/,
    ],
  ])('refuses %s', (_what, text, error) => {
    expect(() => parseJsonLd(text)).toThrow(error);
  });
});

describe("an annotation's target", () => {
  const read = (target: unknown) =>
    parseJsonLd(JSON.stringify({ type: 'Annotation', target })).candidates[0].candidate;
  const quote = (exact: string, more: Record<string, string> = {}) => ({
    type: 'TextQuoteSelector',
    exact,
    ...more,
  });

  test.each([
    ['a URL alone', 'https://x.org/p', { url: 'https://x.org/p' }],
    ['a source with no selector', { source: 'https://x.org/p' }, { url: 'https://x.org/p' }],
    [
      'a source object with an id',
      { source: { id: 'https://x.org/p' } },
      { url: 'https://x.org/p' },
    ],
    [
      'quote and position selectors',
      {
        source: 'https://x.org/p',
        selector: [
          quote('w', { prefix: 'a ', suffix: ' b' }),
          { type: 'TextPositionSelector', start: 3, end: 4 },
        ],
      },
      { url: 'https://x.org/p', exact: 'w', prefix: 'a ', suffix: ' b', start: 3, end: 4 },
    ],
    [
      'a later quote selector wins, context and all',
      { source: 'https://x.org/p', selector: [quote('first', { prefix: 'p' }), quote('second')] },
      { url: 'https://x.org/p', exact: 'second', prefix: undefined, suffix: undefined },
    ],
    [
      'other selectors passed over',
      { source: 'https://x.org/p', selector: [{ type: 'CssSelector', value: '#x' }, quote('w')] },
      { url: 'https://x.org/p', exact: 'w', prefix: undefined, suffix: undefined },
    ],
    [
      'the first of several targets',
      ['https://x.org/1', 'https://x.org/2'],
      { url: 'https://x.org/1' },
    ],
  ])('%s', (_what, target, want) => {
    const c = read(target);
    const { id, created, updated, note, tags, ...rest } = c;
    expect({ id, created, updated, note, tags }).toEqual({
      id: undefined,
      created: undefined,
      updated: undefined,
      note: '',
      tags: [],
    });
    expect(rest).toStrictEqual(want);
  });

  test.each([
    [
      'a source that is neither',
      { source: 5 },
      /^refused: item 1: target\.source: must be a URL or an object with an id$/,
    ],
    ['a target that is not an object', 5, /^refused: item 1: target: not an object$/],
    [
      'a position that is not a number',
      { source: 'https://x.org/', selector: { type: 'TextPositionSelector', start: '1' } },
      /^refused: item 1: selector 1: start must be a number$/,
    ],
  ])('refuses %s', (_what, target, error) => {
    expect(() => read(target)).toThrow(error);
  });
});

describe('our own fields', () => {
  const own = {
    id: 'mine-1',
    title: 'T',
    chapter: 'ch42',
    passage: null,
    status: 'uncertain',
    created: 1000,
    updated: 2000,
    checked: 3000,
  };
  const read = (extra: Record<string, unknown>) =>
    parseJsonLd(
      JSON.stringify({
        type: 'Annotation',
        target: 'https://x.org/',
        created: '2026-01-02T03:04:05Z',
        ...extra,
      }),
    ).candidates[0].candidate;

  test("win over the model's id and dates", () => {
    expect(
      read({ id: 'urn:uuid:0b6d6a52-8a57-4c1e-9a63-3f7f1d1b2a01', [OWN_KEY]: own }),
    ).toMatchObject({
      id: 'mine-1',
      title: 'T',
      chapter: 'ch42',
      passage: null,
      status: 'uncertain',
      created: 1000,
      updated: 2000,
      checked: 3000,
    });
  });

  test("absent: only the model's, and none of our keys", () => {
    const c = read({});
    expect(c.created).toBe(Date.parse('2026-01-02T03:04:05Z'));
    expect(
      Object.keys(c).filter((k) =>
        ['title', 'chapter', 'passage', 'status', 'checked'].includes(k),
      ),
    ).toEqual([]);
  });
});
