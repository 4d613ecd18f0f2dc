// Extension lifecycle events, for the background's top-level wiring.
import type Browser from 'webextension-polyfill';
import { browser } from './browser';

export type InstallReason = Browser.Runtime.OnInstalledReason;

/** Runs `listener` when the extension is installed or updated, or the browser is updated. */
export function onInstalled(listener: (reason: InstallReason) => void): void {
  browser.runtime.onInstalled.addListener((details) => listener(details.reason));
}
