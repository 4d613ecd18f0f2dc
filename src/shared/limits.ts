// Sizes the message contract admits: the schemas (./arg-schemas.ts) enforce
// them, and senders keep within them. No code here, so any bundle may import it.

export const MAX_IDS = 500;
export const MAX_ID_LENGTH = 64;
/** Longest text detectText takes in one call: a content script sends longer pages in segments. */
export const MAX_DETECT_CHARS = 400_000;
export const MAX_URL = 4096;
/**
 * A whole-book PDF's text offered for learning: the History's three volumes are about 3.6 M
 * characters, so this holds three times that; a paragraph is what the viewer's layout made one.
 */
export const MAX_BOOK_CHARS = 12_000_000;
export const MAX_BOOK_PARAGRAPHS = 200_000;
export const MAX_TEXT = 1000;
export const MAX_DETECTIONS = 5000;
export const MAX_QUOTE = 20_000;
export const MAX_NOTE = 20_000;
export const MAX_TAGS = 50;
/** A highlights file: 20 M characters in the message, 20 MB on disk (one byte holds at most one character). */
const HIGHLIGHTS_FILE_LIMIT = 20_000_000;
export const MAX_IMPORT_CHARS = HIGHLIGHTS_FILE_LIMIT;
/** The largest time a Date holds (ECMA-262 §21.4.1.1): a later "created" could not be shown or exported. */
export const MAX_TIME = 8.64e15;

// Files a reader picks on an extension page, refused on their size before a
// byte is read (a 2 GB file would otherwise be read whole into the page).
/** Highlights (library import): a file of N bytes decodes to at most N characters, so every file under it passes importText. */
export const MAX_HIGHLIGHTS_FILE_BYTES = HIGHLIGHTS_FILE_LIMIT;
/**
 * Critique packs (options page): the pack schema's most paragraphs (2,000) at its longest text
 * (5,000 characters) is 10 M characters, 30 MB in UTF-8 at 3 bytes a character (Greek, Cyrillic
 * and CJK take 2–3); the placements of a real pack add little beside that.
 */
export const MAX_PACK_FILE_BYTES = 32_000_000;
/**
 * Learned chapters (options page): the largest file importLearned accepts, one record for each of
 * the History's 58 parts at MAX_LEARN_WORDS (100,000 words: 533,336 base64 characters of hashes,
 * 44,444 of paragraph starts), is 33.5 MB; tests/unit/data/learned-file.test.ts checks it fits.
 */
export const MAX_LEARNED_FILE_BYTES = 34_000_000;
