// Detection over a long page text in segments, so each call stays short (and
// each message to the background small). Segments end at a line break and the
// searched window runs on past the end by an overlap longer than any passage,
// so a quotation across a boundary is found whole by the segment it starts in;
// a later segment's partial find of the same quotation is dropped.

import type { TextMatch } from '../shared/messages';

/** Text per segment. */
export const SEGMENT_CHARS = 120_000;
/** Longer than any reference passage or opening (their longest is under 4,000 characters). */
export const OVERLAP_CHARS = 16_000;

/** Detection in one window of text; offsets relative to the window. */
export type DetectWindow = (window: string) => Promise<TextMatch[]>;

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

const overlapsSameEntry = (kept: TextMatch[], m: TextMatch) => kept.some((k) => k.entry === m.entry && m.start < k.end && k.start < m.end);

/** All matches in `text`, in page order, one window per segment. */
export async function detectInSegments(text: string, detectWindow: DetectWindow): Promise<TextMatch[]> {
  if (text.length <= SEGMENT_CHARS + OVERLAP_CHARS) return detectWindow(text);
  const kept: TextMatch[] = [];
  let from = 0;
  for (const to of segmentEnds(text)) {
    for (const m of await detectWindow(text.slice(from, Math.min(text.length, to + OVERLAP_CHARS)))) {
      const shifted = { ...m, start: m.start + from, end: m.end + from };
      if (shifted.start < to && !overlapsSameEntry(kept, shifted)) kept.push(shifted);
    }
    from = to;
  }
  return kept.sort((a, b) => a.start - b.start || b.end - a.end);
}
