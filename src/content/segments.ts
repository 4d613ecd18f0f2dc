// Detection over a long page text in segments, so each call stays short (and
// each message to the background bounded). Segments end at a line break and the
// searched window runs on past the end by an overlap longer than any passage,
// so a quotation across a boundary is found whole by the segment it starts in;
// a later segment's partial find of the same quotation is dropped. A chapter
// (up to ~270 K characters) goes in one message: each message costs a round
// trip through the browser process. Longer pages keep two windows in flight,
// so round trips overlap while each task of the page serialises one window.

import type { TextMatch } from '../shared/messages';

/** Windows sent before the first answer; each answer sends the next. */
const IN_FLIGHT = 2;

/** Text per segment. */
export const SEGMENT_CHARS = 256_000;
/** Longer than any reference passage or opening (their longest is under 4,000 characters). */
const OVERLAP_CHARS = 16_000;

/** A text to cut windows from: a string, or a page's text in pieces (never joined whole for this). */
export interface WindowSource {
  readonly length: number;
  slice(start: number, end: number): string;
  indexOfChar(char: string, from: number): number;
}

const sourceOf = (text: string | WindowSource): WindowSource =>
  typeof text === 'string'
    ? {
        length: text.length,
        slice: (a, b) => text.slice(a, b),
        indexOfChar: (c, from) => text.indexOf(c, from),
      }
    : text;

/** Detection in one window of text; offsets relative to the window. `whole`: the window is the whole text. */
export type DetectWindow = (window: string, whole: boolean) => Promise<TextMatch[]>;

/**
 * How far past SEGMENT_CHARS a segment may run to end at a line break, or else after a space. A
 * PDF's text layers are inline, so a whole book reads as one line: without this bound its first
 * segment was the whole text, which detectText refuses above MAX_DETECT_CHARS (every scan of a
 * 1,000-page book failed once its text passed 400 K characters).
 */
export const SLACK_CHARS = 64_000;

/** Where the segment starting at `from` ends: a line break, else a space, else a cut. */
function segmentEnd(text: WindowSource, from: number, size: number): number {
  const earliest = from + size;
  const latest = earliest + SLACK_CHARS;
  if (earliest >= text.length) return text.length;
  const lineBreak = text.indexOfChar('\n', earliest);
  if (lineBreak >= 0 && lineBreak < latest) return lineBreak + 1;
  if (text.length <= latest) return text.length;
  const space = text.indexOfChar(' ', earliest);
  return space >= 0 && space < latest ? space + 1 : earliest;
}

/** Segment ends: each at a line break (else a space) at or after `size` characters from the previous one. */
export function segmentEnds(input: string | WindowSource, size = SEGMENT_CHARS): number[] {
  const text = sourceOf(input);
  const ends: number[] = [];
  let at = 0;
  while (at < text.length) {
    at = segmentEnd(text, at, size);
    ends.push(at);
  }
  return ends;
}

/** Whether `m` overlaps a kept match of its entry (kept by entry: a whole book repeats each one). */
const overlapsSameEntry = (kept: Map<number, TextMatch[]>, m: TextMatch) =>
  (kept.get(m.entry) ?? []).some((k) => m.start < k.end && k.start < m.end);

/** All matches in `text`, in page order, one window per segment. */
export async function detectInSegments(
  input: string | WindowSource,
  detectWindow: DetectWindow,
): Promise<TextMatch[]> {
  const text = sourceOf(input);
  if (text.length <= SEGMENT_CHARS + OVERLAP_CHARS)
    return detectWindow(text.slice(0, text.length), true);
  const ends = segmentEnds(text);
  const starts = [0, ...ends.slice(0, -1)];
  const found: TextMatch[][] = [];
  let next = 0;
  const worker = async () => {
    while (next < starts.length) {
      const i = next++;
      found[i] = await detectWindow(
        text.slice(starts[i], Math.min(text.length, ends[i] + OVERLAP_CHARS)),
        false,
      );
    }
  };
  await Promise.all(Array.from({ length: Math.min(IN_FLIGHT, starts.length) }, worker));
  const kept: TextMatch[] = [];
  const byEntry = new Map<number, TextMatch[]>();
  found.forEach((matches, i) => {
    for (const m of matches) {
      const shifted = { ...m, start: m.start + starts[i], end: m.end + starts[i] };
      if (shifted.start >= ends[i] || overlapsSameEntry(byEntry, shifted)) continue;
      kept.push(shifted);
      const ofEntry = byEntry.get(m.entry) ?? byEntry.set(m.entry, []).get(m.entry)!;
      ofEntry.push(shifted);
    }
  });
  return kept.sort((a, b) => a.start - b.start || b.end - a.end);
}
