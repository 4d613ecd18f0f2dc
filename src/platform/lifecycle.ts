// Extension lifecycle events, for the background's top-level wiring.
import browser from 'webextension-polyfill';

export type InstallReason = browser.Runtime.OnInstalledReason;

/** Runs `listener` when the extension is installed or updated, or the browser is updated. */
export function onInstalled(listener: (reason: InstallReason) => void): void {
  browser.runtime.onInstalled.addListener((details) => listener(details.reason));
}
