// The background's side of the message contract: the dispatcher
// (src/platform/dispatch.ts) has checked the caller and the arguments; a
// content script's page is the sender's URL (./sender-page.ts).

import type { BookChapterReport, LearnReport } from '../shared/learned';
import type { Handlers, PageIdentity, ThresholdPreview } from '../shared/messages';
import { askTab } from '../platform/messaging';
import { signalDatasetChanged } from '../platform/dataset-signal';
import { injectContentScript } from '../platform/scripting';
import { readSettings } from '../platform/settings';
import { applyStyles } from './page-styles';
import { highlightHandlers } from './highlight-handlers';
import { exportPack, importPack, listPacks, removePack, reorderPacks, resetDataset } from './packs';
import { addToPerspective, createPerspective } from './perspectives';
import { reviewOutline, searchReview } from './review-repo';
import { siteState } from './site-state';
import { chapterView, reviewSection } from './chapter-repo';
import { allLayers, critiquesFor } from './critique-repo';
import { detectionIndex } from './index-cache';
import { detectWithLearned } from './learned-detect';
import {
  exportLearned,
  forgetLearned,
  importLearned,
  learnFromBook,
  learnFromPage,
  listLearned,
} from './learned-repo';
import { recogniseChapter } from '../data/recognise';
import { overlayData, critiqueChanged } from './overlay-data';
import { readyDb, seeded } from './seed';
import { lastScannedTab, storeFrameReport, tabReport } from './tab-reports';
import { logLearning } from './learning-log';
import { claimedPage, fromContent } from './sender-page';

/**
 * Learns a chapter page's text once the scan has its answer and logs the outcome (learned, or
 * why not: off, not a listed https site, nothing new); a page that does not qualify is no error.
 */
async function learnAfterAnswering(page: PageIdentity, text: string): Promise<void> {
  let outcome: LearnReport;
  try {
    outcome = (await readSettings()).learning
      ? await learnFromPage(await readyDb(), page, text)
      : { learned: false, reason: 'learning is off' };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    console.warn('counterpoint: learning from', page.url.slice(0, 200), 'failed:', message);
    outcome = { learned: false, reason: `failed: ${message}` };
  }
  await logLearning({ url: page.url, ...outcome });
}

/** Learns the chapters a whole-book PDF's headings name and logs the outcome, as a page's is. */
async function learnFromPdfText(
  url: string,
  paragraphs: string[],
): Promise<LearnReport & { chapters: BookChapterReport[] }> {
  let outcome: LearnReport & { chapters: BookChapterReport[] };
  try {
    outcome = (await readSettings()).learning
      ? await learnFromBook(await readyDb(), url, paragraphs)
      : { learned: false, reason: 'learning is off', chapters: [] };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    console.warn('counterpoint: learning from the PDF', url.slice(0, 200), 'failed:', message);
    outcome = { learned: false, reason: `failed: ${message}`, chapters: [] };
  }
  await logLearning({ url, ...outcome });
  return outcome;
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
  async detectText(sender, text, thresholds, learnAs) {
    const matches = detectWithLearned(await detectionIndex(), text, thresholds);
    if (learnAs)
      void learnAfterAnswering({ ...learnAs, url: fromContent(sender, 'detectText').url }, text);
    return matches;
  },

  async learnFromPdf(sender, paragraphs) {
    return learnFromPdfText(fromContent(sender, 'learnFromPdf').url, paragraphs);
  },

  listLearned: async () => listLearned(await readyDb()),

  forgetLearned: async (_s, chapter) => forgetLearned(await readyDb(), chapter),

  exportLearned: async () => exportLearned(await readyDb()),

  importLearned: async (_s, pack) => importLearned(await readyDb(), pack),

  async reportDetections(sender, report) {
    const { tabId, frameId } = fromContent(sender, 'reportDetections');
    await storeFrameReport(tabId, frameId, {
      ...report,
      url: claimedPage(sender, 'reportDetections', report.url),
    });
  },

  async recogniseChapter(sender, page) {
    const identity = { ...page, url: claimedPage(sender, 'recogniseChapter', page.url) };
    return recogniseChapter(await (await readyDb()).getAll('chapters'), identity);
  },

  async getOverlayData(_sender, passageIds) {
    const { db, version } = await seeded();
    return overlayData(db, version, passageIds);
  },

  getSection: async (_sender, sectionId) => reviewSection(await readyDb(), sectionId),

  getTabReport: (_sender, tabId) => tabReport(tabId),

  getCritiques: async (_sender, passageIds) => critiquesFor(await readyDb(), passageIds),

  getChapterView: async (_sender, chapterId) => chapterView(await readyDb(), chapterId),

  getLayers: async () => allLayers(await readyDb()),

  getReviewOutline: async () => reviewOutline(await readyDb()),

  searchReview: async (_sender, query) => searchReview(await readyDb(), query),

  getSiteState: (_sender, host) => siteState(host),

  async scanTab(_sender, tabId) {
    await injectContentScript(tabId);
    return { scanned: true };
  },

  async previewThresholds(_sender, wanted) {
    const tabId = await lastScannedTab();
    if (tabId === null) return null;
    const [report, settings] = await Promise.all([tabReport(tabId), readSettings()]);
    const ask = (t: typeof wanted) =>
      askTab(tabId, { command: 'preview-detections', thresholds: t });
    const [current, previewed] = await Promise.all([
      ask({ minWords: settings.minWords, minIdentity: settings.minIdentity }),
      ask(wanted),
    ]);
    if (!report || !current || !previewed) return null;
    const preview: ThresholdPreview = { url: report.url, title: report.title, current, previewed };
    return preview;
  },

  importPack: async (_sender, pack) =>
    changingDataset(async () => importPack(await readyDb(), pack)),

  listPacks: async () => listPacks(await readyDb()),

  removePack: async (_sender, packId) =>
    changingDataset(async () => removePack(await readyDb(), packId)),

  exportPack: async (_sender, packId) => exportPack(await readyDb(), packId),

  reorderPacks: async (_sender, ids) =>
    changingDataset(async () => reorderPacks(await readyDb(), ids)),

  createPerspective: async (_sender, about) =>
    changingDataset(async () => createPerspective(await readyDb(), about)),

  addToPerspective: async (sender, token, packId, paragraph) =>
    changingDataset(async () =>
      addToPerspective(await readyDb(), sender, token, packId, paragraph),
    ),

  resetDataset: async () => changingDataset(async () => resetDataset(await readyDb())),

  ...highlightHandlers,

  async applyStyles(sender) {
    const { tabId, frameId } = fromContent(sender, 'applyStyles');
    await applyStyles(await readyDb(), tabId, frameId);
  },
};
