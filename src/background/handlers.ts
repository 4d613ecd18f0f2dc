// The background's side of the message contract: validate, then delegate.

import type { Handlers, PageReport } from '../shared/messages';
import { getSessionValue, removeSessionValue, setBadgeCount, setSessionValue } from '../platform/tabs';
import { chapterView } from './chapter-repo';
import { allLayers, allQuoteChecks, critiquesFor } from './critique-repo';
import { passageIndex } from './index-cache';
import { readyDb } from './seed';
import { idArg, idListArg, tabIdArg } from './validate';

const reportKey = (tabId: number) => `report:${tabId}`;

export const handlers: Handlers = {
  getPassageIndex: () => passageIndex(),

  async reportDetections(sender, report) {
    if (sender.tabId === undefined) throw new Error('reportDetections comes from a tab');
    await setSessionValue(reportKey(sender.tabId), report);
    await setBadgeCount(sender.tabId, report.detections.length);
  },

  getTabReport: (_sender, tabId) => getSessionValue<PageReport>(reportKey(tabIdArg('getTabReport', tabId))),

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

export function forgetTab(tabId: number): Promise<void> {
  return removeSessionValue(reportKey(tabId));
}
