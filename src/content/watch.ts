// Changes that call for a new scan: the page's own DOM changing (late content,
// infinite scroll, edits) and in-page navigation in single-page apps. One
// debounced MutationObserver; our UI lives outside <body>, so it never triggers it,
// and an element set aside from the reading (the PDF viewer's paint layers)
// coming or going changes no text.

import { ASIDE_ATTRIBUTE } from '../dom/page-text';

/** Quiet time after the last change before re-scanning. */
const DEBOUNCE_MS = 400;
/** A page that never stops changing is still re-scanned this often. */
const MAX_WAIT_MS = 2000;

export interface Watch {
  stop(): void;
}

const isAside = (node: Node) => node instanceof Element && node.hasAttribute(ASIDE_ATTRIBUTE);

/** A change that adds or removes only elements set aside from the reading. */
const onlyAsides = (r: MutationRecord) =>
  r.type === 'childList' &&
  r.addedNodes.length + r.removedNodes.length > 0 &&
  [...r.addedNodes].every(isAside) &&
  [...r.removedNodes].every(isAside);

/** Calls `changed` (debounced) after DOM changes in `root`, and at once when the URL changes without a load. */
export function watchPage(doc: Document, root: Node, changed: (why: 'dom' | 'url') => void): Watch {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstChange = 0;
  let url = doc.location?.href;
  const urlChanged = () => {
    if (doc.location?.href === url) return false;
    url = doc.location?.href;
    clearTimeout(timer);
    timer = undefined;
    changed('url');
    return true;
  };
  const observer = new MutationObserver((records) => {
    if (urlChanged() || records.every(onlyAsides)) return;
    const now = Date.now();
    if (timer === undefined) firstChange = now;
    clearTimeout(timer);
    const wait = Math.max(0, Math.min(DEBOUNCE_MS, firstChange + MAX_WAIT_MS - now));
    timer = setTimeout(() => {
      timer = undefined;
      changed('dom');
    }, wait);
  });
  observer.observe(root, { childList: true, subtree: true, characterData: true });
  const view = doc.defaultView;
  const onNavigate = () => void urlChanged();
  view?.addEventListener('popstate', onNavigate);
  view?.addEventListener('hashchange', onNavigate);
  // The Navigation API (Chromium) reports pushState navigations; elsewhere the next DOM change does.
  const navigation = (view as unknown as { navigation?: EventTarget } | null)?.navigation;
  navigation?.addEventListener('navigatesuccess', onNavigate);
  return {
    stop() {
      observer.disconnect();
      clearTimeout(timer);
      view?.removeEventListener('popstate', onNavigate);
      view?.removeEventListener('hashchange', onNavigate);
      navigation?.removeEventListener('navigatesuccess', onNavigate);
    },
  };
}
