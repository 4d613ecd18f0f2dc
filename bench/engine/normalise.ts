// The baselines' own normaliser (deliberately independent of the engine's
// tokeniser): lower case, diacritics stripped (NFKD), soft hyphens, zero-width
// characters and apostrophes dropped inside words, every other non-letter/digit
// a separator. Words are joined by single spaces. It does NOT fold spellings,
// look-alike letters or ligatures, nor join hyphenated line ends, footnotes or
// dotted words: that is what a plain "normalise then search" baseline does.

const SEP = 0;
const IGNORE = 1;

const FOLD = buildFold();

function buildFold(): Uint16Array {
  const fold = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c < 0xe000) continue;
    const f = String.fromCharCode(c).toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '');
    fold[c] = f.length === 1 && /[\p{L}\p{N}]/u.test(f) ? Math.max(f.charCodeAt(0), 2) : SEP;
  }
  for (const c of [0xad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0x27, 0x2019, 0x2018])
    fold[c] = IGNORE;
  return fold;
}

export interface Normalised {
  /** Words joined by single spaces. */
  text: string;
  count: number;
  /** Per word: start in `text`, and [start, end) in the original. */
  normStart: Uint32Array;
  origStart: Uint32Array;
  origEnd: Uint32Array;
}

const decoder = new TextDecoder('utf-16le');

export function normalise(src: string): Normalised {
  const out = new Uint16Array(src.length + 1);
  let cap = (src.length >> 3) + 16;
  let normStart = new Uint32Array(cap),
    origStart = new Uint32Array(cap),
    origEnd = new Uint32Array(cap);
  let len = 0,
    count = 0,
    inWord = false;
  for (let i = 0; i < src.length; i++) {
    const f = FOLD[src.charCodeAt(i)];
    if (f === IGNORE) continue;
    if (f === SEP) {
      inWord = false;
      continue;
    }
    if (!inWord) {
      if (count === cap) {
        cap *= 2;
        [normStart, origStart, origEnd] = [normStart, origStart, origEnd].map((a) => {
          const b = new Uint32Array(cap);
          b.set(a);
          return b;
        });
      }
      if (count > 0) out[len++] = 32;
      normStart[count] = len;
      origStart[count++] = i;
      inWord = true;
    }
    out[len++] = f;
    origEnd[count - 1] = i + 1;
  }
  return { text: decoder.decode(out.subarray(0, len)), count, normStart, origStart, origEnd };
}

/** Word index containing normalised offset `pos` (the last word starting at or before it). */
function wordAtNorm(n: Normalised, pos: number): number {
  let lo = 0,
    hi = n.count - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (n.normStart[mid] <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** A [start, end) range of the normalised text as original offsets. */
export function toOriginal(n: Normalised, start: number, end: number): [number, number] {
  return [n.origStart[wordAtNorm(n, start)], n.origEnd[wordAtNorm(n, Math.max(start, end - 1))]];
}
