// Detection on real prose: reference passages (read at run time) inside
// unrelated text, with the acceptance settings, offsets and repeats checked.

import { buildIndex, detect, fingerprint, type IndexEntry } from '../../../src/engine';
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
const filler = unrelatedSentences(3).slice(0, 6).join(' ');
const words = (t: string) => t.split(/\s+/);

describe('a passage inside unrelated text', () => {
  test.each(passages.slice(0, 12).map((p) => [p.id, p]))(
    '%s: found with exact offsets',
    (_id, p) => {
      const page = `${filler} ${p.text} ${filler}`;
      const [m] = detect(index, page).filter((x) => x.passage === p.id);
      expect(m).toBeDefined();
      expect(page.slice(m.start, m.end)).toBe(p.text.replace(/[.”"’]+$/, ''));
      expect(m.coverage).toBe(1);
      expect(m.score).toBe(1);
      expect(m.chapter).toBe(p.chapter === 'unknown' ? 'unknown' : p.chapter);
    },
  );
});

describe('acceptance settings', () => {
  const p = passages.find((x) => x.words >= 40)!;
  const run = (n: number) =>
    words(p.text)
      .slice(5, 5 + n)
      .join(' ');

  test.each([
    [12, 12, true],
    [11, 12, false],
    [15, 16, false],
    [16, 16, true],
  ])('a %i-word partial quote with minWords=%i: found=%s', (n, minWords, found) => {
    const hits = detect(index, `${filler} ${run(n)} ${filler}`, { minWords, minIdentity: 0.7 });
    expect(hits.some((m) => m.passage === p.id)).toBe(found);
  });

  test('identity threshold: a quote with every eighth word changed (87.5 %) passes at 0.85, fails at 0.9', () => {
    const edited = words(p.text)
      .map((w, i) => (i % 8 === 7 ? 'xyzzy' : w))
      .join(' ');
    const at = (minIdentity: number) =>
      detect(index, edited, { minWords: 12, minIdentity }).some((m) => m.passage === p.id);
    expect([at(0.85), at(0.9)]).toEqual([true, false]);
  });
});

describe('repeats and omissions', () => {
  const p = passages.find((x) => x.words >= 40)!;

  test('a passage quoted twice is reported twice', () => {
    const hits = detect(index, `${p.text} ${filler} ${p.text}`).filter((m) => m.passage === p.id);
    expect(hits).toHaveLength(2);
  });

  test('an omission "[...]" keeps one match spanning both pieces', () => {
    const w = words(p.text);
    const quote = [...w.slice(0, 14), '[...]', ...w.slice(24)].join(' ');
    const hits = detect(index, `${filler} ${quote} ${filler}`).filter((m) => m.passage === p.id);
    expect(hits).toHaveLength(1);
    expect(hits[0].coverage).toBeLessThan(1);
    expect(hits[0].score).toBe(1);
  });
});

describe('short entries', () => {
  test('an entry shorter than minWords matches when whole', () => {
    const short = buildIndex([
      {
        id: 'short',
        kind: 'passage',
        chapter: 'ch01',
        hashes: fingerprint('the sharp turn in the history of the nation'),
      },
    ]);
    expect(
      detect(short, 'Here is the sharp turn in the history of the nation, said one.').map(
        (m) => m.passage,
      ),
    ).toEqual(['short']);
    expect(detect(short, 'Here is the sharp turn in the history of a people.')).toEqual([]);
  });
});
