// In-page helpers for reading highlights (the CSS Custom Highlight registry) and selecting text:
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
      all.onsuccess = () => {
        req.result.close();
        resolve(all.result);
      };
    };
  });
}

/** Runs in the page: how many elements of the overlay's shadow root match `selector`. */
export const countInOverlay = (selector) =>
  document.querySelector('counterpoint-overlay')?.shadowRoot?.querySelectorAll(selector).length ??
  0;

/**
 * Runs in the page: the ranges of a named highlight, each with its text
 * (footnote markers left out, as the page-text model does), the names of the
 * highlights hit at the middle of its widest line, and that line's rect.
 * Self-contained: serialised into the page by the driver.
 */
export function readHighlightInPage(name) {
  const registry = globalThis.CSS?.highlights;
  if (!registry) return { supported: false, ranges: null };
  const h = registry.get(name);
  if (!h) return { supported: true, ranges: null };
  const names = [...registry.keys()];
  const ranges = [];
  for (const r of h) {
    const frag = r.cloneContents();
    for (const sup of frag.querySelectorAll('sup')) sup.remove();
    const el = r.startContainer.nodeType === 1 ? r.startContainer : r.startContainer.parentElement;
    el.scrollIntoView({ block: 'center' });
    const rects = [...r.getClientRects()].filter((q) => q.width > 0 && q.height > 0);
    const rect = rects.sort((a, b) => b.width - a.width)[0];
    let hits = null;
    if (rect && typeof registry.highlightsFromPoint === 'function') {
      hits = registry
        .highlightsFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2)
        .map((entry) => names.find((n) => registry.get(n) === entry.highlight) ?? '?');
    }
    ranges.push({
      text: frag.textContent,
      hits,
      rect: rect ? { x: rect.x, y: rect.y, width: rect.width, height: rect.height } : null,
    });
  }
  return { supported: true, ranges };
}

/** Runs in the page: scrolls the first element matched by `selector` into view and returns its rect and the viewport width. */
export function rectInPage(selector) {
  const el = document.querySelector(selector);
  el.scrollIntoView({ block: 'center' });
  const r = el.getBoundingClientRect();
  return {
    rect: { x: r.x, y: r.y, width: r.width, height: r.height },
    innerWidth: window.innerWidth,
  };
}

/** Runs in the page: scrolls a passage range into view again and returns its widest line rect and the viewport width. */
export function passageRectInPage(index) {
  const r = [...CSS.highlights.get('counterpoint-passage')][index];
  (r.startContainer.nodeType === 1
    ? r.startContainer
    : r.startContainer.parentElement
  ).scrollIntoView({ block: 'center' });
  const rect = [...r.getClientRects()].sort((a, b) => b.width - a.width)[0];
  return {
    rect: { x: rect.x, y: rect.y, width: rect.width, height: rect.height },
    innerWidth: window.innerWidth,
  };
}
