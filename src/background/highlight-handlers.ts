// The message handlers of the reader's highlights: validate, write, tell pages.

import { signalHighlightsChanged } from '../platform/dataset-signal';
import { getSessionValue, openTab, removeSessionValue, setSessionValue } from '../platform/tabs';
import type { Highlight } from '../shared/highlights';
import type { Handlers } from '../shared/messages';
import { exportHighlights, importHighlights } from './exchange';
import * as repo from './highlights-repo';
import { readyDb } from './seed';
import { anchoringArg, exportFormatArg, highlightArg, highlightDraftArg, highlightEditArg, idArg, importArg, urlArg } from './validate';

type HighlightHandlers = Pick<Handlers, 'saveHighlight' | 'highlightsForPage' | 'reportAnchoring' | 'listHighlights' | 'updateHighlight' |
  'deleteHighlight' | 'restoreHighlight' | 'exportHighlights' | 'importHighlights' | 'openHighlight' | 'takePendingHighlight'>;

const pendingKey = (tabId: number) => `pending:${tabId}`;
/** Words of the quote put in a text fragment: enough to be found, short enough for a URL. */
const FRAGMENT_WORDS = 8;

/** A text fragment (#:~:text=) for the quote's first words, so the browser scrolls there even before our script runs. */
export function textFragmentUrl(h: Highlight): string {
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
  saveHighlight: async (_s, draft) => repo.saveHighlight(await readyDb(), highlightDraftArg('saveHighlight', draft)),

  highlightsForPage: async (_s, url) => repo.highlightsForPage(await readyDb(), urlArg('highlightsForPage', url)),

  reportAnchoring: async (_s, url, results) => repo.recordAnchoring(await readyDb(), urlArg('reportAnchoring', url), anchoringArg('reportAnchoring', results)),

  listHighlights: async () => repo.listHighlights(await readyDb()),

  updateHighlight: async (_s, id, edit) => changing(async () => repo.updateHighlight(await readyDb(), idArg('updateHighlight', id), highlightEditArg('updateHighlight', edit))),

  deleteHighlight: async (_s, id) => changing(async () => repo.deleteHighlight(await readyDb(), idArg('deleteHighlight', id))),

  restoreHighlight: async (_s, highlight) => changing(async () => repo.restoreHighlight(await readyDb(), highlightArg('restoreHighlight', highlight))),

  exportHighlights: async (_s, format) => exportHighlights(await readyDb(), exportFormatArg('exportHighlights', format)),

  importHighlights: async (_s, format, text) => {
    const [f, t] = importArg('importHighlights', format, text);
    return changing(async () => importHighlights(await readyDb(), f, t));
  },

  async openHighlight(_s, id) {
    const wanted = idArg('openHighlight', id);
    const all = await repo.listHighlights(await readyDb());
    const h = all.find((x) => x.id === wanted);
    if (!h) throw new Error(`no highlight ${String(id)}`);
    const tabId = await openTab(textFragmentUrl(h));
    if (tabId !== null) await setSessionValue(pendingKey(tabId), h.id);
  },

  async takePendingHighlight(sender) {
    if (sender.tabId === undefined || sender.frameId) return null;
    const id = await getSessionValue<string>(pendingKey(sender.tabId));
    if (id !== null) await removeSessionValue(pendingKey(sender.tabId));
    return id;
  },
};
