// Installs the PDF redirect (src/shared/pdf-rule.ts) as the extension's one
// dynamic declarativeNetRequest rule. With declarativeNetRequestWithHostAccess
// it acts only where the extension holds the host permission, as the rule's
// domains already say.
import type Browser from 'webextension-polyfill';
import { browser } from './browser';
import { PDF_RULE_ID, pdfRedirectRule, type PdfSites } from '../shared/pdf-rule';
import { VIEWER_PAGE } from '../shared/viewer-url';

export async function setPdfRedirect(sites: PdfSites): Promise<void> {
  const rule = pdfRedirectRule(browser.runtime.getURL(VIEWER_PAGE), sites);
  await browser.declarativeNetRequest.updateDynamicRules({
    removeRuleIds: [PDF_RULE_ID],
    addRules: rule ? [rule as unknown as Browser.DeclarativeNetRequest.Rule] : [],
  });
}
