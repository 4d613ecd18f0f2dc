// The index's hot loop (seedHits) writes its arithmetic out inline; these tests
// hold it to the plain reference functions, on real passages and pages.

import { buildIndex, fingerprint, tokenize, type IndexEntry } from '../../../src/engine';
import { rollShingle, shingleDropFactor, shingleHash } from '../../../src/engine/hash';
import { lookupShingle, POSITION_BITS } from '../../../src/engine/passage-index';
import { seedHits } from '../../../src/engine/seed';
import { readPassages } from '../../../scripts/lib/reference';
import { unrelatedSentences } from '../../fixtures/unrelated';

const passages = readPassages();
const entries: IndexEntry[] = passages.map((p) => ({
  id: p.id,
  kind: 'passage',
  chapter: p.chapter,
  hashes: fingerprint(p.text),
}));
const index = buildIndex(entries);
const int32 = (a: Uint32Array) => new Int32Array(a.buffer, a.byteOffset, a.length);

function referenceHits(hashes: Int32Array): number[] {
  const out: number[] = [];
  for (let i = 0; i + index.k <= hashes.length; i++) {
    const slot = lookupShingle(index, shingleHash(hashes, i, index.k));
    if (slot >= 0) out.push(i, slot);
  }
  return out;
}

test.each([
  ['all passages in a row', passages.map((p) => p.text).join(' ')],
  [
    'unrelated prose with two passages inside',
    [
      ...unrelatedSentences(4).slice(0, 40),
      passages[3].text,
      ...unrelatedSentences(5).slice(0, 40),
      passages[40].text,
    ].join(' '),
  ],
  ['unrelated prose only', unrelatedSentences(6).slice(0, 200).join(' ')],
])('seedHits equals the plain lookup: %s', (_name, text) => {
  const t = tokenize(text);
  const hashes = int32(t.hashes.slice(0, t.count));
  expect(Array.from(seedHits(index, hashes, t.count))).toEqual(referenceHits(hashes));
});

test('every shingle of every entry passes the filter and finds its postings (no false negatives)', () => {
  for (const [e, entry] of entries.entries()) {
    const words = int32(entry.hashes);
    for (let q = 0; q + index.k <= words.length; q++) {
      const slot = lookupShingle(index, shingleHash(words, q, index.k));
      const postings = Array.from(
        index.postings.subarray(index.postingStart[slot], index.postingStart[slot + 1]),
      );
      expect(postings).toContain(((e << POSITION_BITS) | q) >>> 0);
    }
  }
});

test('the rolling shingle hash equals the direct one at every position', () => {
  const words = int32(entries[0].hashes);
  const drop = shingleDropFactor(5);
  let rolled = shingleHash(words, 0, 5);
  for (let i = 1; i + 5 <= words.length; i++) {
    rolled = rollShingle(rolled, words[i - 1], words[i + 4], drop);
    expect(rolled).toBe(shingleHash(words, i, 5));
  }
});

test('an entry longer than a posting can address is refused', () => {
  expect(() =>
    buildIndex([{ id: 'huge', kind: 'opening', chapter: null, hashes: new Uint32Array(5000) }]),
  ).toThrow(/longer than 4096 words/);
});
