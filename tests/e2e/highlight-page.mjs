// In-page helpers of the highlight suites (highlights.e2e.mjs, save-interrupted.e2e.mjs):
// each runs in a page or an extension context, serialised there by the driver, so
// each is self-contained.

/** Runs in the page: selects the `length` characters after the first occurrence of `start` (within one text node). */
export function selectInPage([start, length]) {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const at = n.data.indexOf(start);
    if (at >= 0) {
      getSelection().setBaseAndExtent(n, at, n, Math.min(n.data.length, at + length));
      return getSelection().toString();
    }
  }
  return null;
}

/** Runs in the page: the text of each range of our "mine" highlight. */
export function mineInPage() {
  const h = CSS.highlights.get('counterpoint-mine') ?? CSS.highlights.get('counterpoint-mine-dark');
  return h ? [...h].map((r) => r.toString()) : [];
}

/** Runs in an extension context (the service worker, or any page of the extension's origin): every stored highlight. */
export function storedInExtension() {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open('counterpoint');
    req.onerror = () => reject(req.error);
    req.onsuccess = () => {
      const tx = req.result.transaction('highlights');
      const all = tx.objectStore('highlights').getAll();
      all.onsuccess = () => { req.result.close(); resolve(all.result); };
    };
  });
}

/** Runs in the page: how many elements of the overlay's shadow root match `selector`. */
export const countInOverlay = (selector) => document.querySelector('counterpoint-overlay')?.shadowRoot?.querySelectorAll(selector).length ?? 0;
