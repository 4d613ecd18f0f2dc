// Toolbar badge and per-tab session state (cleared with the browser session).

import { browser } from './browser';
import { isLocalPdfUrl, VIEWER_PAGE, viewerUrlFor } from '../shared/viewer-url';

export async function setBadgeCount(tabId: number, count: number): Promise<void> {
  await browser.action.setBadgeText({ tabId, text: count > 0 ? String(count) : '' });
  await browser.action.setBadgeBackgroundColor({ tabId, color: '#8c1d18' });
}

export async function setSessionValue(key: string, value: unknown): Promise<void> {
  await browser.storage.session.set({ [key]: value });
}

export async function getSessionValue<T>(key: string): Promise<T | null> {
  const got = await browser.storage.session.get(key);
  return (got[key] as T | undefined) ?? null;
}

export function onTabRemoved(listener: (tabId: number) => void): void {
  browser.tabs.onRemoved.addListener(listener);
}

export async function removeSessionValue(key: string): Promise<void> {
  await browser.storage.session.remove(key);
}

export async function activeTabId(): Promise<number | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

export function onActiveTabChanged(listener: () => void): void {
  browser.tabs.onActivated.addListener(listener);
  browser.tabs.onUpdated.addListener((_id, info) => info.status === 'complete' && listener());
}

/** Shows the PDF at `pdfUrl` in Counterpoint's viewer, in tab `tabId` (null: a new tab). */
export async function openInViewer(tabId: number | null, pdfUrl: string): Promise<void> {
  const url = viewerUrlFor(browser.runtime.getURL(''), pdfUrl);
  if (tabId === null) await browser.tabs.create({ url });
  else await browser.tabs.update(tabId, { url });
}

/** A new tab with the viewer on `pdfUrl` at `page` (a local PDF's address: the viewer asks for the file). */
export function openViewerAt(pdfUrl: string, page: number): Promise<number | null> {
  const base = browser.runtime.getURL('');
  const viewer = isLocalPdfUrl(pdfUrl) ? `${base}${VIEWER_PAGE}` : viewerUrlFor(base, pdfUrl);
  return openTab(`${viewer}#page=${page}`);
}

/** Opens a URL in a new tab; returns the tab's id. */
export async function openTab(url: string): Promise<number | null> {
  const tab = await browser.tabs.create({ url });
  return tab.id ?? null;
}
