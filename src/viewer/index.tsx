// The PDF viewer's entry: pdf.html?file=<URL> opens that PDF; without one, the
// reader picks or drops a file. The real platform behind the viewer's deps.

import { onDatasetChanged, onHighlightsChanged } from '../platform/dataset-signal';
import { t } from '../platform/i18n';
import { sendToBackground } from '../platform/messaging';
import { requestHostPermission } from '../platform/permissions';
import { onSettingsChanged, readSettings } from '../platform/settings';
import { onViewerCommand } from '../platform/tab-commands';
import { extensionUrl } from '../platform/urls';
import { systemTheme } from '../platform/theme';
import { fileParam } from '../shared/viewer-url';
import { attachHostEarly } from '../content/overlay/host';
import { mountPage } from '../ui/ErrorBoundary';
import { App } from './App';
import type { ViewerDeps } from './deps';
import { listenToKeys } from './keys';
import { Viewer } from './viewer';

const deps: ViewerDeps = {
  t,
  call: sendToBackground,
  theme: systemTheme,
  settings: { read: readSettings, onChanged: onSettingsChanged },
  requestHostPermission,
  base: extensionUrl(''),
};

const viewer = new Viewer(document, document.getElementById('pages')!, deps);
// Framed by another page, the viewer opens nothing: a PDF is read in a tab of its own.
const url = fileParam(location.search);
// The PDF is asked for in a task after the page's first, and the toolbar drawn in one of its
// own: in a fresh browser, a fetch() started while the page is parsed took 50–65 ms (measured;
// 3–5 ms a task later), and with the toolbar's first render made one task of 70–100 ms.
setTimeout(() => {
  if (url && window.top === window) void viewer.openUrl(url);
});
setTimeout(() => {
  mountPage(document.getElementById('root')!, <App viewer={viewer} deps={deps} />, t);
  // The overlay's host and style sheet, made while the PDF is read, not in the first scan's frame.
  setTimeout(() => attachHostEarly(document));
});
listenToKeys(document, viewer);
onViewerCommand((command) => viewer.runCommand(command));
onDatasetChanged(() => viewer.reload('data'));
onHighlightsChanged(() => viewer.reload('mine'));

let scrollFrame = 0;
addEventListener(
  'scroll',
  () => {
    if (scrollFrame) return;
    scrollFrame = requestAnimationFrame(() => {
      scrollFrame = 0;
      viewer.followScroll();
    });
  },
  { passive: true },
);

// A PDF dropped anywhere on the page opens in place of the current one.
addEventListener('dragover', (e) => {
  if (e.dataTransfer?.types.includes('Files')) e.preventDefault();
});
addEventListener('drop', (e) => {
  const file = e.dataTransfer?.files[0];
  if (!file) return;
  e.preventDefault();
  void viewer.openFile(file);
});
