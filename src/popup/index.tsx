// Popup entry: the tab it speaks for is the active tab, or `?tab=<id>` (the
// browser suites open the popup as a page for a given tab).
import { t } from '../platform/i18n';
import { activeTabId } from '../platform/tabs';
import { App } from './App';
import { mountPage } from '../ui/ErrorBoundary';

async function targetTab(): Promise<number | null> {
  const param = new URLSearchParams(location.search).get('tab');
  const id = param === null ? NaN : Number(param);
  return Number.isSafeInteger(id) && id >= 0 ? id : activeTabId();
}

void targetTab().then((tabId) => mountPage(document.getElementById('root')!, <App tabId={tabId} />, t));
