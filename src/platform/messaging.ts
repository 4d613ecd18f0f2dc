// Typed messaging over runtime.sendMessage: the only way content scripts and
// pages reach the background. Errors travel as strings, never as objects.

import browser from 'webextension-polyfill';
import { arityOf, isCall, isTabCommand, type Args, type Handlers, type Method, type Result, type Returns, type TabCommand } from '../shared/messages';

/**
 * No answer came: the background stopped (Chrome stops an idle or killed worker)
 * or could not be reached. Whatever was asked may or may not have happened.
 */
export class NoAnswerError extends Error {
  override name = 'NoAnswerError';
}

export async function sendToBackground<M extends Method>(method: M, ...args: Args<M>): Promise<Returns<M>> {
  let reply: Result<Returns<M>> | undefined;
  try {
    reply = (await browser.runtime.sendMessage({ method, args })) as Result<Returns<M>> | undefined;
  } catch (e) {
    throw new NoAnswerError(`no answer from the background to ${method} (${e instanceof Error ? e.message : String(e)})`);
  }
  if (!reply) throw new NoAnswerError(`no answer from the background to ${method}`);
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}

/** A refusal, logged with its reason and who sent it (the handlers never see the call). */
function refused(reason: string, sender: browser.Runtime.MessageSender): Result<never> {
  const from = `${sender.id ?? 'no extension id'}${sender.url ? ` (${sender.url.slice(0, 200)})` : ''}`;
  console.warn(`counterpoint: refused a message from ${from}: ${reason}`);
  return { ok: false, error: `refused: ${reason}` };
}

async function answer(handlers: Handlers, call: { method: Method; args: unknown[] }, sender: browser.Runtime.MessageSender): Promise<Result<unknown>> {
  const info = { tabId: sender.tab?.id, frameId: sender.frameId, url: sender.url, fromExtension: sender.id === browser.runtime.id };
  if (!info.fromExtension) return refused(`sender is not this extension (id ${String(sender.id)})`, sender);
  if (call.args.length > arityOf(call.method)) return refused(`${call.method} takes ${arityOf(call.method)} argument(s), got ${call.args.length}`, sender);
  try {
    const handler = handlers[call.method] as (s: typeof info, ...a: unknown[]) => unknown;
    return { ok: true, value: await handler(info, ...call.args) };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}

/** Registers the background's handlers; call once, at the top level of the background script. */
export function handleBackgroundMessages(handlers: Handlers): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => {
    if (!isCall(message)) return Promise.resolve(refused('not a Counterpoint call (a method of the contract and an array of arguments)', sender));
    return answer(handlers, message, sender);
  });
}

/**
 * Sends a command to a tab's top frame (its report and its passage indexes are
 * the top frame's); a tab without our content script is not an error.
 */
export async function sendTabCommand(tabId: number, command: TabCommand, frameId = 0): Promise<void> {
  await browser.tabs.sendMessage(tabId, command, { frameId }).catch(() => undefined);
}

/** Sends a command to a tab's top frame and returns its answer (undefined when nobody answers). */
export async function askTab<T>(tabId: number, command: TabCommand): Promise<T | undefined> {
  return (await browser.tabs.sendMessage(tabId, command, { frameId: 0 }).catch(() => undefined)) as T | undefined;
}

/**
 * Content scripts: runs `listener` for each command from our own extension
 * (anything else is ignored); a listener that returns a promise answers with its value.
 */
export function onTabCommand(listener: (command: TabCommand) => Promise<unknown> | void): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => {
    if (sender.id !== browser.runtime.id || !isTabCommand(message)) return undefined;
    return listener(message) ?? undefined;
  });
}
