// A content script's page, as far as the browser vouches for it. A content
// script is the page's neighbour: it gets its own page's data and nothing else.
//
// The browser reports the sender's tab, frame and URL. The URL is the one the
// document loaded with: after a history.pushState both Chromium and Firefox
// still report the first one (measured, tests/e2e/overlay.e2e.mjs, the
// single-page app). So a content script names its current page, and the name
// is held to the sender's origin: a page can pushState to any URL of its own
// origin and no further, so the claim gives it nothing the page lacks.
// Documents of an opaque origin (file:, about:srcdoc…) may name only the URL
// the browser reported.

import { pageKey } from '../shared/highlights';
import type { SenderInfo } from '../shared/messages';
import { isLocalPdfUrl, viewerDocumentUrl } from '../shared/viewer-url';

export interface ContentSender {
  tabId: number;
  frameId: number;
  /** The URL the browser reports for the sender's document. */
  url: string;
}

/**
 * The content script behind `sender`, or the PDF viewer speaking for the PDF it was opened on
 * (its `file` URL; a local file's `pdf:` address has no URL); throws for any other caller.
 */
export function fromContent(sender: SenderInfo, method: string): ContentSender {
  const readsFor =
    sender.caller === 'viewer' && sender.url !== undefined
      ? (viewerDocumentUrl(sender.url) ?? LOCAL_PDF)
      : sender.url;
  if (
    (sender.caller !== 'content' && sender.caller !== 'viewer') ||
    sender.tabId === undefined ||
    readsFor === undefined
  ) {
    throw new Error(`refused: ${method} comes from a content script or the PDF viewer in a tab`);
  }
  return { tabId: sender.tabId, frameId: sender.frameId ?? 0, url: readsFor };
}

/** What a viewer opened on a local file reads for: any `pdf:<fingerprint>` it names. */
const LOCAL_PDF = 'pdf:';

const originOf = (url: string): string | null => {
  try {
    const origin = new URL(url).origin;
    return origin === 'null' ? null : origin;
  } catch {
    return null;
  }
};

/** Whether a content script on `senderUrl` may speak for `claimed`: its own origin, or, for an opaque one, its own page. */
export function mayName(senderUrl: string, claimed: string): boolean {
  if (senderUrl === LOCAL_PDF) return isLocalPdfUrl(claimed);
  const origin = originOf(senderUrl);
  return origin !== null ? originOf(claimed) === origin : pageKey(claimed) === pageKey(senderUrl);
}

/** `claimed`, the sender's current page URL, once held to the sender's origin; throws otherwise. */
export function claimedPage(sender: SenderInfo, method: string, claimed: string): string {
  const { url } = fromContent(sender, method);
  if (!mayName(url, claimed))
    throw new Error(`refused: ${method} names a page outside the sender's origin`);
  return claimed;
}
