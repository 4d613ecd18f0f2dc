// The side panel's view model over real dataset records.

import {
  chapterChoices,
  excerptOf,
  markRuns,
  panelEntries,
  passageLayers,
  placementsOf,
  queryWords,
  withoutChapterPrefix,
} from '../../../src/ui/sidepanel';
import {
  byId,
  catalog,
  CH26_PASSAGES,
  CH26_REPORT,
  critiquesFor,
  data,
  detection,
  paragraph,
  t,
} from './fixtures';

const CRITIQUES = critiquesFor(CH26_PASSAGES);
/** The first paragraph the card shows: where the passage answers one, that one; else the first in review order. */
const firstOn = (id: string) => {
  const on = data.paragraphs
    .filter((p) => p.passages.includes(id))
    .sort((a, b) => a.order - b.order);
  return on.find((p) => p.relations?.[id]?.relation === 'answers') ?? on[0];
};

describe('panelEntries', () => {
  const entries = panelEntries(CH26_REPORT, CRITIQUES, catalog, t);

  test("one entry per detection, in the report's order, indexed for open-passage", () => {
    expect(entries.map((e) => [e.index, e.passageId])).toEqual(
      CH26_REPORT.detections.map((d, i) => [i, d.passage]),
    );
    expect(entries.map((e) => e.number)).toEqual([null, 1, 2, 3, 4]);
  });

  test('the opening: its own label, the chapter, no chips and no excerpt', () => {
    expect(entries[0]).toMatchObject({
      label: t('panelOpening'),
      chapterId: 'ch26',
      layers: [],
      excerpt: null,
      paragraphs: 0,
    });
    expect(entries[0].chapterLine).toBe(
      'Vol. II · Chapter 26 · Could the Bolsheviks Have Seized the Power in July?',
    );
  });

  test.each(CH26_PASSAGES.map((id, i) => [id, i + 1]))(
    '%s: our label without the chapter title, the first paragraph on it, its layers',
    (id, i) => {
      const e = entries[i as number];
      const label = byId(data.passages, id as string).label;
      expect(label.startsWith('Could the Bolsheviks Have Seized the Power in July?: ')).toBe(true);
      expect(e.label.toLowerCase()).toBe(label.slice(label.indexOf(': ') + 2).toLowerCase());
      expect(e.excerpt).toBe(firstOn(id as string));
      expect(e.paragraphs).toBe(
        data.paragraphs.filter((p) => p.passages.includes(id as string)).length,
      );
      for (const layer of firstOn(id as string).layers)
        expect(e.layers.map((l) => l.id)).toContain(layer);
      expect(e.layers.map((l) => l.order)).toEqual(
        [...e.layers.map((l) => l.order)].sort((a, b) => a - b),
      );
    },
  );

  test('no report, no entries; no critique yet, entries without excerpts', () => {
    expect(panelEntries(null, CRITIQUES, catalog, t)).toEqual([]);
    expect(
      panelEntries(CH26_REPORT, null, catalog, t).every(
        (e) => e.excerpt === null && e.layers.length === 0,
      ),
    ).toBe(true);
  });

  test('a passage the catalog does not know yet shows its id', () => {
    const [entry] = panelEntries(
      { ...CH26_REPORT, detections: [detection('VII-02', 'ch26', 0)] },
      CRITIQUES,
      { ...catalog, passages: new Map() },
      t,
    );
    expect(entry.label).toBe('VII-02');
  });
});

describe('passageLayers', () => {
  test.each([
    // [passage, layers that must be there, layers that must not]
    ['VII-01', ['critique', 'tribute', 'theme:historian'], ['sources']],
    ['VII-02', ['critique', 'theme:spontaneity', 'theme:insurrection-state'], []],
  ])('%s', (id, present, absent) => {
    const ids = passageLayers(id, CRITIQUES, data.layers).map((l) => l.id);
    for (const l of present) expect(ids).toContain(l);
    for (const l of absent) expect(ids).not.toContain(l);
  });

  test('sources when a quote check points to the passage', () => {
    const check = data.quoteChecks.find((q) => q.nearestPassages.length > 0)!;
    const id = check.nearestPassages[0];
    expect(passageLayers(id, critiquesFor([id]), data.layers).map((l) => l.id)).toContain(
      'sources',
    );
  });
});

