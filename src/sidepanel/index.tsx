// Side panel entry (Chrome side_panel, Firefox sidebar_action; also opened as
// sidepanel.html?tab=<id> for one tab): the overlay's stylesheet for the
// shared pieces (chips, attribution), then the app. The stylesheet is a
// constructed one: the manifest's CSP (style-src 'self') refuses a <style>.

import { t } from '../platform/i18n';
import { OVERLAY_CSS } from '../ui/overlay';
import { App } from './App';
import { pinnedTab } from './target';
import { mountPage } from '../ui/ErrorBoundary';

const sheet = new CSSStyleSheet();
sheet.replaceSync(OVERLAY_CSS);
document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];

mountPage(document.getElementById('root')!, <App pinned={pinnedTab(location.search)} />, t);
