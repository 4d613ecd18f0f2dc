// Typed messaging over runtime.sendMessage: the only way content scripts and
// pages reach the background (whose end is ./dispatch.ts), and the tab
// commands the other way (received in ./tab-commands.ts).

import { browser } from './browser';
import type { Args, Method, Result, Returns } from '../shared/messages';
import { retryWhile } from '../shared/retry';
import type { TabCommand, TabReply, ViewerCommand } from '../shared/tab-commands';

/**
 * No answer came: the background stopped (Chrome stops an idle or killed worker)
 * or could not be reached. Whatever was asked may or may not have happened.
 */
export class NoAnswerError extends Error {
  override name = 'NoAnswerError';
}

export async function sendToBackground<M extends Method>(
  method: M,
  ...args: Args<M>
): Promise<Returns<M>> {
  let reply: Result<Returns<M>> | undefined;
  try {
    reply = (await browser.runtime.sendMessage({ method, args })) as Result<Returns<M>> | undefined;
  } catch (e) {
    throw new NoAnswerError(
      `no answer from the background to ${method} (${e instanceof Error ? e.message : String(e)})`,
    );
  }
  if (!reply) throw new NoAnswerError(`no answer from the background to ${method}`);
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}

/** How often a question is asked before its NoAnswerError stands: the second try meets a new worker. */
const ASK_TIMES = 3;

/**
 * A question that changes nothing, asked again when the worker stopped before it answered
 * (a save that just landed is read back this way). Never for a write: its retry is the caller's to decide.
 */
export function askBackground<M extends Method>(method: M, ...args: Args<M>): Promise<Returns<M>> {
  return retryWhile(
    (e) => e instanceof NoAnswerError,
    ASK_TIMES,
    () => sendToBackground(method, ...args),
  );
}

/**
 * Sends a command to a tab's top frame (its report and its passage indexes are
 * the top frame's); a tab without our content script is not an error.
 */
export async function sendTabCommand(
  tabId: number,
  command: TabCommand,
  frameId = 0,
): Promise<void> {
  await browser.tabs.sendMessage(tabId, command, { frameId }).catch(() => undefined);
  // The tab may be the PDF viewer, which only runtime messaging reaches.
  if (frameId === 0) await askViewer(tabId, command);
}

function askViewer(tabId: number, command: TabCommand): Promise<unknown> {
  const message: ViewerCommand = { viewerTab: tabId, command };
  return browser.runtime.sendMessage(message).catch(() => undefined);
}

/** Sends a command to a tab's top frame and returns its answer (undefined when nobody answers). */
export async function askTab<C extends TabCommand>(
  tabId: number,
  command: C,
): Promise<TabReply<C['command']> | undefined> {
  const fromPage = await browser.tabs
    .sendMessage(tabId, command, { frameId: 0 })
    .catch(() => undefined);
  return (fromPage ?? (await askViewer(tabId, command))) as TabReply<C['command']> | undefined;
}
