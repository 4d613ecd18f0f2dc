// Saved highlights: selectors for a selection, and finding them again.
export { codePointOffset, describeSelection, utf16Offset } from './describe';
export { anchorQuote } from './match';
