// The context menu item on selected text ("Save highlight to Counterpoint").
import browser from 'webextension-polyfill';

/** (Re)creates the selection item; call on install/update (menus persist across worker restarts). */
export async function createSelectionMenu(id: string, title: string): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({ id, title, contexts: ['selection'] });
}

export function onSelectionMenu(
  id: string,
  listener: (tabId: number, frameId: number) => void,
): void {
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === id && tab?.id !== undefined) listener(tab.id, info.frameId ?? 0);
  });
}