test.each([
  [
    'Could the Bolsheviks Have Seized the Power in July?: the size of the July demonstration',
    'Could the Bolsheviks Have Seized the Power in July?',
    'The size of the July demonstration',
  ],
  ['Preface: what a revolution is', 'Preface to Volume One', 'What a revolution is'],
  ['Preface: what a revolution is', 'Dual Power', 'Preface: what a revolution is'],
  ['No colon here', 'No colon', 'No colon here'],
  ['Dual Power: x', undefined, 'Dual Power: x'],
])('withoutChapterPrefix(%p, %p) = %p', (label, title, expected) => {
  expect(withoutChapterPrefix(label, title)).toBe(expected);
});

describe('excerptOf', () => {
  test.each(['VI.2', 'VII.1', 'VII.8'])('%s: a verbatim start, cut at a word', (id) => {
    const text = paragraph(id).text;
    const { text: short, cut } = excerptOf(text);
    expect(cut).toBe(true);
    expect(short.endsWith('…')).toBe(true);
    expect(text.startsWith(short.slice(0, -1))).toBe(true);
    expect(short.length).toBeLessThanOrEqual(221);
    expect(text.charAt(short.length - 1)).toMatch(/[\s,;:.–—-]/);
  });

  test('a short text is whole', () => {
    expect(excerptOf('Short.')).toEqual({ text: 'Short.', cut: false });
  });
});

describe('placementsOf', () => {
  test.each([
    // paragraph, context chapter, passages with their detection index on the page
    [
      'VII.3',
      'ch26',
      [
        ['VII-02', 3],
        ['VII-11', null],
      ],
    ],
    [
      'VII.4',
      'ch26',
      [
        ['VI-04', 1],
        ['VII-03', 4],
      ],
    ],
    [
      'VI.2',
      'ch26',
      [
        ['VI-04', 1],
        ['VI-03', null],
      ],
    ],
    ['VII.8', 'ch26', []],
  ])('%s in %s', (id, context, passages) => {
    const p = paragraph(id as string);
    const placed = placementsOf(p, catalog, CH26_REPORT, context as string, t);
    expect(placed.passages.map((l) => [l.id, l.index])).toEqual(passages);
    expect(placed.chapters.map((c) => [c.id, c.url])).toEqual(
      p.chapters.map((c) => [c, byId(data.chapters, c).url]),
    );
    for (const l of placed.passages) {
      const summary = byId(data.passages, l.id);
      // Passages of the view's chapter drop its title; others keep their whole label.
      if (summary.chapter === 'ch26') expect(l.label).not.toContain('Could the Bolsheviks');
      else expect(l.label).toBe(summary.label);
    }
  });
});

test.each([
  [CH26_REPORT, ['ch26']],
  [
    {
      ...CH26_REPORT,
      chapter: null,
      detections: [detection('VII-02', null, 0), detection('I-01', null, 10)],
    },
    ['ch26', 'preface-v1'],
  ],
  [{ ...CH26_REPORT, chapter: null, detections: [] }, []],
  [null, []],
])('chapterChoices %#', (report, expected) => {
  expect(chapterChoices(report, catalog)).toEqual(expected);
});

describe('search marks', () => {
  test.each([
    ['vanguard', ['vanguard']],
    ['  Vanguard  party ', ['vanguard', 'party']],
    ['Lenin’s party, party!', ['lenin’s', 'party']],
    ['', []],
  ])('queryWords(%p)', (q, words) => {
    expect(queryWords(q)).toEqual(words);
  });

  test.each([
    [
      'The Vanguard and the vanguard.',
      ['vanguard'],
      [
        ['The ', false],
        ['Vanguard', true],
        [' and the ', false],
        ['vanguard', true],
        ['.', false],
      ],
    ],
    [
      'a (b) c',
      ['(b)'],
      [
        ['a ', false],
        ['(b)', true],
        [' c', false],
      ],
    ],
    ['nothing here', [], [['nothing here', false]]],
  ])('markRuns(%p, %p)', (text, words, runs) => {
    expect(markRuns(text, words).map((r) => [r.text, r.marked])).toEqual(runs);
  });

  test('every search result paragraph keeps its text whole when marked', () => {
    const p = data.paragraphs.find((x) => /vanguard/i.test(x.text))!;
    expect(
      markRuns(p.text, ['vanguard'])
        .map((r) => r.text)
        .join(''),
    ).toBe(p.text);
  });
});
