// Page events the overlay listens to: pointer over passages (hit-tested
// against their line boxes, once per frame), clicks, Escape, scroll, resize.
// Listeners are passive and never stop the page's own handlers; events page
// script made up (not isTrusted) are ignored.

import type { ContentApp } from './app';
import type { Controller } from './controller';

export function listenToPage(app: ContentApp, controller: Controller): () => void {
  const view = app.doc.defaultView!;
  let pointer: { x: number; y: number } | null = null;
  let frame = 0;
  const passages = () => app.state.found.filter((f) => f.match.passage !== null);
  const hitAt = (x: number, y: number) =>
    app.state.settings.overlay ? app.geometry.hit(passages(), x, y) : null;

  const onPointerMove = (e: PointerEvent) => {
    if (!e.isTrusted || app.overlay.contains(e)) return;
    pointer = { x: e.pageX, y: e.pageY };
    if (frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      if (pointer) controller.hover(hitAt(pointer.x, pointer.y));
    });
  };
  const onClick = (e: MouseEvent) => {
    if (!e.isTrusted || app.overlay.contains(e)) return;
    const selected = app.doc.getSelection()?.toString() ?? '';
    const key = hitAt(e.pageX, e.pageY);
    if (key && selected.length === 0) controller.open(key, true);
    else if (!key && app.state.active?.pinned) controller.close();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (!e.isTrusted || e.key !== 'Escape') return;
    if (app.state.editor) controller.actions.cancelEditor();
    else if (app.state.reader) controller.actions.closeReader();
    else if (app.state.active) controller.close(true);
  };
  let selectionTimer: ReturnType<typeof setTimeout> | undefined;
  // selectionchange fires on every caret move: settle first.
  const onSelection = () => {
    clearTimeout(selectionTimer);
    selectionTimer = setTimeout(() => controller.saving.selectionChanged(), 150);
  };
  const onScroll = () => controller.scheduleRefresh();
  const onResize = () => controller.scheduleRefresh(true);
  const resizeObserver = new ResizeObserver(() => controller.scheduleRefresh(true));
  resizeObserver.observe(app.doc.documentElement);

  const options = { passive: true, capture: true } as const;
  app.doc.addEventListener('pointermove', onPointerMove, options);
  app.doc.addEventListener('click', onClick, options);
  app.doc.addEventListener('keydown', onKeyDown, { capture: true });
  app.doc.addEventListener('selectionchange', onSelection);
  view.addEventListener('scroll', onScroll, { passive: true });
  view.addEventListener('resize', onResize, { passive: true });
  return () => {
    app.doc.removeEventListener('pointermove', onPointerMove, options);
    app.doc.removeEventListener('click', onClick, options);
    app.doc.removeEventListener('keydown', onKeyDown, { capture: true });
    app.doc.removeEventListener('selectionchange', onSelection);
    clearTimeout(selectionTimer);
    view.removeEventListener('scroll', onScroll);
    view.removeEventListener('resize', onResize);
    resizeObserver.disconnect();
    cancelAnimationFrame(frame);
  };
}
