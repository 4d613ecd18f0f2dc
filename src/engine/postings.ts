// How a posting packs its entry and word position (a module of its own so
// that passage-index.ts and runs.ts can share it without an import cycle).

/** Postings pack the entry and the word's position in it, so a hit needs no further lookups. */
export const POSITION_BITS = 12;
export const POSITION_MASK = (1 << POSITION_BITS) - 1;
