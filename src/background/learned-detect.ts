// Detection with learned chapters: a match in learned text reports its chapter
// and paragraph; where it overlaps a curated passage or opening, the curated
// match wins (it carries the review's critique).

import { detect, type DetectOptions } from '../engine';
import type { TextMatch } from '../shared/messages';
import type { DetectionIndex } from './index-cache';
import { paragraphOf } from '../data/learned-chunks';

export function detectWithLearned(
  { index, learned }: DetectionIndex,
  text: string,
  options: DetectOptions,
): TextMatch[] {
  const matches = detect(index, text, options);
  const curated = matches.filter((m) => !learned.has(m.entry));
  const out: TextMatch[] = [];
  for (const m of matches) {
    const chunk = learned.get(m.entry);
    const { firstWord, ...rest } = m;
    if (!chunk) {
      out.push(rest);
      continue;
    }
    if (curated.some((c) => c.start < m.end && m.start < c.end)) continue;
    out.push({ ...rest, paragraph: paragraphOf(chunk, firstWord) });
  }
  return out;
}
