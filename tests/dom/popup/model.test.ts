// The popup's pure rules over real dataset records: passages per layer (the
// content script's rule), solo and all, grouping, readable hosts.

import {
  allLayersShown,
  groupLayers,
  passagesPerLayer,
  readableHost,
  reportPassages,
  soloLayerId,
} from '../../../src/ui/popup';
import type { LayerRecord } from '../../../src/shared/dataset';
import type { Critiques, PageReport } from '../../../src/shared/messages';
import { normaliseSettings, soloLayers } from '../../../src/shared/settings';
import { data } from '../ui/overlay/fixtures';

/** The critique the background returns for passages: paragraphs placed on them and the quote checks nearest to them. */
function critiquesFor(ids: string[]): Critiques {
  return {
    paragraphs: data.paragraphs.filter((p) => p.passages.some((id) => ids.includes(id))),
    quoteChecks: data.quoteChecks.filter((q) => q.nearestPassages.some((id) => ids.includes(id))),
  };
}

/** Independent expectation: a passage's layers straight from the dataset. */
function layersOf(id: string): Set<string> {
  const on = data.paragraphs.filter((p) => p.passages.includes(id));
  const out = new Set(on.flatMap((p) => p.layers));
  if (on.some((p) => p.relations?.[id]?.relation === 'answers')) out.add('answers');
  if (data.quoteChecks.some((q) => q.nearestPassages.includes(id))) out.add('sources');
  return out;
}

const passagesOfChapter = (chapter: string) =>
  data.passages.filter((p) => p.kind === 'passage' && p.chapter === chapter).map((p) => p.id);
const quoted = data.quoteChecks.flatMap((q) => q.nearestPassages).slice(0, 3);

describe('passagesPerLayer', () => {
  test.each([
    ['the passages of chapter 26', passagesOfChapter('ch26')],
    ['the passages of chapter 1', passagesOfChapter('ch01')],
    ['passages the review quotes', quoted],
    ['one passage', passagesOfChapter('ch26').slice(0, 1)],
  ])('%s: each layer counts the passages it marks', (_name, ids) => {
    expect(ids.length).toBeGreaterThan(0);
    const counts = passagesPerLayer(ids, critiquesFor(ids));
    for (const layer of data.layers) {
      const expected = ids.filter((id) => layersOf(id).has(layer.id)).length;
      expect([layer.id, counts[layer.id] ?? 0]).toEqual([layer.id, expected]);
    }
  });

  test('no passages, no counts', () => {
    expect(passagesPerLayer([], critiquesFor([]))).toEqual({});
  });

  test('ch26 counts the passages whose text answers the critique (the answers layer)', () => {
    const ids = passagesOfChapter('ch26');
    const answering = ids.filter((id) => layersOf(id).has('answers'));
    expect(answering.length).toBeGreaterThan(0);
    expect(passagesPerLayer(ids, critiquesFor(ids)).answers).toBe(answering.length);
  });

  test('quoted passages are in the sources layer', () => {
    expect(passagesPerLayer(quoted, critiquesFor(quoted)).sources).toBe(new Set(quoted).size);
  });
});

test('reportPassages: distinct reference passages in reading order, openings left out', () => {
  const d = (passage: string | null) => ({
    passage,
    chapter: 'ch26',
    start: 0,
    end: 1,
    score: 1,
    excerpt: '',
  });
  const report: PageReport = {
    url: 'http://x/',
    title: '',
    chapter: 'ch26',
    detections: [d(null), d('b'), d('a'), d('b')],
  };
  expect(reportPassages(report)).toEqual(['b', 'a']);
  expect(reportPassages(null)).toEqual([]);
});

describe('solo and all', () => {
  const ids = data.layers.map((l) => l.id);
  test.each([
    ['nothing stored: every layer shown', {}, null, true],
    ['solo critique', soloLayers(ids, 'critique'), 'critique', false],
    ['solo a theme', soloLayers(ids, 'theme:soviets-party'), 'theme:soviets-party', false],
    ['all again', soloLayers(ids, null), null, true],
    ['one layer off', { critique: false }, null, false],
    [
      'every layer but sources off',
      Object.fromEntries(ids.map((id) => [id, id === 'sources'])),
      'sources',
      false,
    ],
  ])('%s', (_name, layers, solo, all) => {
    const settings = normaliseSettings({ layers });
    expect(soloLayerId(data.layers, settings)).toBe(solo);
    expect(allLayersShown(data.layers, settings)).toBe(all);
  });

  test('a single layer is never "solo"', () => {
    expect(soloLayerId(data.layers.slice(0, 1), normaliseSettings({}))).toBeNull();
  });
});

describe('groupLayers', () => {
  const pack: LayerRecord = {
    ...data.layers[0],
    id: 'pack:e2e:main',
    kind: 'pack',
    name: 'A pack',
    order: 100,
    pack: 'e2e',
  };
  test.each([
    [
      'the bundled layers',
      data.layers,
      {
        stance: ['critique', 'tribute', 'answers'],
        theme: data.layers.filter((l) => l.kind === 'theme').map((l) => l.id),
        other: ['sources', 'mine'],
      },
    ],
    [
      'with an imported pack',
      [pack, ...data.layers],
      {
        stance: ['critique', 'tribute', 'answers'],
        theme: data.layers.filter((l) => l.kind === 'theme').map((l) => l.id),
        other: ['sources', 'mine'],
        pack: [pack.id],
      },
    ],
    [
      'themes only',
      data.layers.filter((l) => l.kind === 'theme').reverse(),
      { theme: data.layers.filter((l) => l.kind === 'theme').map((l) => l.id) },
    ],
  ])('%s: grouped in display order', (_name, layers, expected) => {
    const groups = groupLayers(layers);
    expect(Object.fromEntries(groups.map((g) => [g.id, g.layers.map((l) => l.id)]))).toEqual(
      expected,
    );
    expect(groups.map((g) => g.id)).toEqual(Object.keys(expected));
  });
});

test.each([
  ['https://www.marxists.org/archive/trotsky/1930/hrr/ch26.htm', 'www.marxists.org'],
  ['http://quotes.example:8080/blog.html', 'quotes.example'],
  ['chrome://extensions/', null],
  ['about:blank', null],
  ['file:///home/reader/page.html', null],
  ['not a url', null],
  [null, null],
  [undefined, null],
])('readableHost(%p) → %p', (url, host) => {
  expect(readableHost(url)).toBe(host);
});
