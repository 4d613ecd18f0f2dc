// One scan of the page: text model → detection → ranges → highlights, and a
// report to the background (badge, lists).

import { detect, type Match, type PassageIndex } from '../engine';
import { extractPageText, rangeFor, type PageText } from '../dom/page-text';
import type { Detection } from '../shared/messages';
import { paint } from './highlighter';

const EXCERPT_CHARS = 80;

function toDetection(page: PageText, m: Match): Detection {
  const text = page.text.slice(m.start, m.end).replace(/\s+/g, ' ');
  return {
    passage: m.passage, chapter: m.chapter, start: m.start, end: m.end, score: Math.round(m.score * 100) / 100,
    excerpt: text.length > EXCERPT_CHARS ? text.slice(0, EXCERPT_CHARS - 1) + '…' : text,
  };
}

export function scanPage(index: PassageIndex, root: Node): Detection[] {
  const page = extractPageText(root);
  const matches = detect(index, page.text);
  const rangesOf = (wantPassage: boolean) =>
    matches.filter((m) => (m.passage !== null) === wantPassage).map((m) => rangeFor(page, m.start, m.end)).filter((r): r is Range => r !== null);
  paint('passage', rangesOf(true));
  paint('opening', rangesOf(false));
  return matches.map((m) => toDetection(page, m));
}
