// A tab's report read for the popup: its chapter, how many passages, and how
// many per layer (by the page's own rule, src/shared/relations.ts).

import type { ChapterRecord } from '../shared/dataset';
import type { CallBackground, PageReport } from '../shared/messages';
import { passagesPerLayer, reportPassages } from '../ui/popup';

export interface Reading {
  report: PageReport;
  chapter: ChapterRecord | null;
  counts: Record<string, number>;
  passages: number;
}

export async function readReport(call: CallBackground, report: PageReport): Promise<Reading> {
  const ids = reportPassages(report);
  const [data, view] = await Promise.all([
    ids.length > 0 ? call('getOverlayData', ids) : null,
    report.chapter ? call('getChapterView', report.chapter).catch(() => null) : null,
  ]);
  return {
    report,
    chapter: view?.chapter ?? null,
    passages: ids.length,
    counts: data ? passagesPerLayer(ids, data.critiques) : {},
  };
}
