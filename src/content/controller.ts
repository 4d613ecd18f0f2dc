// Turns the page's input into overlay actions and repaints: hover, click and
// keyboard focus open a passage's card; Escape closes it; next/previous walk
// the passages. Every change ends in refresh(): highlights + overlay render.

import { sendToBackground } from '../platform/messaging';
import type { ContentApp } from './app';
import type { Translate } from '../ui/overlay/types';
import type { OverlayActions } from './overlay/model';
import { placeCard } from './placement';
import { SaveFlow } from './save-flow';
import { highlightsFor, overlayState, type ViewportInfo } from './views';

const OPEN_DELAY_MS = 180;
const CLOSE_DELAY_MS = 350;
/** The card's height budget: it scrolls inside beyond this. */
/** Card width and height budget per size setting. */
const CARD_SIZES = {
  compact: { width: 320, height: 420 },
  regular: { width: 380, height: 540 },
  large: { width: 460, height: 660 },
};
/** Height of the banner's strip at the bottom of the viewport, with its margin. */
const BANNER_ROOM = 72;

export class Controller {
  private hoverTimer: ReturnType<typeof setTimeout> | undefined;
  private frame = 0;
  private inCard = false;
  readonly actions: OverlayActions;
  readonly saving: SaveFlow;

  constructor(
    private readonly app: ContentApp,
    private readonly t: Translate,
  ) {
    app.onChange = () => this.refresh();
    app.onPaintHighlights = () => {
      if (!app.stopped)
        app.highlighter.paint(
          highlightsFor(app.state, app.geometry, this.viewport(), app.mine.anchored),
        );
    };
    this.actions = {
      activate: (key) =>
        this.app.state.active?.key === key && this.app.state.active.pinned
          ? this.close()
          : this.open(key, true),
      focusMarker: (key) =>
        this.open(key, this.app.state.active?.key === key && this.app.state.active.pinned),
      blurMarker: () => setTimeout(() => this.closeUnlessHeld(), 0),
      hoverCard: (inside) => {
        this.inCard = inside;
        if (inside) clearTimeout(this.hoverTimer);
        else this.later(() => this.closeUnlessHeld(), CLOSE_DELAY_MS);
      },
      closeCard: () => this.close(true),
      page: (n) => this.update(() => this.app.state.active && (this.app.state.active.page = n)),
      readSection: (section) => void this.openSection(section),
      addPerspective: (key) => void this.addPerspective(key),
      closeReader: () => this.update(() => (this.app.state.reader = null)),
      dismissBanner: () => this.update(() => (this.app.state.bannerDismissed = true)),
      jump: (key) => this.goTo(key),
      previous: () => this.step(-1),
      next: () => this.step(1),
      editSelection: () => this.saving.edit(),
      editorFrame: (frame) => this.saving.setFrame(frame),
      cancelEditor: () => this.saving.cancel(),
    };
    this.saving = new SaveFlow(app, () => this.refresh());
    app.onShowRange = (range) => this.showRange(range);
  }

  viewport(): ViewportInfo {
    const view = this.app.doc.defaultView!;
    const el = this.app.doc.documentElement;
    return {
      scrollX: view.scrollX,
      scrollY: view.scrollY,
      width: el.clientWidth,
      height: view.innerHeight,
      docHeight: el.scrollHeight,
    };
  }

  refresh(): void {
    const { app } = this;
    // Removing the overlay blurs a focused marker, whose handler closes the card a tick later.
    if (app.stopped) return;
    const v = this.viewport();
    app.highlighter.paint(highlightsFor(app.state, app.geometry, v, app.mine.anchored));
    app.overlay.render(overlayState(app.state, app.geometry, v, this.t), this.actions);
  }

  /** The card's "Add your perspective": its passage selected, the note editor opened on it. */
  private async addPerspective(key: string): Promise<void> {
    const range = this.app.state.found.find((f) => f.key === key)?.range;
    if (!range) return;
    this.close(true);
    this.app.doc.getSelection()?.removeAllRanges();
    this.app.doc.getSelection()?.addRange(range.cloneRange());
    await this.saving.edit({ perspective: true });
  }

