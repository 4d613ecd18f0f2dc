// Detection keeps its working memory in explicit scratch objects (src/engine/scratch.ts),
// so scans that take turns, on two indexes or with two scratches on one index,
// get exactly what each gets run alone. With module-level buffers and
// out-parameters they would read each other's hits and cursors.

import { buildIndex, detect, fingerprint, type IndexEntry } from '../../../src/engine';
import type { PassageIndex } from '../../../src/engine/passage-index';
import { beginPage, endPage, newScratch, type Scratch } from '../../../src/engine/scratch';
import { seedFrom, seedHits, startPage } from '../../../src/engine/seed';
import { tokenize } from '../../../src/engine/tokenize';
import { readOpenings, readPassages } from '../../../scripts/lib/reference';
import { unrelatedSentences } from '../../fixtures/unrelated';

const passages = readPassages();
const openings = readOpenings();
const entry = (id: string, chapter: string | null, text: string): IndexEntry => ({
  id,
  kind: 'passage',
  chapter,
  hashes: fingerprint(text),
});
const indexA = buildIndex(
  passages.filter((_, n) => n % 2 === 0).map((p) => entry(p.id, p.chapter, p.text)),
);
const indexB = buildIndex([
  ...passages.filter((_, n) => n % 2 === 1).map((p) => entry(p.id, p.chapter, p.text)),
  ...openings.map((o) => entry(o.chapter, o.chapter, o.text)),
]);

const filler = unrelatedSentences(11);
// Pages of different sizes (the buffers grow between turns), each quoting entries of both indexes.
const pages = [3, 40, 1, 12].map((n, p) =>
  passages
    .slice(p * 10, p * 10 + n)
    .map((x, i) => `${filler.slice(i * 4, i * 4 + 4).join(' ')} “${x.text}”`)
    .join('\n\n'),
);
const pageWords = (text: string) => {
  const t = tokenize(text);
  return new Int32Array(t.hashes.buffer, t.hashes.byteOffset, t.count).slice();
};

/** One scan's seeding, a block of 8 candidates at a time: yields after each block, before reading its hits. */
function* seedInBlocks(
  index: PassageIndex,
  s: Scratch,
  page: Int32Array,
  out: number[],
): Generator<void> {
  beginPage(s, page, page.length);
  startPage(index, s);
  for (let from = 0; from + index.k <= page.length; from = s.filterEnd) {
    const n = seedFrom(index, s, from, 8, page.length);
    yield;
    out.push(...s.hits.subarray(0, n));
  }
  endPage(s);
}

test('seeding scans that take turns block by block get what each gets alone', () => {
  const [x, y] = [pageWords(pages[1]), pageWords(pages[3])];
  const scans: [PassageIndex, Scratch, Int32Array][] = [
    [indexA, indexA.scratch, x],
    [indexB, indexB.scratch, y],
    [indexA, newScratch(), y],
  ];
  const alone = scans.map(([index, , page]) =>
    Array.from(seedHits(index, page, page.length, newScratch())),
  );
  const got = scans.map((): number[] => []);
  const running = scans.map(([index, s, page], n) => seedInBlocks(index, s, page, got[n]));
  for (let busy = true; busy;) busy = running.map((g) => !g.next().done).some(Boolean); // one block of each in turn
  expect(got).toEqual(alone);
  expect(alone.every((hits) => hits.length > 0)).toBe(true);
});

test('detection on two indexes, and with two scratches on one index, taking turns, gives the results of separate runs', () => {
  const separate = (index: PassageIndex) =>
    pages.map((page) => detect(index, page, undefined, newScratch()));
  const [aloneA, aloneB] = [separate(indexA), separate(indexB)];
  const other = newScratch();
  pages.forEach((page, p) => {
    expect(detect(indexA, page)).toEqual(aloneA[p]);
    expect(detect(indexB, page)).toEqual(aloneB[p]);
    expect(detect(indexA, pages[pages.length - 1 - p], undefined, other)).toEqual(
      aloneA[pages.length - 1 - p],
    );
  });
  expect(aloneA.every((m) => m.length > 0) && aloneB.some((m) => m.length > 0)).toBe(true);
});
