// The extension's own URLs (its pages and files), for the content script's
// editor frame and the dispatcher's test of a sender's origin.
import { browser } from './browser';

export const extensionUrl = (path: string): string => browser.runtime.getURL(path);
