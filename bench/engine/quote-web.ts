// Real-web damage that perf.md's study lacked: line-end hyphenation from
// hard-wrapped text, inline footnote markers, PDF ligatures, Cyrillic/Greek
// look-alike letters (OCR, spam filters' evasion) and in-word dots ("ma.s.ses").

import { editWords, someOf } from './quote-text';
import type { Rng } from './rng';

/** Hard-wrap at ~60–75 columns, hyphenating long words across the break ("revolu-\ntion"). */
export function hyphenated(s: string, rng: Rng): string {
  const width = rng.int(60, 75);
  const chunks = s.split(' ');
  let out = '';
  let col = 0;
  let breaks = 0;
  chunks.forEach((chunk, n) => {
    const room = width - col - 1;
    const cut = splitPoint(chunk, room);
    if (n > 0 && col + 1 + chunk.length > width && cut > 0) {
      out += ` ${chunk.slice(0, cut)}-\n`;
      [col, breaks] = [chunk.length - cut, breaks + 1];
      out += chunk.slice(cut);
    } else if (n > 0 && col + 1 + chunk.length > width) {
      out += `\n${chunk}`;
      col = chunk.length;
    } else {
      out += n > 0 ? ` ${chunk}` : chunk;
      col += (n > 0 ? 1 : 0) + chunk.length;
    }
  });
  return breaks > 0 ? out : forceOneBreak(out, rng);
}

/** Where a chunk may take a line-end hyphen within `room` columns: ≥ 3 letters each side, -1 if nowhere. */
function splitPoint(chunk: string, room: number): number {
  const letters = /^\p{L}\p{Ll}+/u.exec(chunk)?.[0] ?? '';
  if (letters.length < 6) return -1;
  const cut = Math.min(room - 1, letters.length - 3);
  return cut >= 3 ? cut : -1;
}

function forceOneBreak(s: string, rng: Rng): string {
  return editWords(
    s,
    (ws) => someOf(ws, 1, (m) => m[0].length >= 6 && /^\p{L}\p{Ll}+$/u.test(m[0]), rng.next),
    (w) => {
      const at = rng.int(3, w.length - 3);
      return `${w.slice(0, at)}-\n${w.slice(at)}`;
    },
  );
}

/** 1–3 markers "[n]" glued after a word or its punctuation, sometimes after a space. */
export function footnotes(s: string, rng: Rng): string {
  const ends = [...s.matchAll(/[\p{L}\p{N}][.,;:!?”’)]?(?=\s|$)/gu)].map(
    (m) => m.index! + m[0].length,
  );
  const chosen = new Set(someOf(ends, rng.int(1, 3), () => true, rng.next));
  let out = '';
  let at = 0;
  for (const end of [...chosen].sort((a, b) => a - b)) {
    out += s.slice(at, end) + (rng.chance(0.2) ? ' ' : '') + `[${rng.int(1, 140)}]`;
    at = end;
  }
  return out + s.slice(at);
}

const LIGATURES: [RegExp, string][] = [
  [/ffi/g, 'ﬃ'],
  [/ffl/g, 'ﬄ'],
  [/ff/g, 'ﬀ'],
  [/fi/g, 'ﬁ'],
  [/fl/g, 'ﬂ'],
];

/** Every ff/fi/fl/ffi/ffl as its ligature, as text copied from a PDF; null if the passage has none. */
export function ligatures(s: string): string | null {
  const out = LIGATURES.reduce((t, [re, lig]) => t.replace(re, lig), s);
  return out === s ? null : out;
}

const LOOKALIKE: Record<string, string[]> = {
  a: ['а'],
  c: ['с'],
  e: ['е'],
  i: ['і'],
  j: ['ј'],
  o: ['о', 'ο'],
  p: ['р'],
  s: ['ѕ'],
  x: ['х'],
  y: ['у'],
  A: ['А', 'Α'],
  B: ['В'],
  C: ['С'],
  E: ['Е'],
  H: ['Н'],
  K: ['К'],
  M: ['М'],
  O: ['О'],
  P: ['Р'],
  T: ['Т'],
  X: ['Х'],
};

/** 1–2 Cyrillic/Greek look-alikes in a third of the words. */
export function cyrillic(s: string, rng: Rng): string {
  return editWords(
    s,
    (ws) =>
      someOf(ws, Math.ceil(ws.length / 3), (m) => /[aceijopsxyABCEHKMOPTX]/.test(m[0]), rng.next),
    (w) => {
      const chars = [...w];
      const spots = chars.map((ch, i) => (LOOKALIKE[ch] ? i : -1)).filter((i) => i >= 0);
      for (const i of someOf(spots, rng.int(1, 2), () => true, rng.next))
        chars[i] = rng.pick(LOOKALIKE[chars[i]]);
      return chars.join('');
    },
  );
}

/** Dots between letters of 1–3 words of ≥ 5 letters: "ma.s.ses", "esta.blish". */
export function obfuscated(s: string, rng: Rng): string {
  return editWords(
    s,
    (ws) => someOf(ws, rng.int(1, 3), (m) => /^\p{L}\p{Ll}{4,}$/u.test(m[0]), rng.next),
    (w) => {
      const first = rng.int(1, w.length - 2);
      const second = rng.chance(0.5) && first + 2 < w.length - 1 ? first + 2 : -1;
      return [...w].map((ch, i) => (i === first || i === second ? `.${ch}` : ch)).join('');
    },
  );
}
