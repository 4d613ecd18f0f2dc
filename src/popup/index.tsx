// Popup entry: the tab it speaks for is the active tab, or `?tab=<id>` (the
// browser suites open the popup as a page for a given tab).
import { render } from 'preact';
import { activeTabId } from '../platform/tabs';
import { App } from './App';

async function targetTab(): Promise<number | null> {
  const param = new URLSearchParams(location.search).get('tab');
  const id = param === null ? NaN : Number(param);
  return Number.isSafeInteger(id) && id >= 0 ? id : activeTabId();
}

void targetTab().then((tabId) => render(<App tabId={tabId} />, document.getElementById('root')!));
