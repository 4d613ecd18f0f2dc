// Per-tab reports in storage.session, merged from the tab's frames: each
// frame's content script reports for itself, the tab's report lists the top
// frame's detections first. Updates of one tab are serialised, since frames
// report at the same time and each update is a read-modify-write.

import type { PageReport } from '../shared/messages';
import {
  getSessionValue,
  removeSessionValue,
  setBadgeCount,
  setSessionValue,
} from '../platform/tabs';

const reportKey = (tabId: number) => `report:${tabId}`;
const framesKey = (tabId: number) => `frames:${tabId}`;
const LAST_SCANNED = 'lastScannedTab';

type FrameReports = Record<string, PageReport>;

const queues = new Map<number, Promise<unknown>>();

function serialised<T>(tabId: number, task: () => Promise<T>): Promise<T> {
  const run = (queues.get(tabId) ?? Promise.resolve()).then(task, task);
  queues.set(
    tabId,
    run.catch(() => undefined),
  );
  return run;
}

function merged(frames: FrameReports): PageReport | null {
  const top = frames['0'];
  if (!top) return null;
  const others = Object.keys(frames)
    .filter((k) => k !== '0')
    .sort((a, b) => Number(a) - Number(b));
  return {
    ...top,
    detections: [...top.detections, ...others.flatMap((k) => frames[k].detections)],
  };
}

/** Stores a frame's report; a new top-frame page drops the previous page's frames. */
export function storeFrameReport(
  tabId: number,
  frameId: number,
  report: PageReport,
): Promise<PageReport | null> {
  return serialised(tabId, async () => {
    const previous = (await getSessionValue<FrameReports>(framesKey(tabId))) ?? {};
    const newPage =
      frameId === 0 && previous['0'] !== undefined && previous['0'].url !== report.url;
    const frames: FrameReports = newPage ? {} : previous;
    frames[String(frameId)] = report;
    const tab = merged(frames);
    await setSessionValue(framesKey(tabId), frames);
    if (tab) {
      await setSessionValue(reportKey(tabId), tab);
      if (tab.detections.length > 0) await setSessionValue(LAST_SCANNED, tabId);
      await setBadgeCount(tabId, tab.detections.filter((d) => d.passage !== null).length);
    }
    return tab;
  });
}

export const tabReport = (tabId: number) => getSessionValue<PageReport>(reportKey(tabId));

/** The tab whose page most recently had passages, if it is still open (a closed tab forgets itself). */
export const lastScannedTab = () => getSessionValue<number>(LAST_SCANNED);

export function forgetTab(tabId: number): Promise<void> {
  return serialised(tabId, async () => {
    await removeSessionValue(reportKey(tabId));
    await removeSessionValue(framesKey(tabId));
    if ((await getSessionValue<number>(LAST_SCANNED)) === tabId)
      await removeSessionValue(LAST_SCANNED);
  }).finally(() => queues.delete(tabId));
}
