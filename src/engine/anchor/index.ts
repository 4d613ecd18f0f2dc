// Saved highlights: selectors for a selection, and finding them again.
export { codePointOffset, describeSelection, utf16Offset, type PositionSelector, type QuoteSelector } from './describe';
export { anchorQuote, MIN_MARGIN, MIN_SCORE, MIN_UNCERTAIN, type Anchored, type AnchorStatus } from './match';
