// Detection in segments gives what one detect() call gives, on a long page of
// real prose with reference passages planted across and beside segment ends.

import { buildIndex, detect, fingerprint, type IndexEntry } from '../../../src/engine';
import {
  detectInSegments,
  segmentEnds,
  SEGMENT_CHARS,
  SLACK_CHARS,
} from '../../../src/content/segments';
import { MAX_DETECT_CHARS } from '../../../src/shared/limits';
import { ChunkedText } from '../../../src/dom/chunked-text';
import { readPassages } from '../../../scripts/lib/reference';
import { unrelatedSentences } from '../../fixtures/unrelated';

const passages = readPassages().slice(0, 30);
const entries: IndexEntry[] = passages.map((p) => ({
  id: p.id,
  kind: 'passage',
  chapter: p.chapter,
  hashes: fingerprint(p.text),
}));
const index = buildIndex(entries);
const options = { minWords: 12, minIdentity: 0.7 };

/** About 1 MB of unrelated paragraphs with a passage every ~33 KB, some straddling a segment end. */
function longPage(): string {
  const filler = Array.from({ length: 40 }, (_, d) => unrelatedSentences(d + 10)).flat();
  const parts: string[] = [];
  let length = 0,
    next = 0,
    f = 0;
  while (length < 1_000_000) {
    const s = filler[f++ % filler.length] + '\n';
    parts.push(s);
    length += s.length;
    if (length > (next + 1) * 33_000) {
      // Passages go into the same line as the filler before them: no line break to end a segment inside them.
      parts[parts.length - 1] =
        parts[parts.length - 1].trimEnd() + ' ' + passages[next % passages.length].text + ' ';
      length += passages[next % passages.length].text.length + 2;
      next++;
    }
  }
  return parts.join('');
}

const page = longPage();
const local = async (window: string) => detect(index, window, options);
const strip = (ms: { passage: string | null; start: number; end: number }[]) =>
  ms.map(({ passage, start, end }) => ({ passage, start, end }));

test('segment ends fall on line breaks, at least SEGMENT_CHARS apart, the last at the end', () => {
  const ends = segmentEnds(page);
  expect(ends.length).toBeGreaterThan(2);
  expect(ends[ends.length - 1]).toBe(page.length);
  ends.slice(0, -1).forEach((e, i) => {
    expect(page[e - 1]).toBe('\n');
    expect(e - (i === 0 ? 0 : ends[i - 1])).toBeGreaterThanOrEqual(SEGMENT_CHARS);
  });
});

test('the same matches as one detect() over the whole page, one call per segment', async () => {
  let calls = 0;
  const got = await detectInSegments(page, async (w) => (calls++, local(w)));
  const whole = detect(index, page, options);
  expect(whole.length).toBeGreaterThanOrEqual(29);
  expect(strip(got)).toEqual(strip(whole));
  expect(calls).toBe(segmentEnds(page).length);
});

test('a text with no line break (a PDF’s inline text layers) is cut after spaces, each window one detectText takes', async () => {
  const flat = page.replace(/\n/g, ' ');
  const ends = segmentEnds(flat);
  expect(ends.length).toBeGreaterThan(2);
  ends.slice(0, -1).forEach((e, i) => {
    expect(flat[e - 1]).toBe(' ');
    const length = e - (i === 0 ? 0 : ends[i - 1]);
    expect(length).toBeGreaterThanOrEqual(SEGMENT_CHARS);
    expect(length).toBeLessThan(SEGMENT_CHARS + SLACK_CHARS);
  });
  const windows: number[] = [];
  const got = await detectInSegments(flat, async (w) => (windows.push(w.length), local(w)));
  expect(Math.max(...windows)).toBeLessThanOrEqual(MAX_DETECT_CHARS);
  expect(strip(got)).toEqual(strip(detect(index, flat, options)));
});

test('a text with neither line breaks nor spaces is cut at SEGMENT_CHARS', () => {
  const solid = 'я'.repeat(3 * SEGMENT_CHARS + SLACK_CHARS + 5);
  expect(segmentEnds(solid)).toEqual([1, 2, 3].map((n) => n * SEGMENT_CHARS).concat(solid.length));
});

test('a page text in pieces gives the same windows and matches as the joined string', async () => {
  const pieces = new ChunkedText(page.match(/[^]{1,70000}/g)!);
  expect(segmentEnds(pieces)).toEqual(segmentEnds(page));
  expect(strip(await detectInSegments(pieces, local))).toEqual(
    strip(await detectInSegments(page, local)),
  );
});

test('a passage split by a line break at a segment end is found once, whole', async () => {
  const p = [...passages].sort((a, b) => b.text.length - a.text.length)[0];
  const words = p.text.split(' ');
  const first = words.slice(0, words.length >> 1).join(' ') + ' ';
  const second = words.slice(words.length >> 1).join(' ');
  // The line break inside the passage lands exactly at SEGMENT_CHARS: the first segment ends right after it.
  const cut = SEGMENT_CHARS - first.length;
  // The filler before it ends in a space, so the passage's first word stands alone.
  const split = page.slice(0, cut - 1) + ' ' + first + '\n' + second + ' ' + page.slice(cut);
  expect(segmentEnds(split)[0]).toBe(SEGMENT_CHARS + 1);
  const got = (await detectInSegments(split, local)).filter(
    (m) => m.passage === p.id && Math.abs(m.start - cut) < 10,
  );
  expect(got).toHaveLength(1);
  expect(got[0].coverage).toBe(1);
});
