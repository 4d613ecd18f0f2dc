// Real records for the side panel tests: a report like the demo chapter's
// (the ch26 opening and its four reference passages, in reading order), the
// critique the background would answer for it, and a catalog of every record.

import type { Critiques, Detection, PageReport } from '../../../src/shared/messages';
import type { Catalog } from '../../../src/ui/sidepanel';
import { byId, data, paragraph, sectionsOf, t } from '../ui/overlay/fixtures';

export { byId, data, paragraph, sectionsOf, t };

export const CH26_PASSAGES = ['VI-04', 'VII-01', 'VII-02', 'VII-03'];

export function detection(
  passage: string | null,
  chapter: string | null,
  start: number,
): Detection {
  return { passage, chapter, start, end: start + 100, score: 0.98, excerpt: `words at ${start}` };
}

export const CH26_REPORT: PageReport = {
  url: 'https://www.marxists.org/archive/trotsky/1930/hrr/ch26.htm',
  title: 'History of the Russian Revolution — Could the Bolsheviks Have Seized the Power in July?',
  chapter: 'ch26',
  detections: [
    detection(null, 'ch26', 0),
    ...CH26_PASSAGES.map((id, i) => detection(id, 'ch26', 500 * (i + 1))),
  ],
};

export const catalog: Catalog = {
  passages: new Map(
    data.passages.map((p) => [p.id, { id: p.id, label: p.label, chapter: p.chapter }]),
  ),
  chapters: new Map(data.chapters.map((c) => [c.id, c])),
  layers: data.layers,
};

/** What getOverlayData's critiques hold for these passages: paragraphs placed on them and quote checks pointing to them. */
export function critiquesFor(ids: string[]): Critiques {
  return {
    paragraphs: data.paragraphs
      .filter((p) => p.passages.some((id) => ids.includes(id)))
      .sort((a, b) => a.order - b.order),
    quoteChecks: data.quoteChecks.filter((q) => q.nearestPassages.some((id) => ids.includes(id))),
  };
}
