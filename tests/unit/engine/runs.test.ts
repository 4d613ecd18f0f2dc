// The skip-ahead along verbatim runs (src/engine/runs.ts) must give exactly
// what probing every page position gives: the same clusters, so the same
// matches and offsets. Pages are built at run time from the reference
// passages and openings, learned as a chapter the way the background learns
// one (paragraph fingerprints, chunks of <= 2,500 words), beside curated
// entries that overlap part of that text.

import {
  buildIndex,
  deserializeIndex,
  detectInTokens,
  fingerprint,
  serializeIndex,
  tokenize,
  type DetectOptions,
  type IndexEntry,
} from '../../../src/engine';
import { findClusters } from '../../../src/engine/cluster';
import { shingleHash } from '../../../src/engine/hash';
import { lookupShingle } from '../../../src/engine/passage-index';
import { chunksOf } from '../../../src/data/learned-chunks';
import { learnedRecord } from '../../../src/data/learning';
import { readOpenings, readPassages } from '../../../scripts/lib/reference';
import { unrelatedSentences } from '../../fixtures/unrelated';

const passages = readPassages();
const openings = readOpenings();
const clean = (t: string) => t.replace(/\s+/g, ' ').trim();
// One long "chapter": the openings, then the passages; and two paragraphs that repeat themselves (shingles shared
// inside one entry): a sentence three times, and a two-word phrase eight times (a period shorter than a shingle).
const repeated = clean(passages[5].text).split(/(?<=\.) /)[0];
const phrase = clean(passages[8].text).split(' ').slice(0, 2).join(' ');
const paragraphs = [
  ...openings.map((o) => clean(o.text)),
  ...passages.map((p) => clean(p.text)),
  [repeated, repeated, repeated].join(' '),
  `${clean(passages[9].text)} ${Array(8).fill(phrase).join(' ')} ${clean(passages[10].text)}`,
];
const record = learnedRecord('learned-test', paragraphs.join('\n'), 0);
if (typeof record === 'string') throw new Error(record);
const chunks = chunksOf(record);
const learnedEntries = chunks.map((c) => c.entry);
// Curated entries for every third passage: the realistic overlap of a learned chapter and the review's passages.
const curated: IndexEntry[] = passages
  .filter((_, n) => n % 3 === 0)
  .map((p) => ({ id: p.id, kind: 'passage', chapter: p.chapter, hashes: fingerprint(p.text) }));
// Thirty entries that open with the same eight words of the learned text make those shingles stop-shingles.
const boilerplate = paragraphs[3].split(' ').slice(0, 8).join(' ');
const stops: IndexEntry[] = passages.slice(40, 70).map((p) => ({
  id: `stop-${p.id}`,
  kind: 'passage',
  chapter: null,
  hashes: fingerprint(`${boilerplate} ${p.text}`),
}));
const indexes = {
  'learned only': buildIndex(learnedEntries),
  'curated + learned': buildIndex([...curated, ...learnedEntries]),
  'stop-shingles inside the learned text': buildIndex([...stops, ...learnedEntries]),
};

const filler = unrelatedSentences(7);
const words = (t: string) => t.split(' ');
const pages: [string, string][] = [
  ['the learned text verbatim', paragraphs.join('\n\n')],
  ['every fifth paragraph left out', paragraphs.filter((_, n) => n % 5 !== 2).join('\n\n')],
  ['the paragraphs in reverse order', [...paragraphs].reverse().join('\n\n')],
  [
    'one word in forty changed',
    words(paragraphs.join(' '))
      .map((w, n) => (n % 40 === 17 ? 'zebra' : w))
      .join(' '),
  ],
  [
    'footnote markers and [...] omissions',
    paragraphs
      .map((p, n) => {
        const w = words(p);
        return n % 2
          ? [...w.slice(0, 20), '[...]', ...w.slice(35)].join(' ')
          : w.map((x, i) => (i % 30 === 29 ? `${x}[${n}]` : x)).join(' ');
      })
      .join('\n\n'),
  ],
  [
    'quotations inside unrelated prose',
    paragraphs
      .filter((_, n) => n % 7 === 0)
      .map((p, n) => `${filler.slice(n * 3, n * 3 + 3).join(' ')} “${p}”`)
      .join('\n\n'),
  ],
  [
    'hard-wrapped with line-end hyphens',
    words(paragraphs.slice(10, 40).join(' '))
      .map((w, n) => (n % 9 === 8 && w.length > 6 ? `${w.slice(0, 3)}-\n${w.slice(3)}` : w))
      .join(' '),
  ],
];
const optionSets: [string, DetectOptions][] = [
  ['default settings', { minWords: 12, minIdentity: 0.7 }],
  ['loose settings', { minWords: 6, minIdentity: 0.5 }],
];

describe.each(Object.entries(indexes))('%s', (_name, index) => {
  test('the learned chapter spans several chunks', () => {
    expect(chunks.length).toBeGreaterThanOrEqual(3);
  });

  test.each(pages)('%s: the same clusters with and without skipping', (_page, text) => {
    const t = tokenize(text);
    const page = new Int32Array(t.hashes.buffer, t.hashes.byteOffset, t.count);
    const probing = findClusters(index, page, t.count, false);
    const probedAll = index.scratch.probed;
    const skipping = findClusters(index, page, t.count, true);
    expect(skipping).toEqual(probing);
    expect(index.scratch.probed).toBeLessThanOrEqual(probedAll);
  });

  test.each(
    pages.flatMap(([p, text]) => optionSets.map(([o, options]) => [p, o, text, options] as const)),
  )('%s, %s: the same matches with and without skipping', (_p, _o, text, options) => {
    const t = tokenize(text);
    const expected = detectInTokens(index, t, options, false);
    expect(detectInTokens(index, t, options, true)).toEqual(expected);
    expect(expected.length).toBeGreaterThan(0);
  });
});

test('on the verbatim learned text the skip-ahead probes a small share of the positions', () => {
  const index = indexes['learned only'];
  const t = tokenize(paragraphs.join('\n\n'));
  const page = new Int32Array(t.hashes.buffer, t.hashes.byteOffset, t.count);
  findClusters(index, page, t.count, true);
  expect(index.scratch.probed).toBeLessThan(t.count / 10);
});

test('sole marks exactly the entry shingles whose slot holds one posting', () => {
  const index = indexes['curated + learned'];
  for (let e = 0; e < index.ids.length; e++) {
    for (let g = index.entryStart[e]; g < index.entryStart[e + 1]; g++) {
      const inside = g + index.k <= index.entryStart[e + 1];
      const slot = inside ? lookupShingle(index, shingleHash(index.words, g, index.k)) : -1;
      const single = slot >= 0 && index.postingStart[slot + 1] - index.postingStart[slot] === 1;
      if (index.sole[g] !== (single ? 1 : 0))
        throw new Error(
          `entry ${e}, word ${g - index.entryStart[e]}: sole ${index.sole[g]}, postings ${slot >= 0 ? index.postingStart[slot + 1] - index.postingStart[slot] : 0}`,
        );
    }
  }
});

test('a transferred index rebuilds the same sole marks', () => {
  const index = indexes['curated + learned'];
  expect(deserializeIndex(JSON.parse(JSON.stringify(serializeIndex(index)))).sole).toEqual(
    index.sole,
  );
});
