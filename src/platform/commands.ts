// Keyboard shortcuts (the commands API): the browser delivers them to the
// background with the active tab.
import browser from 'webextension-polyfill';

export function onCommand(listener: (name: string, tabId: number | null) => void): void {
  browser.commands.onCommand.addListener((name: string, tab?: browser.Tabs.Tab) => listener(name, tab?.id ?? null));
}
