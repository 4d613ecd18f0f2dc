// Our single element in the page: a host outside <body> with a closed shadow
// root holding the overlay's styles and its Preact tree, so page script
// cannot reach into it; events a script made up (not isTrusted) stop at its
// top. The page's own DOM is never touched otherwise. The browser suites
// build with an open root (COUNTERPOINT_E2E_OPEN_OVERLAY, scripts/build.mjs)
// to read the overlay; the shipped build and the trust suite's are closed.

import { render } from 'preact';
import { UI_ATTRIBUTE } from '../../dom/page-text';
import { OVERLAY_CSS } from '../../ui/overlay';
import type { OverlayActions, OverlayState } from './model';
import { Overlay } from './Overlay';

const HOST_TAG = 'counterpoint-overlay';
/** Where the placed pieces sit; the pieces' own look is in OVERLAY_CSS. */
const SLOT_CSS = `
.cp-overlay { position: absolute; top: 0; left: 0; width: 0; height: 0; overflow: visible; }
.cp-card-slot { z-index: 2147483001; flex-direction: column; }
.cp-card-slot > * { flex: 1 1 auto; min-height: 0; }
.cp-banner-slot { position: fixed; bottom: 12px; left: 12px; max-width: min(720px, calc(100vw - 60px)); z-index: 2147483002; }
.cp-reader-slot { position: fixed; top: 8px; right: 32px; bottom: 8px; width: min(440px, calc(100vw - 48px)); z-index: 2147483003; display: flex; }
.cp-reader-slot > * { flex: 1 1 auto; min-height: 0; }
`;
/** Set by scripts/build.mjs; 'closed' wherever it is not (jest). */
declare const __OVERLAY_SHADOW_MODE__: ShadowRootMode | undefined;
const SHADOW_MODE: ShadowRootMode =
  typeof __OVERLAY_SHADOW_MODE__ === 'string' ? __OVERLAY_SHADOW_MODE__ : 'closed';
/** What a reader does to the overlay: a made-up event of these kinds goes no further than the overlay's top. */
const INPUT_EVENTS = [
  'click',
  'dblclick',
  'auxclick',
  'mousedown',
  'mouseup',
  'pointerdown',
  'pointerup',
  'pointerover',
  'pointerout',
  'pointerenter',
  'pointerleave',
  'mouseover',
  'mouseout',
  'mouseenter',
  'mouseleave',
  'keydown',
  'keyup',
  'keypress',
  'input',
  'change',
  'submit',
  'focusin',
  'focusout',
  'wheel',
];

const HOST_STYLE =
  'all: initial; position: absolute; top: 0; left: 0; width: 0; height: 0; z-index: 2147483647; display: block;';

type HostParts = { host: HTMLElement; shadow: ShadowRoot; mount: HTMLElement };

/**
 * The overlay's styles. In a web page, a <style> in the shadow root. In our own PDF viewer (an
 * extension page, whose CSP admits no inline style) a constructed sheet, through the CSSOM.
 */
function styleHost(doc: Document, host: HTMLElement, shadow: ShadowRoot): void {
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  if (view && /-extension:$/.test(doc.location.protocol)) {
    host.style.cssText = HOST_STYLE;
    const sheet = new view.CSSStyleSheet();
    sheet.replaceSync(OVERLAY_CSS + SLOT_CSS);
    shadow.adoptedStyleSheets = [sheet];
    return;
  }
  host.setAttribute('style', HOST_STYLE);
  const style = doc.createElement('style');
  style.textContent = OVERLAY_CSS + SLOT_CSS;
  shadow.append(style);
}

function createHost(doc: Document): HostParts {
  const host = doc.createElement(HOST_TAG);
  host.setAttribute(UI_ATTRIBUTE, '');
  const shadow = host.attachShadow({ mode: SHADOW_MODE });
  styleHost(doc, host, shadow);
  const mount = doc.createElement('div');
  const untrusted = (e: Event) => !e.isTrusted && e.stopImmediatePropagation();
  for (const type of INPUT_EVENTS) mount.addEventListener(type, untrusted, { capture: true });
  shadow.append(mount);
  return { host, shadow, mount };
}

/** Kept here, never looked up in the page: a page could plant an element of the same name. */
let early: HostParts | null = null;

/**
 * Puts the (empty) host in the page while it is parsed, right after <body> is made (so it ends
 * <html>, after <body>), before any extension API call: then its insertion rides on the
 * browser's own first layout of the whole page. Inserted after that layout, a child of <html>
 * costs a full pre-paint walk (60–75 ms on a 10 MB page, measured). The first OverlayHost takes
 * it over; one still waiting for <body> when the parser is done is put in by ensure().
 */
export function attachHostEarly(doc: Document): void {
  const html = doc.documentElement;
  if (early || !html) return;
  const parts = createHost(doc);
  early = parts;
  if (doc.body) {
    html.append(parts.host);
    return;
  }
  const watch = new MutationObserver(() => {
    if (!doc.body || early !== parts) return;
    watch.disconnect();
    html.append(parts.host);
  });
  watch.observe(html, { childList: true });
  doc.addEventListener('DOMContentLoaded', () => watch.disconnect(), { once: true });
}

/** The site is off after all: the early host goes. */
export function discardEarlyHost(): void {
  early?.host.remove();
  early = null;
}

function takeEarlyHost(doc: Document): HostParts | null {
  const taken = early?.host.ownerDocument === doc ? early : null;
  early = null;
  return taken;
}

export class OverlayHost {
  private host: HTMLElement | null = null;
  private shadow: ShadowRoot | null = null;
  private mount: HTMLElement | null = null;

  constructor(
    private readonly doc: Document,
    private readonly t: (k: string, s?: string[]) => string,
  ) {}

  private ensure(): HTMLElement {
    if (this.mount && this.host?.isConnected) return this.mount;
    const made = takeEarlyHost(this.doc) ?? createHost(this.doc);
    if (!made.host.isConnected) this.doc.documentElement.append(made.host);
    ({ host: this.host, shadow: this.shadow, mount: this.mount } = made);
    return made.mount;
  }

  render(state: OverlayState, actions: OverlayActions): void {
    render(<Overlay state={state} actions={actions} t={this.t} />, this.ensure());
  }

  /** True when an event came from inside the overlay. */
  contains(event: Event): boolean {
    return this.host !== null && event.composedPath().includes(this.host);
  }

  /** True while keyboard focus is inside the overlay. */
  hasFocus(): boolean {
    return this.host !== null && this.doc.activeElement === this.host;
  }

  /** Moves focus to the marker of a passage (after Escape, or next/previous). */
  focusMarker(key: string): void {
    const marker = this.shadow?.querySelector<HTMLElement>(`[data-marker="${CSS.escape(key)}"]`);
    marker?.focus({ preventScroll: true });
  }

  remove(): void {
    if (this.mount) render(null, this.mount);
    this.host?.remove();
    this.host = null;
    this.shadow = null;
    this.mount = null;
  }
}
