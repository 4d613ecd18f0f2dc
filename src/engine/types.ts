// Plain data in and out of the engine.

import type { EntryKindName } from '../shared/index-transfer';

export type EntryKind = EntryKindName;

/** One fingerprinted stretch of the History: a reference passage or a chapter's opening. */
export interface IndexEntry {
  /** Reference passage id (e.g. "III-04"), or the chapter id for an opening. */
  id: string;
  kind: EntryKind;
  chapter: string | null;
  /** Normalised word hashes, in reading order. */
  hashes: Uint32Array;
}

export interface DetectOptions {
  /** Fewest matched words for a match (unless the whole, shorter entry matched). */
  minWords: number;
  /** Least share of the page span's words that match the entry, 0..1. */
  minIdentity: number;
}

export const DEFAULT_DETECT_OPTIONS: Readonly<DetectOptions> = Object.freeze({
  minWords: 12,
  minIdentity: 0.7,
});

export interface Match {
  /** Index of the entry in the index. */
  entry: number;
  /** Reference passage id, or null for a chapter opening. */
  passage: string | null;
  chapter: string | null;
  /** [start, end) offsets into the searched text. */
  start: number;
  end: number;
  /** Share of the entry's words found, 0..1. */
  coverage: number;
  /** Word identity over the matched page span, 0..1. */
  score: number;
  matchedWords: number;
  /** The entry's word where the match begins (a learned chapter's paragraph is found from it). */
  firstWord: number;
}
