// The quote categories and how each one is made from a passage. Each returns
// null when it cannot apply to the passage (too short, no ligature letters…);
// the page builder then draws another passage for the same category.

import type { Passage } from './passages';
import { edited, omission, partial } from './quote-cut';
import { typographic } from './quote-typo';
import { cyrillic, footnotes, hyphenated, ligatures, obfuscated } from './quote-web';
import type { Rng } from './rng';
import type { SpellingChange } from './spelling';

export const CATEGORIES = [
  'exact',
  'typo',
  'partial',
  'omission',
  'edited',
  'hyphenation',
  'footnote',
  'ligature',
  'cyrillic',
  'obfuscation',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const CATEGORY_LABELS: Record<Category, string> = {
  exact: 'exact',
  typo: 'typographic',
  partial: 'partial ≥12 w',
  omission: 'partial + omission',
  edited: '2–3-word edits',
  hyphenation: 'line-end hyphen',
  footnote: 'footnote [n]',
  ligature: 'ligature ﬁ',
  cyrillic: 'Cyrillic look-alikes',
  obfuscation: 'in-word dots',
};

export interface QuoteContext {
  rng: Rng;
  randomWord: () => string;
  /** Collects every British spelling applied, for the report. */
  spelling: SpellingChange[];
}

export function makeQuote(cat: Category, p: Passage, ctx: QuoteContext): string | null {
  const { rng } = ctx;
  switch (cat) {
    case 'exact':
      return p.text;
    case 'typo':
      return typographic(p.text, rng, ctx.spelling);
    case 'partial':
      return partial(p, rng);
    case 'omission':
      return omission(p, rng);
    case 'edited':
      return edited(p, rng, ctx.randomWord);
    case 'hyphenation':
      return hyphenated(p.text, rng);
    case 'footnote':
      return footnotes(p.text, rng);
    case 'ligature':
      return ligatures(p.text);
    case 'cyrillic':
      return cyrillic(p.text, rng);
    case 'obfuscation':
      return obfuscated(p.text, rng);
  }
}
