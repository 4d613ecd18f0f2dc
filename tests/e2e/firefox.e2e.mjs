// firefox-esr with dist/firefox as a temporary add-on, through puppeteer-core
// over WebDriver BiDi. The scenario itself is in scenarios.mjs.
import { FIREFOX_UUID, gotoExtensionPage, launchFirefox } from './browsers.mjs';
import { defineScenarios } from './scenarios.mjs';

defineScenarios('firefox', async () => {
  const { browser: firefox } = await launchFirefox();
  let extPage = null;
  // The popup page opened as a tab: same origin as the background, so it sees storage.session.
  const extensionPage = async () => {
    if (!extPage) {
      extPage = await firefox.newPage();
      await gotoExtensionPage(extPage, `moz-extension://${FIREFOX_UUID}/popup.html`);
    }
    return extPage;
  };
  const inExtension = async (fn, arg) => (await extensionPage()).evaluate(fn, arg);
  return {
    async open(url) {
      const page = await firefox.newPage();
      await page.goto(url);
      return { evaluate: (fn, arg) => page.evaluate(fn, arg), screenshot: () => page.screenshot() };
    },
    sessionStorage: () => inExtension(() => browser.storage.session.get(null)),
    badgeText: (tabId) => inExtension((id) => browser.action.getBadgeText({ tabId: id }), tabId),
    call: (message) => inExtension((m) => browser.runtime.sendMessage(m), message),
    close: () => firefox.close(),
  };
});
