// Content scripts' end of the tab commands: only our own extension's, and
// only commands that pass their schema (src/shared/tab-commands.ts).

import type Browser from 'webextension-polyfill';
import { browser } from './browser';
import { isTabCommand, isViewerCommand, type TabCommand } from '../shared/tab-commands';

/**
 * Content scripts: runs `listener` for each command from our own extension
 * (anything else is ignored); a listener that returns a promise answers with its value.
 */
export function onTabCommand(listener: (command: TabCommand) => Promise<unknown> | void): void {
  browser.runtime.onMessage.addListener(
    (message: unknown, sender: Browser.Runtime.MessageSender) => {
      if (sender.id !== browser.runtime.id || !isTabCommand(message)) return undefined;
      return listener(message) ?? undefined;
    },
  );
}

/**
 * The PDF viewer: runs `listener` for each command our extension sends to the viewer's own tab
 * (src/shared/tab-commands.ts, ViewerCommand); commands for other tabs are left to their viewers.
 */
export function onViewerCommand(listener: (command: TabCommand) => Promise<unknown> | void): void {
  let known: number | null | undefined;
  const ownTab = browser.tabs.getCurrent().then((tab) => (known = tab?.id ?? null));
  browser.runtime.onMessage.addListener(
    (message: unknown, sender: Browser.Runtime.MessageSender) => {
      if (sender.id !== browser.runtime.id || !isViewerCommand(message)) return undefined;
      // Another tab's command: no answer at all, so that its own viewer's answer is the one taken.
      if (known !== undefined && known !== message.viewerTab) return undefined;
      return ownTab.then((id) =>
        id === message.viewerTab ? (listener(message.command) ?? undefined) : undefined,
      );
    },
  );
}
