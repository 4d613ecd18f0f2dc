// The message handlers of the reader's highlights: validate, write, tell pages.

import { signalHighlightsChanged } from '../platform/dataset-signal';
import {
  getSessionValue,
  openTab,
  openViewerAt,
  removeSessionValue,
  setSessionValue,
} from '../platform/tabs';
import type { Highlight } from '../shared/highlights';
import type { Handlers } from '../shared/messages';
import { exportHighlights, importHighlights } from './exchange';
import * as repo from './highlights-repo';
import { readyDb } from './seed';
import { closeEditor, editorView, openEditor, saveNote } from './note-editor';
import { RateLimit } from './save-limit';
import { claimedPage, fromContent } from './sender-page';

type HighlightHandlers = Pick<
  Handlers,
  | 'openNoteEditor'
  | 'noteEditorDraft'
  | 'saveNote'
  | 'closeNoteEditor'
  | 'highlightsForPage'
  | 'highlightsForPdf'
  | 'reportAnchoring'
  | 'listHighlights'
  | 'updateHighlight'
  | 'deleteHighlight'
  | 'restoreHighlight'
  | 'exportHighlights'
  | 'importHighlights'
  | 'openHighlight'
  | 'takePendingHighlight'
>;

const pendingKey = (tabId: number) => `pending:${tabId}`;

/** Editors a tab may open in a minute: a reader opens a few; a loop would fill storage.session. */
const openings = new RateLimit(60);
/** Words of the quote put in a text fragment: enough to be found, short enough for a URL. */
const FRAGMENT_WORDS = 8;

/** A text fragment (#:~:text=) for the quote's first words, so the browser scrolls there even before our script runs. */
function textFragmentUrl(h: Highlight): string {
  const words = h.quote.exact.trim().split(/\s+/).slice(0, FRAGMENT_WORDS).join(' ');
  const encode = (s: string) => encodeURIComponent(s).replace(/-/g, '%2D');
  return words ? `${h.url}#:~:text=${encode(words)}` : h.url;
}

async function changing<T>(change: () => Promise<T>): Promise<T> {
  const result = await change();
  await signalHighlightsChanged();
  return result;
}

export const highlightHandlers: HighlightHandlers = {
  async openNoteEditor(sender, draft) {
    const { tabId } = fromContent(sender, 'openNoteEditor');
    claimedPage(sender, 'openNoteEditor', draft.url);
    if (!openings.take(tabId))
      throw new Error('refused: too many note editors opened in this tab in a minute');
    return openEditor(tabId, draft);
  },

  noteEditorDraft: (sender, token) => editorView(sender, token),

  saveNote: async (sender, token, note, tags) =>
    saveNote(await readyDb(), sender, token, note, tags),

  closeNoteEditor: (sender, token) => closeEditor(sender, token),

  highlightsForPage: async (sender, url) =>
    repo.highlightsForPage(await readyDb(), claimedPage(sender, 'highlightsForPage', url)),

  highlightsForPdf: async (_sender, fingerprint) =>
    repo.highlightsForPdf(await readyDb(), fingerprint),

  reportAnchoring: async (sender, url, results) =>
    repo.recordAnchoring(await readyDb(), claimedPage(sender, 'reportAnchoring', url), results),

  listHighlights: async () => repo.listHighlights(await readyDb()),

  updateHighlight: async (_s, id, edit) =>
    changing(async () => repo.updateHighlight(await readyDb(), id, edit)),

  deleteHighlight: async (_s, id) =>
    changing(async () => repo.deleteHighlight(await readyDb(), id)),

  restoreHighlight: async (_s, highlight) =>
    changing(async () => repo.restoreHighlight(await readyDb(), highlight)),

  exportHighlights: async (_s, format) => exportHighlights(await readyDb(), format),

  importHighlights: async (_s, format, text) =>
    changing(async () => importHighlights(await readyDb(), format, text)),

  async openHighlight(_s, id) {
    const all = await repo.listHighlights(await readyDb());
    const h = all.find((x) => x.id === id);
    if (!h) throw new Error(`no highlight ${String(id)}`);
    // A PDF's highlight opens in the viewer at its page.
    const tabId = await (h.pdf ? openViewerAt(h.url, h.pdf.page) : openTab(textFragmentUrl(h)));
    if (tabId !== null) await setSessionValue(pendingKey(tabId), h.id);
  },

  async takePendingHighlight(sender) {
    const { tabId, frameId } = fromContent(sender, 'takePendingHighlight');
    if (frameId !== 0) return null;
    const id = await getSessionValue<string>(pendingKey(tabId));
    if (id !== null) await removeSessionValue(pendingKey(tabId));
    return id;
  },
};
