// Where a quotation of the History belongs, for a perspective's paragraph on
// it (the editor's "Add to a perspective", `npm run pack:build`): a bundled
// passage that holds the quote is linked, as the review's paragraphs are;
// any other quote travels as its own fingerprint (the engine's word hashes,
// never its words) with its chapter, which a chapter opening, a learned
// chapter or a passage it overlaps names, or else the author.

import { detect, fingerprint, TOKENISER_VERSION, type PassageIndex } from '../engine';
import { u32ToBase64 } from '../shared/base64';
import { MAX_QUOTE_WORDS, MIN_QUOTE_WORDS } from './schema';

/** A bundled passage holds a quote when its match covers this share of the quote's words. */
const HOLDS = 0.9;

export type QuotePlace =
  | { kind: 'passage'; passage: string; chapter: string | null }
  | { kind: 'own'; chapter: string; words: number; hashes: string; tokeniser: number }
  | { kind: 'refused'; reason: string };

export interface QuoteContext {
  index: PassageIndex;
  /** Whether a passage id is a bundled passage (not another pack's). */
  isBundled(id: string): boolean;
  /** The chapter the author names, if any: it wins over what recognition says. */
  chapter: string | null;
}

export function placeQuote(quote: string, { index, isBundled, chapter }: QuoteContext): QuotePlace {
  const hashes = fingerprint(quote);
  const words = hashes.length;
  if (words < MIN_QUOTE_WORDS)
    return {
      kind: 'refused',
      reason: `a quotation needs at least ${MIN_QUOTE_WORDS} words to be recognised (this one has ${words})`,
    };
  if (words > MAX_QUOTE_WORDS)
    return {
      kind: 'refused',
      reason: `a quotation of at most ${MAX_QUOTE_WORDS} words (this one has ${words}): quote a passage, not a chapter`,
    };
  const matches = detect(index, quote).sort((a, b) => b.matchedWords - a.matchedWords);
  const holding = matches.find(
    (m) => m.passage !== null && isBundled(m.passage) && m.matchedWords >= HOLDS * words,
  );
  if (holding) return { kind: 'passage', passage: holding.passage!, chapter: holding.chapter };
  const named = chapter ?? matches.find((m) => m.chapter !== null)?.chapter ?? null;
  if (!named)
    return {
      kind: 'refused',
      reason:
        'the quotation is in no bundled passage or chapter opening: name its chapter (Chapter: chNN)',
    };
  return {
    kind: 'own',
    chapter: named,
    words,
    hashes: u32ToBase64(hashes),
    tokeniser: TOKENISER_VERSION,
  };
}
