// Detection over a long page text in segments, so each call stays short.
// Segments end at a line break and the searched window runs on past the end
// by an overlap longer than any passage, so a quotation across a boundary is
// found whole by the segment it starts in; a later segment's partial find of
// the same quotation is dropped.

import { detect, type DetectOptions, type Match, type PassageIndex } from '../engine';

/** Text per segment: about 2 ms of detection. */
export const SEGMENT_CHARS = 120_000;
/** Longer than any reference passage or opening (their longest is under 4,000 characters). */
export const OVERLAP_CHARS = 16_000;

/** Segment ends: each at a line break at or after `size` characters from the previous one. */
export function segmentEnds(text: string, size = SEGMENT_CHARS): number[] {
  const ends: number[] = [];
  let at = 0;
  while (at < text.length) {
    const lineBreak = text.indexOf('\n', at + size);
    at = lineBreak < 0 ? text.length : lineBreak + 1;
    ends.push(at);
  }
  return ends;
}

const overlapsSameEntry = (kept: Match[], m: Match) => kept.some((k) => k.entry === m.entry && m.start < k.end && k.start < m.end);

/** Detects in one segment [from, to), adding what starts inside it to `kept`. */
export function detectSegment(index: PassageIndex, text: string, from: number, to: number, options: DetectOptions, kept: Match[]): void {
  const window = text.slice(from, Math.min(text.length, to + OVERLAP_CHARS));
  for (const m of detect(index, window, options)) {
    const shifted = { ...m, start: m.start + from, end: m.end + from };
    if (shifted.start < to && !overlapsSameEntry(kept, shifted)) kept.push(shifted);
  }
}

/** All matches in `text`, calling `pause` between segments; in page order. */
export async function detectInSegments(index: PassageIndex, text: string, options: DetectOptions, pause: () => Promise<void>): Promise<Match[]> {
  if (text.length <= SEGMENT_CHARS + OVERLAP_CHARS) return detect(index, text, options);
  const kept: Match[] = [];
  let from = 0;
  for (const to of segmentEnds(text)) {
    detectSegment(index, text, from, to, options, kept);
    from = to;
    await pause();
  }
  return kept.sort((a, b) => a.start - b.start || b.end - a.end);
}