  /** Repaints at most once per frame (scroll, resize). */
  scheduleRefresh(layoutChanged = false): void {
    if (layoutChanged) this.app.geometry.invalidate();
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.refresh();
    });
  }

  /** The pointer is over passage `key` (or none): open after a short delay, close after a longer one. */
  hover(key: string | null): void {
    if (this.app.state.hovered !== key) {
      this.app.state.hovered = key;
      this.app.onPaintHighlights();
    }
    const active = this.app.state.active;
    if (key !== null && active?.key === key) {
      clearTimeout(this.hoverTimer);
      return;
    }
    if (key !== null) this.later(() => this.open(key, false), OPEN_DELAY_MS);
    else if (active && !active.pinned) this.later(() => this.closeUnlessHeld(), CLOSE_DELAY_MS);
  }

  open(key: string, pinned: boolean): void {
    clearTimeout(this.hoverTimer);
    const found = this.app.state.found.find((f) => f.key === key);
    const g = found && this.app.geometry.of(key, found.range);
    if (!g) return;
    const v = this.viewport();
    // The chapter banner sits at the bottom of the viewport: cards stay clear of it.
    if (this.bannerShown()) v.height -= BANNER_ROOM;
    const page = this.app.state.active?.key === key ? this.app.state.active.page : 0;
    const size = CARD_SIZES[this.app.state.settings.appearance.cardSize];
    this.update(
      () =>
        (this.app.state.active = {
          key,
          page,
          pinned,
          placement: placeCard(g.rects, g.box, v, size.height, size.width),
        }),
    );
  }

  close(restoreFocus = false): void {
    const key = this.app.state.active?.key;
    // Asked before the card unmounts: focus inside it is lost with it.
    const hadFocus = this.app.overlay.hasFocus();
    clearTimeout(this.hoverTimer);
    this.update(() => (this.app.state.active = null));
    if (restoreFocus && key && hadFocus) this.app.overlay.focusMarker(key);
  }

  /** Walks to the next or previous passage in reading order, from the open card or the viewport. */
  step(direction: 1 | -1): void {
    const keys = overlayState(
      this.app.state,
      this.app.geometry,
      this.viewport(),
      this.t,
    ).passages.map((p) => p.key);
    if (keys.length === 0) return;
    const current = keys.indexOf(this.app.state.active?.key ?? '');
    const next =
      current < 0
        ? direction > 0
          ? this.firstBelowTop(keys)
          : keys.length - 1
        : (current + direction + keys.length) % keys.length;
    this.goTo(keys[next]);
  }

  goTo(key: string): void {
    const found = this.app.state.found.find((f) => f.key === key);
    const g = found && this.app.geometry.of(key, found.range);
    if (!g) return;
    const view = this.app.doc.defaultView!;
    view.scrollTo({
      top: Math.max(0, g.box.top - view.innerHeight / 3),
      behavior: 'instant' as ScrollBehavior,
    });
    this.open(key, true);
    this.app.overlay.focusMarker(key);
  }

  /** Brings a range to the upper third of the viewport (a highlight opened from the library). */
  showRange(range: Range): void {
    const view = this.app.doc.defaultView!;
    const rect = range.getBoundingClientRect();
    view.scrollTo({
      top: Math.max(0, rect.top + view.scrollY - view.innerHeight / 3),
      behavior: 'instant' as ScrollBehavior,
    });
  }

  private firstBelowTop(keys: string[]): number {
    const top = this.viewport().scrollY;
    const i = keys.findIndex((k) => {
      const f = this.app.state.found.find((x) => x.key === k)!;
      return (this.app.geometry.of(k, f.range)?.box.top ?? -1) >= top;
    });
    return Math.max(0, i);
  }

  private bannerShown(): boolean {
    const { settings, chapter, bannerDismissed } = this.app.state;
    return settings.overlay && chapter !== null && !bannerDismissed;
  }

  private closeUnlessHeld(): void {
    const active = this.app.state.active;
    if (active && !active.pinned && !this.inCard && !this.app.overlay.hasFocus()) this.close();
  }

  private async openSection(section: string): Promise<void> {
    const found = await sendToBackground('getSection', section);
    if (!found) return;
    const active = this.app.state.active;
    const highlight =
      this.app.state.data?.critiques.paragraphs
        .filter(
          (p) =>
            p.section === section &&
            active &&
            p.passages.some((id) => active.key.startsWith(id + '@')),
        )
        .map((p) => p.id) ?? [];
    this.update(() => (this.app.state.reader = { section: found, highlight }));
  }

  private later(fn: () => void, ms: number): void {
    clearTimeout(this.hoverTimer);
    this.hoverTimer = setTimeout(fn, ms);
  }

  private update(change: () => unknown): void {
    change();
    this.refresh();
  }
}
