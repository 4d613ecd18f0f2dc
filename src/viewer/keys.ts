// The viewer's keys, as readers know them from PDF viewers: Ctrl/Cmd with +, -
// and 0 zoom the PDF (not the page); n/j and p/k step pages; scrolling keys
// stay the browser's own.

import type { Viewer } from './viewer';

const typing = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

export function listenToKeys(doc: Document, viewer: Viewer): void {
  doc.addEventListener('keydown', (e) => {
    if (e.altKey || typing(e.target)) return;
    const command = e.ctrlKey || e.metaKey;
    const act = command ? zoomKey(e.key, viewer) : pageKey(e.key, viewer);
    if (act) {
      e.preventDefault();
      act();
    }
  });
}

function zoomKey(key: string, viewer: Viewer): (() => void) | null {
  if (key === '+' || key === '=') return () => viewer.zoomStep(1);
  if (key === '-') return () => viewer.zoomStep(-1);
  if (key === '0') return () => viewer.setZoom(1);
  return null;
}

function pageKey(key: string, viewer: Viewer): (() => void) | null {
  if (key === 'n' || key === 'j') return () => viewer.goTo(viewer.state.page + 1);
  if (key === 'p' || key === 'k') return () => viewer.goTo(viewer.state.page - 1);
  return null;
}
