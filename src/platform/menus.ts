// The context menu: "Save highlight to Counterpoint" on selected text, and
// "Open PDF in Counterpoint" on a link to a PDF.
import { browser } from './browser';

/** Links whose path ends in .pdf (with or without a query). */
const PDF_LINKS = ['*://*/*.pdf', '*://*/*.pdf?*', '*://*/*.PDF', '*://*/*.PDF?*'];

/** (Re)creates the items; call on install/update (menus persist across worker restarts). */
export async function createMenus(
  ids: { save: string; openPdf: string },
  titles: { save: string; openPdf: string },
): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({ id: ids.save, title: titles.save, contexts: ['selection'] });
  browser.contextMenus.create({
    id: ids.openPdf,
    title: titles.openPdf,
    contexts: ['link'],
    targetUrlPatterns: PDF_LINKS,
  });
}

export function onSelectionMenu(
  id: string,
  listener: (tabId: number, frameId: number) => void,
): void {
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === id && tab?.id !== undefined) listener(tab.id, info.frameId ?? 0);
  });
}

export function onLinkMenu(id: string, listener: (linkUrl: string) => void): void {
  browser.contextMenus.onClicked.addListener((info) => {
    if (info.menuItemId === id && typeof info.linkUrl === 'string') listener(info.linkUrl);
  });
}
