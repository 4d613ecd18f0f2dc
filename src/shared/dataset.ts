// The critique dataset's records, as stored in IndexedDB and served to pages.
// Plain data: the schema that validates them lives in src/data/schema.ts.

/** The review's paragraphs are critique, tribute or mixed; a perspective's may also answer another reading. */
export type Stance = 'critique' | 'tribute' | 'mixed' | 'answers';
/** How a passage bears on a paragraph's claim: the claim is about it, it answers the claim, or the review quotes it. */
export type Relation = 'subject' | 'answers' | 'quoted';

/** One link from a review paragraph to a passage, with the editors' one-sentence reason (never Trotsky's or the review's words). */
export interface PassageLink {
  relation: Relation;
  why: string;
}
export type Verdict = 'found' | 'close' | 'not-found';
type Underline = 'solid' | 'double' | 'dotted' | 'dashed' | 'wavy';
export type LayerKind = 'stance' | 'theme' | 'sources' | 'mine' | 'pack';

/** One paragraph of the review, verbatim, with where it is placed on the History. */
export interface ReviewParagraph {
  id: string;
  section: string;
  sectionHeading: string;
  order: number;
  text: string;
  stance: Stance;
  themes: string[];
  /** Reference passage ids this paragraph speaks to, most telling first (the keys of `relations`). */
  passages: string[];
  /** Per passage: how it bears on the claim, and why. Pack paragraphs have none (their passages are subjects). */
  relations?: Record<string, PassageLink>;
  /** Chapter ids this paragraph speaks to (always at least one). */
  chapters: string[];
  /** Layers that show this paragraph: its stance layer(s) and its theme layers (or its pack's layer). */
  layers: string[];
  /** Set for paragraphs that came with an imported pack. */
  pack?: string;
  /** A perspective's own heading over the paragraph (its Markdown source's section), if any. */
  heading?: string;
}

export interface ChapterRecord {
  id: string;
  kind: string;
  volume: number | null;
  number: number | null;
  title: string;
  titleVariants: string[];
  volumeTitle: string | null;
  url: string | null;
  /** Regular expressions (as strings) matching the chapter's pages on marxists.org and its mirrors. */
  urlPatterns: string[];
  /** Review sections that speak to the chapter, in review order. */
  sections: string[];
  /** Review paragraphs placed on the chapter or on one of its passages. */
  paragraphs: string[];
}

export interface PassageRecord {
  id: string;
  kind: 'passage' | 'opening';
  chapter: string | null;
  /** Our own short description; never the History's words. */
  label: string;
  reviewSection: string | null;
  words: number;
  /** Normalised word hashes, base64 little-endian Uint32. */
  hashes: string;
  paragraphs: string[];
  /** Set for a passage a pack brought (a fingerprint of a quotation no bundled passage covers). */
  pack?: string;
  /** A pack's passage: the tokeniser its hashes came from (another version's do not match). */
  tokeniser?: number;
}

export interface QuoteCheck {
  id: string;
  /** The words the review puts in quotation marks, as the review prints them. */
  phrase: string;
  /** Whose words the review says they are. */
  attributedTo: string;
  paragraph: string;
  verdict: Verdict;
  /** Our note on the verdict (reference coverage, nearest wording's place). */
  note: string;
  nearestPassages: string[];
  nearestChapters: string[];
}

export interface LayerRecord {
  id: string;
  kind: LayerKind;
  name: string;
  description: string;
  color: { light: string; dark: string };
  underline: Underline;
  /** An icon name (./icons.ts); a layer stored by an older version may hold a glyph, drawn as the fallback. */
  icon: string;
  order: number;
  pack?: string;
}

export interface ReviewSource {
  title: string;
  byline: string;
  author: string;
  publication: string;
  date: string;
  url: string;
}

export interface Dataset {
  format: 1;
  /** Changes whenever any record changes; seeding is keyed by it. */
  version: string;
  review: ReviewSource;
  paragraphs: ReviewParagraph[];
  chapters: ChapterRecord[];
  passages: PassageRecord[];
  quoteChecks: QuoteCheck[];
  layers: LayerRecord[];
}
