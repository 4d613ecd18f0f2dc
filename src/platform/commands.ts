// Keyboard shortcuts (the commands API): the browser delivers them to the
// background with the active tab.
import type Browser from 'webextension-polyfill';
import { browser } from './browser';

export function onCommand(listener: (name: string, tabId: number | null) => void): void {
  browser.commands.onCommand.addListener((name: string, tab?: Browser.Tabs.Tab) =>
    listener(name, tab?.id ?? null),
  );
}

export interface CommandInfo {
  name: string;
  description: string;
  /** The key the browser assigned, '' when none. */
  shortcut: string;
}

/** The extension's commands with their current keys (the reader may have changed them). */
export async function getCommands(): Promise<CommandInfo[]> {
  const all = await browser.commands.getAll();
  return all.map((c) => ({
    name: c.name ?? '',
    description: c.description ?? '',
    shortcut: c.shortcut ?? '',
  }));
}

/** Chrome's page for extension shortcuts (Firefox's add-on pages cannot be opened by extensions). */
export async function openShortcutSettings(): Promise<void> {
  await browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
}
