// Popup entry: the real platform behind the popup's dependencies. The tab it
// speaks for is the active tab, or `?tab=<id>` (the browser suites open the
// popup as a page for a given tab).
import { t } from '../platform/i18n';
import { sendToBackground } from '../platform/messaging';
import { closePopup, openLibrary, openSidePanel } from '../platform/panels';
import { requestHostPermission, tabUrl } from '../platform/permissions';
import { onSettingsChanged, readSettings, updateSettings } from '../platform/settings';
import { activeTabId, openInViewer } from '../platform/tabs';
import { systemTheme } from '../platform/theme';
import { tabParam } from '../shared/tab-param';
import { mountPage } from '../ui/ErrorBoundary';
import { App } from './App';
import type { PopupDeps } from './deps';

const deps: PopupDeps = {
  t,
  call: sendToBackground,
  theme: systemTheme,
  settings: { read: readSettings, update: updateSettings, onChanged: onSettingsChanged },
  tabUrl,
  requestHostPermission,
  openSidePanel,
  openLibrary,
  openInViewer,
  close: closePopup,
  now: () => Date.now(),
};

async function targetTab(): Promise<number | null> {
  return tabParam(location.search) ?? activeTabId();
}

void targetTab().then((tabId) =>
  mountPage(document.getElementById('root')!, <App tabId={tabId} deps={deps} />, t),
);
