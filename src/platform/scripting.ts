// Running our content script and styles in a tab: "Scan this page" (through
// activeTab, no standing permission) and the CSS for layers that have no
// bundled styles (packs, the reader's colours).
import { browser } from './browser';

/** The flag an injected content script reads to scan once even where the reader has not enabled the site. */
export const SCAN_ONCE = 'counterpointScanOnce';

/** Injects content.css and content.js into every frame of a tab, to scan once; throws when the tab is out of reach. */
export async function injectContentScript(tabId: number): Promise<void> {
  const target = { tabId, allFrames: true };
  await browser.scripting.executeScript({
    target,
    func: (flag: string) => void ((globalThis as Record<string, unknown>)[flag] = true),
    args: [SCAN_ONCE],
  });
  await browser.scripting.insertCSS({ target, files: ['content.css'] });
  await browser.scripting.executeScript({ target, files: ['content.js'] });
}

export async function insertCss(tabId: number, frameId: number, css: string): Promise<void> {
  await browser.scripting.insertCSS({ target: { tabId, frameIds: [frameId] }, css });
}

export async function removeCss(tabId: number, frameId: number, css: string): Promise<void> {
  await browser.scripting
    .removeCSS({ target: { tabId, frameIds: [frameId] }, css })
    .catch(() => undefined);
}
