// Chromium (found by scripts/lib/find-browsers.mjs) with dist/chrome, through playwright-core.
// The scenario itself is in scenarios.mjs.
import { launchChromium } from './browsers.mjs';
import { defineScenarios } from './scenarios.mjs';

defineScenarios('chromium', async () => {
  const { context, sw, extId } = await launchChromium();
  let extPage = null;
  const extensionPage = async () => {
    if (!extPage) {
      extPage = await context.newPage();
      await extPage.goto(`chrome-extension://${extId}/popup.html`);
    }
    return extPage;
  };
  return {
    async open(url) {
      const page = await context.newPage();
      await page.goto(url);
      return { evaluate: (fn, arg) => page.evaluate(fn, arg), screenshot: () => page.screenshot() };
    },
    // Read in the service worker itself.
    sessionStorage: () => sw.evaluate(() => chrome.storage.session.get(null)),
    badgeText: (tabId) => sw.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId),
    // A typed call from an extension page, answered by the background.
    call: async (message) => (await extensionPage()).evaluate((m) => chrome.runtime.sendMessage(m), message),
    close: () => context.close(),
  };
});
