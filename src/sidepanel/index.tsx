// Side panel entry (Chrome side_panel, Firefox sidebar_action; also opened as
// sidepanel.html?tab=<id> for one tab): the real platform behind the panel's
// dependencies, the overlay's stylesheet for the shared pieces (chips,
// attribution), then the app. The stylesheet is a constructed one: the
// manifest's CSP (style-src 'self') refuses a <style>.

import { t } from '../platform/i18n';
import { sendTabCommand, sendToBackground } from '../platform/messaging';
import { onSessionChanged } from '../platform/session';
import { activeTabId, onActiveTabChanged } from '../platform/tabs';
import { systemTheme } from '../platform/theme';
import { tabParam } from '../shared/tab-param';
import { mountPage } from '../ui/ErrorBoundary';
import { OVERLAY_CSS } from '../ui/overlay';
import { App } from './App';
import type { SidePanelDeps } from './deps';

const deps: SidePanelDeps = {
  t,
  call: sendToBackground,
  theme: systemTheme,
  activeTabId,
  onActiveTabChanged,
  onSessionChanged,
  sendTabCommand,
};

const sheet = new CSSStyleSheet();
sheet.replaceSync(OVERLAY_CSS);
document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];

mountPage(
  document.getElementById('root')!,
  <App pinned={tabParam(location.search)} deps={deps} />,
  t,
);
