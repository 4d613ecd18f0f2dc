// The note editor lives in an extension frame, out of the page's reach: the
// page sees neither the keystrokes nor the note. The content script hands the
// background the selection's draft (no note yet) and gets a token; the frame,
// loaded at editor.html#<token> in the same tab, reads the quote and saves the
// note with that token. A content script can open an editor but cannot save.
// Drafts wait in storage.session, so a background that stopped between the
// two finds them again.

import { getSessionValue, removeSessionValue, setSessionValue } from '../platform/tabs';
import type { Highlight, HighlightDraft } from '../shared/highlights';
import type { SenderInfo } from '../shared/messages';
import type { Db } from './db';
import * as repo from './highlights-repo';
import { SAVES_PER_MINUTE, saves } from './save-limit';

interface Waiting {
  tabId: number;
  draft: HighlightDraft;
}

const keyOf = (token: string) => `editor:${token}`;

/** Keeps a draft for the editor frame of `tabId`; the frame's token. */
export async function openEditor(tabId: number, draft: HighlightDraft): Promise<string> {
  const token = crypto.randomUUID();
  await setSessionValue(keyOf(token), {
    tabId,
    draft: { ...draft, note: '', tags: [] },
  } satisfies Waiting);
  return token;
}

/** The draft of `token`, asked by a frame in the same tab; throws otherwise. */
async function waiting(sender: SenderInfo, token: string, method: string): Promise<Waiting> {
  const found = await getSessionValue<Waiting>(keyOf(token));
  if (!found) throw new Error(`not saved: this editor has expired; select the passage again`);
  if (sender.tabId !== found.tabId)
    throw new Error(`refused: ${method} comes from the editor in its own tab`);
  return found;
}

/** The draft of the editor `token` (its frame's tab only): the selection a perspective's paragraph is on. */
export async function editorDraft(
  sender: SenderInfo,
  token: string,
  method: string,
): Promise<HighlightDraft> {
  return (await waiting(sender, token, method)).draft;
}

/** What the editor shows: the quote and the page's title. */
export async function editorView(
  sender: SenderInfo,
  token: string,
): Promise<{ quote: string; title: string; id: string }> {
  const { draft } = await waiting(sender, token, 'noteEditorDraft');
  return { quote: draft.quote.exact, title: draft.title, id: draft.id ?? '' };
}

/** Saves the draft with the reader's note; again with the same token, the same record (a retry). */
export async function saveNote(
  db: Db,
  sender: SenderInfo,
  token: string,
  note: string,
  tags: string[],
): Promise<Highlight> {
  const { tabId, draft } = await waiting(sender, token, 'saveNote');
  if (!saves.take(tabId))
    throw new Error(
      `not saved: more than ${SAVES_PER_MINUTE} saves from this tab in a minute; try again in a moment`,
    );
  return repo.saveHighlight(db, { ...draft, note, tags }, Date.now(), { samePage: true });
}

/** The editor closed: its draft goes. */
export async function closeEditor(sender: SenderInfo, token: string): Promise<void> {
  const found = await getSessionValue<Waiting>(keyOf(token));
  if (found && found.tabId === sender.tabId) await removeSessionValue(keyOf(token));
}
