// Sizes the message contract admits: the schemas (./arg-schemas.ts) enforce
// them, and senders keep within them. No code here, so any bundle may import it.

export const MAX_IDS = 500;
export const MAX_ID_LENGTH = 64;
/** Longest text detectText takes in one call: a content script sends longer pages in segments. */
export const MAX_DETECT_CHARS = 400_000;
export const MAX_URL = 4096;
export const MAX_TEXT = 1000;
export const MAX_DETECTIONS = 5000;
export const MAX_QUOTE = 20_000;
export const MAX_NOTE = 20_000;
export const MAX_TAGS = 50;
export const MAX_IMPORT_CHARS = 20_000_000;
/** The largest time a Date holds (ECMA-262 §21.4.1.1): a later "created" could not be shown or exported. */
export const MAX_TIME = 8.64e15;
