// Quotes that keep only part of a passage or change a few words: partial
// (≥ 12 contiguous words), partial with omissions marked "...", "[...]", "…"
// or ". . .", and 2–3-word edits (substitution, insertion, deletion).

import type { Passage } from './passages';
import { rebuild, sliceWords, wordTokens, type WordEdit } from './quote-text';
import type { Rng } from './rng';

const MIN_KEPT = 12;
const MIN_PIECE = 5;
const OMISSION_MARKS = ['...', '[...]', '…', '. . .'];

/** A contiguous span of 12 to (words − 1) words. */
export function partial(p: Passage, rng: Rng): string | null {
  const words = wordTokens(p);
  if (words.length <= MIN_KEPT) return null;
  const len = rng.int(MIN_KEPT, words.length - 1);
  const a = rng.int(0, words.length - len);
  return sliceWords(p, words, a, a + len - 1);
}

/** Word ranges [a, b] kept around 1–2 omitted gaps of 2–15 words, or null if the draw fails the rules. */
function drawPieces(total: number, rng: Rng): [number, number][] | null {
  const gaps = total >= 3 * MIN_PIECE + 4 && rng.chance(0.4) ? 2 : 1;
  const start = rng.chance(0.5) ? 0 : rng.int(0, Math.max(0, total - MIN_KEPT - 2 * gaps - 5));
  const pieces: [number, number][] = [];
  let at = start;
  for (let g = 0; g <= gaps; g++) {
    const last = g === gaps;
    const len = last
      ? rng.int(MIN_PIECE, Math.max(MIN_PIECE, total - at))
      : rng.int(MIN_PIECE, MIN_PIECE + 12);
    pieces.push([at, at + len - 1]);
    at += len + (last ? 0 : rng.int(2, 15));
  }
  const kept = pieces.reduce((n, [a, b]) => n + b - a + 1, 0);
  return pieces[pieces.length - 1][1] < total && kept >= MIN_KEPT ? pieces : null;
}

/** Parts of ≥ 5 words, ≥ 12 kept, with 2–15-word gaps replaced by an omission mark. */
export function omission(p: Passage, rng: Rng): string | null {
  const words = wordTokens(p);
  for (let attempt = 0; attempt < 200; attempt++) {
    const pieces = drawPieces(words.length, rng);
    if (!pieces) continue;
    return pieces
      .map(([a, b]) => sliceWords(p, words, a, b))
      .reduce((out, piece) => {
        const mark = rng.pick(OMISSION_MARKS);
        // "word... next" and "word ... next" are both common.
        return out + (mark !== '[...]' && rng.chance(0.3) ? '' : ' ') + mark + ' ' + piece;
      });
  }
  return null;
}

/** The full passage with 2–3 word substitutions, insertions or deletions at distinct words. */
export function edited(p: Passage, rng: Rng, randomWord: () => string): string {
  const words = wordTokens(p);
  const edits = new Map<number, WordEdit>();
  const count = rng.int(2, 3);
  while (edits.size < count) {
    const t = rng.pick(words);
    if (edits.has(t)) continue;
    const kind = rng.pick(['sub', 'ins', 'del'] as const);
    const original = p.text.slice(p.tokStart[t], p.tokEnd[t]).toLowerCase();
    let word = randomWord();
    while (word.toLowerCase() === original) word = randomWord();
    edits.set(t, kind === 'del' ? { kind } : { kind, word });
  }
  return rebuild(p, edits);
}
