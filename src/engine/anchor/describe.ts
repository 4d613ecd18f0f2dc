// Selectors for a selection in a page's text (W3C Web Annotation §4.2): the
// quote with sentence-level context (Hypothesis stores a fixed 32 characters;
// a sentence tells two identical quotes apart far better), and the position in
// Unicode code points, as the model requires.

export interface QuoteSelector {
  exact: string;
  prefix: string;
  suffix: string;
}

export interface PositionSelector {
  start: number;
  end: number;
}

/** Context on each side: at least this much (the sentence may be shorter), at most the cap. */
const MIN_CONTEXT = 32;
const MAX_CONTEXT = 240;
/** A fresh regex per search: a shared /g one would carry its lastIndex from call to call. */
const sentenceEnds = () => /[.!?…]["'”’)\]]*\s+|\n/g;

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** Code-point offset of a UTF-16 offset (a surrogate pair counts once). */
export function codePointOffset(text: string, utf16: number): number {
  let n = 0;
  for (let i = 0; i < utf16 && i < text.length; i++, n++) {
    if (isHigh(text.charCodeAt(i)) && i + 1 < utf16 && isLow(text.charCodeAt(i + 1))) i++;
  }
  return n;
}

/** UTF-16 offset of a code-point offset (clamped to the text). */
export function utf16Offset(text: string, codePoints: number): number {
  let i = 0;
  for (let n = 0; n < codePoints && i < text.length; n++) {
    i += isHigh(text.charCodeAt(i)) && i + 1 < text.length && isLow(text.charCodeAt(i + 1)) ? 2 : 1;
  }
  return i;
}

/** Start of the sentence that holds `at` (or of the one before, when `at` starts a sentence). */
function sentenceStart(text: string, at: number): number {
  let start = 0;
  const ends = sentenceEnds();
  for (let m = ends.exec(text); m && m.index + m[0].length <= at; m = ends.exec(text)) {
    const next = m.index + m[0].length;
    if (at - next < MIN_CONTEXT) break;
    start = next;
  }
  return start;
}

/** End of the sentence that holds `at` (or of the next one, when `at` ends a sentence). */
function sentenceEnd(text: string, at: number): number {
  const ends = sentenceEnds();
  ends.lastIndex = at;
  for (let m = ends.exec(text); m; m = ends.exec(text)) {
    if (m.index + m[0].length - at >= MIN_CONTEXT) return m.index + m[0].trimEnd().length;
  }
  return text.length;
}

/** Cut to at most MAX_CONTEXT characters, at a word boundary, keeping the side next to the quote. */
function clip(context: string, keepEnd: boolean): string {
  if (context.length <= MAX_CONTEXT) return context;
  const cut = keepEnd ? context.slice(-MAX_CONTEXT) : context.slice(0, MAX_CONTEXT);
  const space = keepEnd ? cut.indexOf(' ') : cut.lastIndexOf(' ');
  if (space < 0) return cut;
  return keepEnd ? cut.slice(space + 1) : cut.slice(0, space);
}

/** Selectors for text[start, end) (UTF-16 offsets into the page's text model). */
export function describeSelection(
  text: string,
  start: number,
  end: number,
): { quote: QuoteSelector; position: PositionSelector } {
  const prefixFrom = Math.max(sentenceStart(text, start), start - MAX_CONTEXT * 2);
  return {
    quote: {
      exact: text.slice(start, end),
      prefix: clip(text.slice(prefixFrom, start), true),
      suffix: clip(text.slice(end, Math.min(sentenceEnd(text, end), end + MAX_CONTEXT * 2)), false),
    },
    position: { start: codePointOffset(text, start), end: codePointOffset(text, end) },
  };
}
