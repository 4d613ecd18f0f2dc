// Chapters learned from the pages a reader opened: fingerprints only — the
// engine's normalised word hashes and paragraph boundaries, never text.

/** One learned chapter, as stored and as exported (typed arrays as base64). */
export interface LearnedChapter {
  chapter: string;
  /** Hash of the fingerprint itself (not of any text): tells two copies apart. */
  textHash: string;
  words: number;
  paragraphs: number;
  /** Word hashes, base64 little-endian Uint32. */
  hashes: string;
  /** Index of each paragraph's first word, base64 little-endian Uint32. */
  paragraphStarts: string;
  /** The tokeniser that made the hashes: another version's hashes do not match. */
  tokeniser: number;
  learnedAt: number;
}

/** What the options page lists. */
export type LearnedSummary = Pick<LearnedChapter, 'chapter' | 'words' | 'paragraphs' | 'learnedAt'>;

/** The file a reader exports and imports on another browser, and `npm run data:learn` writes. */
export interface LearnedPack {
  format: 'counterpoint-learned';
  version: 1;
  chapters: LearnedChapter[];
}

export interface LearnReport {
  learned: boolean;
  /** Why not, or what happened ("replaced a shorter copy"). */
  reason: string;
}

/** What became of one chapter a whole-book PDF's heading names. */
export interface BookChapterReport extends LearnReport {
  chapter: string;
}

/** A learning outcome as logged (storage.session `learning:recent`): the page and what became of it. */
export interface LearningOutcome extends LearnReport {
  url: string;
  /** A whole-book PDF: each chapter its headings name. */
  chapters?: BookChapterReport[];
}
