// Content scripts' end of the tab commands: only our own extension's, and
// only commands that pass their schema (src/shared/tab-commands.ts).

import browser from 'webextension-polyfill';
import { isTabCommand, type TabCommand } from '../shared/tab-commands';

/**
 * Content scripts: runs `listener` for each command from our own extension
 * (anything else is ignored); a listener that returns a promise answers with its value.
 */
export function onTabCommand(listener: (command: TabCommand) => Promise<unknown> | void): void {
  browser.runtime.onMessage.addListener(
    (message: unknown, sender: browser.Runtime.MessageSender) => {
      if (sender.id !== browser.runtime.id || !isTabCommand(message)) return undefined;
      return listener(message) ?? undefined;
    },
  );
}
