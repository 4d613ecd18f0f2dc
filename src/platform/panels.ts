// Opening the side panel (Chrome: sidePanel, Firefox: sidebarAction), the
// library and the options page from an extension page. The side panel opens
// only in answer to a user gesture: call these directly in a click handler,
// before any await.
import { browser } from './browser';

interface ChromeSidePanel {
  open(options: { tabId?: number; windowId?: number }): Promise<void>;
}

const chromeSidePanel = (): ChromeSidePanel | undefined =>
  (globalThis as { chrome?: { sidePanel?: ChromeSidePanel } }).chrome?.sidePanel;

/** Opens the side panel for `tabId` (Chrome) or the sidebar (Firefox). False when this browser has neither. */
export function openSidePanel(tabId: number | null): Promise<boolean> {
  const sidePanel = chromeSidePanel();
  if (sidePanel && tabId !== null) return sidePanel.open({ tabId }).then(() => true);
  const sidebar = (browser as { sidebarAction?: { open(): Promise<void> } }).sidebarAction;
  if (sidebar) return sidebar.open().then(() => true);
  return Promise.resolve(false);
}

/** Opens the library page in a new tab. */
export async function openLibrary(): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL('library.html') });
}

/** Closes the popup (after it opened something else). */
export function closePopup(): void {
  globalThis.close();
}
