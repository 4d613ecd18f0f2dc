// The background's side of the message contract: validate, then delegate.

import type { Handlers } from '../shared/messages';
import { chapterView, reviewSection } from './chapter-repo';
import { allLayers, allQuoteChecks, critiquesFor, passageSummaries } from './critique-repo';
import { passageIndex } from './index-cache';
import { recogniseChapter } from './recognise';
import { BUNDLED_DATASET, readyDb } from './seed';
import { storeFrameReport, tabReport } from './tab-reports';
import { idArg, idListArg, pageIdentityArg, pageReportArg, tabIdArg } from './validate';

export const handlers: Handlers = {
  getPassageIndex: () => passageIndex(),

  async reportDetections(sender, report) {
    if (sender.tabId === undefined) throw new Error('refused: reportDetections comes from a tab');
    await storeFrameReport(sender.tabId, sender.frameId ?? 0, pageReportArg('reportDetections', report));
  },

  async recogniseChapter(_sender, page) {
    const identity = pageIdentityArg('recogniseChapter', page);
    return recogniseChapter(await (await readyDb()).getAll('chapters'), identity);
  },

  async getOverlayData(_sender, passageIds) {
    const ids = idListArg('getOverlayData', passageIds);
    const db = await readyDb();
    const [critiques, passages, layers] = await Promise.all([critiquesFor(db, ids), passageSummaries(db, ids), allLayers(db)]);
    const chapterIds = [...new Set(passages.map((p) => p.chapter).filter((c) => c !== null))];
    const chapters = (await Promise.all(chapterIds.map((id) => db.get('chapters', id)))).filter((c) => c !== undefined);
    return { critiques, passages, chapters, layers, review: BUNDLED_DATASET.review };
  },

  async getSection(_sender, sectionId) {
    return reviewSection(await readyDb(), idArg('getSection', sectionId));
  },

  getTabReport: (_sender, tabId) => tabReport(tabIdArg('getTabReport', tabId)),

  async getCritiques(_sender, passageIds) {
    const ids = idListArg('getCritiques', passageIds);
    return critiquesFor(await readyDb(), ids);
  },

  async getChapterView(_sender, chapterId) {
    const id = idArg('getChapterView', chapterId);
    return chapterView(await readyDb(), id);
  },

  getLayers: async () => allLayers(await readyDb()),

  getQuoteChecks: async () => allQuoteChecks(await readyDb()),
};
