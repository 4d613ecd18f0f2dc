// Word-level views of a passage for the quote generators: which tokens are
// words, slicing by word range, and rebuilding the text with per-word edits.

import type { Passage } from './passages';

/** Token indices of the passage's words, in order. */
export function wordTokens(p: Passage): number[] {
  const out: number[] = [];
  p.isWord.forEach((w, t) => w && out.push(t));
  return out;
}

/** Text from the start of word a to the end of word b (inclusive word indices). */
export function sliceWords(p: Passage, words: number[], a: number, b: number): string {
  return p.text.slice(p.tokStart[words[a]], p.tokEnd[words[b]]);
}

export type WordEdit = { kind: 'sub' | 'ins'; word: string } | { kind: 'del' };

/** The passage text with edits applied at token indices; separators are kept as typeset. */
export function rebuild(p: Passage, edits: Map<number, WordEdit>): string {
  let out = '';
  for (let t = 0; t < p.tokStart.length; t++) {
    const gap = t === 0 ? '' : p.text.slice(p.tokEnd[t - 1], p.tokStart[t]);
    const token = p.text.slice(p.tokStart[t], p.tokEnd[t]);
    const edit = edits.get(t);
    if (!edit) out += gap + token;
    else if (edit.kind === 'sub') out += gap + edit.word;
    else if (edit.kind === 'ins') out += `${gap}${edit.word} ${token}`;
    // A deleted word takes its leading separator with it.
  }
  return out.trim();
}

/** Apply fn to up to `count` distinct random items of list that pass `ok`. */
export function someOf<T>(
  list: T[],
  count: number,
  ok: (x: T) => boolean,
  next: () => number,
): T[] {
  const pool = list.filter(ok);
  const chosen: T[] = [];
  while (chosen.length < count && pool.length > 0)
    chosen.push(pool.splice(Math.floor(next() * pool.length), 1)[0]);
  return chosen;
}

/** Replace matches of a global regex inside randomly chosen words (letter runs) of s. */
export function editWords(
  s: string,
  pick: (words: RegExpMatchArray[]) => RegExpMatchArray[],
  fn: (w: string) => string,
): string {
  const words = [...s.matchAll(/\p{L}+/gu)];
  const chosen = new Set(pick(words).map((m) => m.index!));
  let out = '';
  let at = 0;
  for (const m of words) {
    if (!chosen.has(m.index!)) continue;
    out += s.slice(at, m.index) + fn(m[0]);
    at = m.index! + m[0].length;
  }
  return out + s.slice(at);
}
