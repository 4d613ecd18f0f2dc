// The background's side of the message contract: validate, then delegate.

import type { Handlers, PageIdentity, ThresholdPreview } from '../shared/messages';
import { askTab } from '../platform/messaging';
import { signalDatasetChanged } from '../platform/dataset-signal';
import { injectContentScript } from '../platform/scripting';
import { readSettings } from '../platform/settings';
import { applyStyles } from './page-styles';
import { highlightHandlers } from './highlight-handlers';
import { importPack, listPacks, removePack, resetDataset } from './packs';
import { reviewOutline, searchReview } from './review-repo';
import { siteState } from './site-state';
import { chapterView, reviewSection } from './chapter-repo';
import { allLayers, allQuoteChecks, critiquesFor } from './critique-repo';
import { detectionIndex, passageIndexTransfer } from './index-cache';
import { detectWithLearned } from './learned-detect';
import { exportLearned, forgetLearned, importLearned, learnFromPage, listLearned } from './learned-repo';
import { recogniseChapter } from '../data/recognise';
import { overlayData, critiqueChanged } from './overlay-data';
import { readyDb, seeded } from './seed';
import { lastScannedTab, storeFrameReport, tabReport } from './tab-reports';
import { hostArg, idArg, textArg, idListArg, pageIdentityArg, pageReportArg, queryArg, tabIdArg, thresholdsArg } from './validate';

/** Learns a chapter page's text once the scan has its answer; a page that does not qualify is no error. */
async function learnAfterAnswering(page: PageIdentity, text: string): Promise<void> {
  try {
    if (!(await readSettings()).learning) return;
    await learnFromPage(await readyDb(), page, text);
  } catch (e) {
    console.warn('counterpoint: learning from', page.url.slice(0, 200), 'failed:', e instanceof Error ? e.message : e);
  }
}

/** Runs a change to the critique store, then tells every tab to reload what it shows. */
async function changingDataset<T>(change: () => Promise<T>): Promise<T> {
  let result: T;
  try {
    result = await change();
  } finally {
    critiqueChanged();
  }
  await signalDatasetChanged();
  return result;
}

export const handlers: Handlers = {
  getPassageIndex: () => passageIndexTransfer(),

  async detectText(sender, text, thresholds, learnAs) {
    const page = textArg('detectText', text);
    const options = thresholdsArg('detectText', thresholds);
    const identity = learnAs === null || learnAs === undefined ? null : pageIdentityArg('detectText', learnAs);
    if (identity && sender.tabId === undefined) throw new Error('refused: detectText learns from a tab only');
    const matches = detectWithLearned(await detectionIndex(), page, options);
    if (identity) void learnAfterAnswering(identity, page);
    return matches;
  },

  listLearned: async () => listLearned(await readyDb()),

  forgetLearned: async (_s, chapter) => forgetLearned(await readyDb(), chapter === null ? null : idArg('forgetLearned', chapter)),

  exportLearned: async () => exportLearned(await readyDb()),

  importLearned: async (_s, pack) => importLearned(await readyDb(), pack),

  async reportDetections(sender, report) {
    if (sender.tabId === undefined) throw new Error('refused: reportDetections comes from a tab');
    await storeFrameReport(sender.tabId, sender.frameId ?? 0, pageReportArg('reportDetections', report));
  },

  async recogniseChapter(_sender, page) {
    const identity = pageIdentityArg('recogniseChapter', page);
    return recogniseChapter(await (await readyDb()).getAll('chapters'), identity);
  },

  async getOverlayData(_sender, passageIds) {
    const ids = passageIds === null ? null : idListArg('getOverlayData', passageIds);
    const { db, version } = await seeded();
    return overlayData(db, version, ids);
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

  getReviewOutline: async () => reviewOutline(await readyDb()),

  searchReview: async (_sender, query) => searchReview(await readyDb(), queryArg('searchReview', query)),

  getSiteState: (_sender, host) => siteState(hostArg('getSiteState', host)),

  async scanTab(_sender, tabId) {
    await injectContentScript(tabIdArg('scanTab', tabId));
    return { scanned: true };
  },

  async previewThresholds(_sender, thresholds) {
    const wanted = thresholdsArg('previewThresholds', thresholds);
    const tabId = await lastScannedTab();
    if (tabId === null) return null;
    const [report, settings] = await Promise.all([tabReport(tabId), readSettings()]);
    const ask = (t: typeof wanted) => askTab<string[]>(tabId, { command: 'preview-detections', thresholds: t });
    const [current, previewed] = await Promise.all([ask({ minWords: settings.minWords, minIdentity: settings.minIdentity }), ask(wanted)]);
    if (!report || !current || !previewed) return null;
    const preview: ThresholdPreview = { url: report.url, title: report.title, current, previewed };
    return preview;
  },

  importPack: async (_sender, pack) => changingDataset(async () => importPack(await readyDb(), pack)),

  listPacks: async () => listPacks(await readyDb()),

  removePack: async (_sender, packId) => changingDataset(async () => removePack(await readyDb(), idArg('removePack', packId))),

  resetDataset: async () => changingDataset(async () => resetDataset(await readyDb())),

  ...highlightHandlers,

  async applyStyles(sender) {
    if (sender.tabId === undefined) throw new Error('refused: applyStyles comes from a tab');
    await applyStyles(await readyDb(), sender.tabId, sender.frameId ?? 0);
  },
};
