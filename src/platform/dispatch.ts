// The background's end of the message contract: who is calling, may they call
// this method, do the arguments pass its schema. Handlers see only calls that
// passed, with the caller established here from sender.url, never from the
// message. Errors travel as strings, never as objects.

import type Browser from 'webextension-polyfill';
import { browser } from './browser';
import { checkCall, isMethod, type Caller, type Method } from '../shared/contract';
import type { Handlers, Result, SenderInfo } from '../shared/messages';
import { isViewerCommand } from '../shared/tab-commands';
import { VIEWER_PAGE } from '../shared/viewer-url';

/** A refusal, logged with its reason and who sent it (the handlers never see the call). */
function refused(reason: string, sender: Browser.Runtime.MessageSender): Result<never> {
  const from = `${sender.id ?? 'no extension id'}${sender.url ? ` (${sender.url.slice(0, 200)})` : ''}`;
  console.warn(`counterpoint: refused a message from ${from}: ${reason}`);
  return { ok: false, error: `refused: ${reason}` };
}

/**
 * page: a document of this extension's origin (popup, side panel, options, library: some are
 * tabs); viewer: the PDF viewer page in a tab; content: a content script in a tab's frame.
 * Anything else (no URL, no tab) is none of them.
 */
function callerOf(sender: Browser.Runtime.MessageSender, extensionOrigin: string): Caller | null {
  if (sender.id !== browser.runtime.id || typeof sender.url !== 'string') return null;
  if (sender.url.startsWith(extensionOrigin + VIEWER_PAGE) && sender.tab?.id !== undefined)
    return 'viewer';
  if (sender.url.startsWith(extensionOrigin)) return 'page';
  return sender.tab?.id !== undefined ? 'content' : null;
}

async function answer(
  handlers: Handlers,
  call: { method: Method; args: unknown[] },
  sender: Browser.Runtime.MessageSender,
): Promise<Result<unknown>> {
  const caller = callerOf(sender, browser.runtime.getURL(''));
  if (sender.id !== browser.runtime.id)
    return refused(`sender is not this extension (id ${String(sender.id)})`, sender);
  if (caller === null)
    return refused(
      'sender is neither an extension page, the PDF viewer in a tab, nor a content script in a tab',
      sender,
    );
  const checked = checkCall(call.method, call.args, caller);
  if (!checked.ok) return refused(checked.error.slice('refused: '.length), sender);
  const info: SenderInfo = {
    caller,
    tabId: sender.tab?.id,
    frameId: sender.frameId,
    url: sender.url,
  };
  try {
    const handler = handlers[call.method] as (s: SenderInfo, ...a: unknown[]) => unknown;
    return { ok: true, value: await handler(info, ...(checked.params as unknown[])) };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}

const isCall = (value: unknown): value is { method: Method; args: unknown[] } =>
  typeof value === 'object' &&
  value !== null &&
  isMethod((value as { method?: unknown }).method) &&
  Array.isArray((value as { args?: unknown }).args);

/** Registers the background's handlers; call once, at the top level of the background script. */
export function handleBackgroundMessages(handlers: Handlers): void {
  browser.runtime.onMessage.addListener(
    (message: unknown, sender: Browser.Runtime.MessageSender) => {
      // A command for a PDF viewer's tab, sent to the extension's pages: not ours to answer.
      if (isViewerCommand(message)) return undefined;
      if (!isCall(message))
        return Promise.resolve(
          refused(
            'not a Counterpoint call (a method of the contract and an array of arguments)',
            sender,
          ),
        );
      return answer(handlers, message, sender);
    },
  );
}
