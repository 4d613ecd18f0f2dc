// ChunkedText answers as the joined string would, for cuts anywhere: inside a
// piece, on piece boundaries, across many pieces, at the ends.

import { ChunkedText } from '../../src/dom/chunked-text';
import { unrelatedSentences } from '../fixtures/unrelated';

const prose = unrelatedSentences(3).join('\n');
/** The prose cut into pieces of the given lengths (cycled), as a collector would leave it. */
function cut(text: string, lengths: number[]): string[] {
  const pieces: string[] = [];
  for (let at = 0, i = 0; at < text.length; i++) {
    const n = lengths[i % lengths.length];
    pieces.push(text.slice(at, at + n));
    at += n;
  }
  return pieces;
}

describe.each([
  ['one piece', [prose.length]],
  ['even pieces', [100]],
  ['uneven pieces', [1, 37, 250, 3, 999]],
  ['no pieces', []],
] as [string, number[]][])('%s', (_name, lengths) => {
  const text = lengths.length ? prose : '';
  const chunked = new ChunkedText(lengths.length ? cut(prose, lengths) : []);
  const points = [0, 1, 99, 100, 101, 287, 1000, text.length - 1, text.length].filter(
    (p) => p >= 0 && p <= text.length,
  );

  test('length and the whole text', () => {
    expect(chunked.length).toBe(text.length);
    expect(chunked.text).toBe(text);
  });

  test('slice equals String.prototype.slice', () => {
    for (const a of points)
      for (const b of points) if (a <= b) expect(chunked.slice(a, b)).toBe(text.slice(a, b));
  });

  test('indexOfChar equals String.prototype.indexOf', () => {
    for (const from of points)
      for (const c of ['\n', '.', 'q', '\u0000'])
        expect(chunked.indexOfChar(c, from)).toBe(text.indexOf(c, from));
  });
});

test('slices of a long text do not join it whole', () => {
  const chunked = new ChunkedText(cut(prose, [64]));
  expect(chunked.slice(10, 300)).toBe(prose.slice(10, 300));
  expect((chunked as unknown as { whole: string | null }).whole).toBeNull();
});
