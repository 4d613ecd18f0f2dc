// Visible strings come from extension/_locales through the i18n API.
import browser from 'webextension-polyfill';

export function t(key: string, substitutions?: string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}
