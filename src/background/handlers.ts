// The background's side of the message contract.

import type { Handlers, PageReport } from '../shared/messages';
import { getSessionValue, removeSessionValue, setBadgeCount, setSessionValue } from '../platform/tabs';
import { passageIndex } from './index-cache';

const reportKey = (tabId: number) => `report:${tabId}`;

export const handlers: Handlers = {
  getPassageIndex: () => passageIndex(),

  async reportDetections(sender, report) {
    if (sender.tabId === undefined) throw new Error('reportDetections comes from a tab');
    await setSessionValue(reportKey(sender.tabId), report);
    await setBadgeCount(sender.tabId, report.detections.length);
  },

  getTabReport: (_sender, tabId) => getSessionValue<PageReport>(reportKey(tabId)),
};

export function forgetTab(tabId: number): Promise<void> {
  return removeSessionValue(reportKey(tabId));
}
