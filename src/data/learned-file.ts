// A learned-chapters file (the options page's import), checked whole before
// anything is stored: its shape; at most one record per chapter of the History;
// words and paragraphs within what a learned chapter can have; the base64
// strings' lengths before they are decoded; and the textHash recomputed from
// the hashes, never taken from the file.

import { TOKENISER_VERSION } from '../engine';
import { base64ToU32 } from '../shared/base64';
import type { LearnedChapter, LearnedPack } from '../shared/learned';
import { MAX_TIME } from '../shared/limits';
import { isTime } from '../shared/time';
import { hashOfHashes, MAX_LEARN_WORDS, MIN_LEARN_WORDS, MIN_PARAGRAPH_WORDS } from './learning';

/** Problems listed in a refusal. */
const MAX_LISTED = 5;

/** Length of the (padded) base64 text of `bytes` bytes. */
export const base64Length = (bytes: number) => 4 * Math.ceil(bytes / 3);

/** Most paragraphs `words` words have: each opens a line of at least MIN_PARAGRAPH_WORDS words (one when none does). */
export const maxParagraphs = (words: number) =>
  Math.max(1, Math.floor(words / MIN_PARAGRAPH_WORDS));

const wholeIn = (v: unknown, min: number, max: number): v is number =>
  Number.isSafeInteger(v) && (v as number) >= min && (v as number) <= max;

/** Decoded, or null when not base64. */
function u32s(text: string): Uint32Array | null {
  try {
    return base64ToU32(text);
  } catch {
    return null;
  }
}

/** One chapter record as it will be stored, or why it cannot be. */
export function checkLearnedChapter(
  c: unknown,
  known: ReadonlySet<string>,
): LearnedChapter | string {
  if (typeof c !== 'object' || c === null || Array.isArray(c)) return 'not an object';
  const r = c as Record<string, unknown>;
  if (typeof r.chapter !== 'string' || !known.has(r.chapter))
    return `unknown chapter ${String(r.chapter).slice(0, 40)}`;
  if (r.tokeniser !== TOKENISER_VERSION)
    return `made by tokeniser ${String(r.tokeniser).slice(0, 20)}, this version uses ${TOKENISER_VERSION}`;
  const { words, paragraphs, hashes, paragraphStarts: starts, learnedAt } = r;
  if (!wholeIn(words, MIN_LEARN_WORDS, MAX_LEARN_WORDS))
    return `words must be a whole number from ${MIN_LEARN_WORDS} to ${MAX_LEARN_WORDS}`;
  const most = maxParagraphs(words);
  if (!wholeIn(paragraphs, 1, most))
    return `paragraphs must be a whole number from 1 to ${most} (a paragraph has at least ${MIN_PARAGRAPH_WORDS} words)`;
  if (!isTime(learnedAt))
    return `learnedAt must be a date: whole milliseconds from 0 to ${MAX_TIME}`;
  if (typeof hashes !== 'string' || typeof starts !== 'string') return 'hashes missing';
  // Lengths first: a string of the wrong length is never decoded.
  if (hashes.length !== base64Length(words * 4) || starts.length !== base64Length(paragraphs * 4))
    return 'word or paragraph counts do not match the hashes';
  const wordHashes = u32s(hashes);
  const startList = u32s(starts);
  if (!wordHashes || !startList) return 'hashes are not base64';
  if (wordHashes.length !== words || startList.length !== paragraphs)
    return 'word or paragraph counts do not match the hashes';
  if (
    startList[0] !== 0 ||
    startList.some((s, i) => s >= words || (i > 0 && s <= startList[i - 1]))
  )
    return 'paragraph starts are not in order within the words';
  return {
    chapter: r.chapter,
    textHash: hashOfHashes(wordHashes),
    words,
    paragraphs,
    hashes,
    paragraphStarts: starts,
    tokeniser: TOKENISER_VERSION,
    learnedAt,
  };
}

/** Every chapter of a learned-chapters file as it will be stored; throws `refused: <where>: <what>` (the file, or chapters.N). */
export function checkLearnedPack(pack: unknown, known: ReadonlySet<string>): LearnedChapter[] {
  const p = pack as Partial<LearnedPack> | null;
  if (
    typeof p !== 'object' ||
    p === null ||
    p.format !== 'counterpoint-learned' ||
    p.version !== 1 ||
    !Array.isArray(p.chapters) ||
    Object.hasOwn(p, '__proto__') ||
    Object.hasOwn(p, 'constructor')
  ) {
    throw new Error(
      'refused: the file: not a Counterpoint learned-chapters file (format counterpoint-learned, version 1)',
    );
  }
  if (p.chapters.length > known.size)
    throw new Error(
      `refused: the file: it holds ${p.chapters.length} chapters; the History has ${known.size}`,
    );
  const problems: string[] = [];
  const records: LearnedChapter[] = [];
  const firstAt = new Map<string, number>();
  p.chapters.forEach((c: unknown, i) => {
    const checked = checkLearnedChapter(c, known);
    if (typeof checked === 'string') return void problems.push(`chapters.${i}: ${checked}`);
    const earlier = firstAt.get(checked.chapter);
    if (earlier !== undefined)
      return void problems.push(
        `chapters.${i}: ${checked.chapter} appears twice (also chapters.${earlier})`,
      );
    firstAt.set(checked.chapter, i);
    records.push(checked);
  });
  if (problems.length > 0)
    throw new Error(
      `refused: ${problems.slice(0, MAX_LISTED).join('; ')}${problems.length > MAX_LISTED ? ' (and more)' : ''}`,
    );
  return records;
}
