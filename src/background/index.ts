// Background entry (Chrome service worker, Firefox event page): wiring only.
// Every listener is registered synchronously at the top level.

import { onCommand } from '../platform/commands';
import { t } from '../platform/i18n';
import { createMenus, onLinkMenu, onSelectionMenu } from '../platform/menus';
import { sendTabCommand } from '../platform/messaging';
import { onInstalled } from '../platform/lifecycle';
import { handleBackgroundMessages } from '../platform/dispatch';
import { onSettingsChanged } from '../platform/settings';
import { onTabRemoved, openInViewer } from '../platform/tabs';
import { isPdfUrl } from '../shared/viewer-url';
import { openWelcomePage } from '../platform/welcome';
import { runCommand } from './commands';
import { handlers } from './handlers';
import { ensureSeeded } from './seed';
import { syncSiteScripts } from './sites';
import { forgetTab } from './tab-reports';

const SAVE_MENU = 'save-highlight';
const PDF_MENU = 'open-pdf';

const logFailure = (what: string) => (e: unknown) =>
  console.error(`counterpoint: ${what} failed`, e);

handleBackgroundMessages(handlers);
onTabRemoved((tabId) => void forgetTab(tabId));
onCommand((name, tabId) => void runCommand(name, tabId).catch(logFailure(`command ${name}`)));
onSelectionMenu(
  SAVE_MENU,
  (tabId, frameId) => void sendTabCommand(tabId, { command: 'save-selection' }, frameId),
);
// A PDF link opens in a new tab, in the viewer; a site without permission is asked for there.
onLinkMenu(PDF_MENU, (url) => {
  if (isPdfUrl(url)) void openInViewer(null, url).catch(logFailure('open PDF'));
});
onSettingsChanged(
  (settings) => void syncSiteScripts(settings).catch(logFailure('site registration')),
);
// Load a new bundled dataset as soon as it arrives, not on the first page that needs it.
onInstalled((reason) => {
  if (reason === 'install' || reason === 'update') ensureSeeded().catch(logFailure('seeding'));
  if (reason === 'install') void openWelcomePage().catch(logFailure('welcome page'));
  void syncSiteScripts().catch(logFailure('site registration'));
  void createMenus(
    { save: SAVE_MENU, openPdf: PDF_MENU },
    { save: t('menuSaveHighlight'), openPdf: t('menuOpenPdf') },
  ).catch(logFailure('context menu'));
});
