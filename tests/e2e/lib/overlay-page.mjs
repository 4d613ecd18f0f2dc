// Functions that run inside a page (serialised by the driver): reading the
// overlay in its shadow root, the registered highlights, and the page's DOM.
// Each is self-contained.

/** The overlay's open card: its text and rect, or null. */
export function cardInPage() {
  const root = document.querySelector('counterpoint-overlay')?.shadowRoot;
  const card = root?.querySelector('[role="dialog"]');
  if (!card) return null;
  const r = card.getBoundingClientRect();
  return { text: card.textContent, rect: { x: r.x, y: r.y, width: r.width, height: r.height } };
}

/** The chapter banner's text, or null. */
export function bannerInPage() {
  const root = document.querySelector('counterpoint-overlay')?.shadowRoot;
  return root?.querySelector('[role="region"]')?.textContent ?? null;
}

/** Scrolls passage `i` (counterpoint-passage, page order) to the middle and returns its line rects (viewport). */
export function passageLinesInPage(i) {
  const r = [...CSS.highlights.get('counterpoint-passage')][i];
  (r.startContainer.nodeType === 1
    ? r.startContainer
    : r.startContainer.parentElement
  ).scrollIntoView({ block: 'center', behavior: 'instant' });
  return [...r.getClientRects()]
    .filter((q) => q.width > 0 && q.height > 0)
    .map((q) => ({ x: q.x, y: q.y, width: q.width, height: q.height }));
}

/**
 * Like passageLinesInPage, but only the lines no other passage shares (a passage that ends where the
 * next begins shares a line with it, and where two passages overlap the later one wins the pointer);
 * all its lines if it has no line of its own. `which`: the range's index, or its text's start.
 */
export function passageOwnLinesInPage(which) {
  const all = [...CSS.highlights.get('counterpoint-passage')];
  // A range's place in the highlight changes when the page repaints (hover, calm): by text it does not.
  const squash = (s) => s.replace(/[^\p{L}\p{N}]+/gu, '');
  const i =
    typeof which === 'number'
      ? which
      : all.findIndex((q) => squash(q.toString()).startsWith(squash(which).slice(0, 60)));
  const r = all[i];
  (r.startContainer.nodeType === 1
    ? r.startContainer
    : r.startContainer.parentElement
  ).scrollIntoView({ block: 'center', behavior: 'instant' });
  const rects = (x) => [...x.getClientRects()].filter((q) => q.width > 0 && q.height > 0);
  const others = all.filter((_, j) => j !== i).flatMap(rects);
  const mine = rects(r);
  const shared = (q) =>
    others.some(
      (o) => o.left < q.right && q.left < o.right && o.top < q.bottom && q.top < o.bottom,
    );
  const own = mine.filter((q) => !shared(q));
  return (own.length > 0 ? own : mine).map((q) => ({
    x: q.x,
    y: q.y,
    width: q.width,
    height: q.height,
  }));
}

/** Which element has focus inside the overlay: 'marker', 'card' or null. */
export function overlayFocusInPage() {
  const host = document.querySelector('counterpoint-overlay');
  if (document.activeElement !== host) return null;
  const el = host.shadowRoot.activeElement;
  if (!el) return null;
  if (el.closest('[role="dialog"]')) return 'card';
  return el.hasAttribute('data-marker') ? 'marker' : el.tagName.toLowerCase();
}

/** Focuses the first marker, as Tab would. */
export function focusFirstMarkerInPage() {
  document.querySelector('counterpoint-overlay').shadowRoot.querySelector('[data-marker]').focus();
}

/** Our highlight names registered in the page, with their range counts. */
export function registeredInPage() {
  const out = {};
  for (const [name, h] of CSS.highlights) if (name.startsWith('counterpoint-')) out[name] = h.size;
  return out;
}

/** Number of markers in the overlay. */
export function markerCountInPage() {
  return (
    document.querySelector('counterpoint-overlay')?.shadowRoot.querySelectorAll('[data-marker]')
      .length ?? 0
  );
}

/**
 * The page's DOM against a fresh parse of the HTML it was served: the same
 * head and body, the same attributes on <html>, and one extra child of
 * <html>: our host element.
 */
export function domUnchangedInPage(html) {
  const fresh = new DOMParser().parseFromString(html, 'text/html');
  const attrs = (el) => [...el.attributes].map((a) => `${a.name}=${a.value}`).join(' ');
  return {
    head: document.head.outerHTML === fresh.head.outerHTML,
    body: document.body.outerHTML === fresh.body.outerHTML,
    htmlAttributes: attrs(document.documentElement) === attrs(fresh.documentElement),
    children: [...document.documentElement.children].map((c) => c.tagName.toLowerCase()),
  };
}

/** In the page: the centre of the open card's button labelled `label` ("next paragraph"); null when there is none or it is disabled. */
function buttonInCard(label) {
  const button = document
    .querySelector('counterpoint-overlay')
    ?.shadowRoot.querySelector(`[role="dialog"] button[aria-label="${label}"]`);
  if (!button || button.disabled) return null;
  const r = button.getBoundingClientRect();
  return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
}

/**
 * Pages through the open card (its button labelled `nextLabel`) until `look()` returns a value:
 * that value, or null when the last of up to 8 paragraphs has been looked at.
 */
export async function pageThroughCard(page, nextLabel, look) {
  for (let n = 0; n < 8; n += 1) {
    const found = await look();
    if (found) return found;
    // A real click: the overlay ignores clicks a script makes up.
    const at = await page.evaluate(buttonInCard, nextLabel);
    if (!at) return null;
    await page.mouse.click(at.x, at.y);
    await new Promise((r) => setTimeout(r, 60));
  }
  return null;
}
