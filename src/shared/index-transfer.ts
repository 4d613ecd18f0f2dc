// The passage index as JSON-safe data: typed arrays travel as base64 strings,
// because Chrome's extension messaging serialises to JSON.

/** A reference passage, a chapter's opening, or a stretch of a chapter the reader's browser learned (issue 9). */
export type EntryKindName = 'passage' | 'opening' | 'learned';

export interface IndexTransfer {
  k: number;
  ids: string[];
  kinds: EntryKindName[];
  chapters: (string | null)[];
  shift: number;
  words: string;
  entryStart: string;
  keys: string;
  flags: string;
  filter: string;
  postingStart: string;
  postings: string;
}
