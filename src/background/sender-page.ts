// A content script's page, as the browser names it: the sender's tab, frame
// and URL, never what the message claims. A content script is the page's
// neighbour; it gets its own page's data and nothing else.

import { pageKey } from '../shared/highlights';
import type { SenderInfo } from '../shared/messages';

export interface ContentSender {
  tabId: number;
  frameId: number;
  /** The frame's URL, fragment included. */
  url: string;
  /** The page highlights are keyed by: the URL without its fragment. */
  page: string;
}

/** The content script behind `sender`; throws for any other caller (the contract gives `method` to content scripts only). */
export function fromContent(sender: SenderInfo, method: string): ContentSender {
  if (sender.caller !== 'content' || sender.tabId === undefined || sender.url === undefined) {
    throw new Error(`refused: ${method} comes from a content script in a tab`);
  }
  return { tabId: sender.tabId, frameId: sender.frameId ?? 0, url: sender.url, page: pageKey(sender.url) };
}
