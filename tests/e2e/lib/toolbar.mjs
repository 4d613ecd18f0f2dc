// The toolbar button, clicked as a reader clicks it (the gesture that grants
// activeTab), and the popup it opens, in both browsers behind one interface:
//
//   const t = await openToolbar(browserName, { b, extDir, watch })   (watch(page): Chromium's tab, for its errors)
//   await t.open(url)             a tab showing url, selected
//   await t.registered()          that tab's counterpoint-* highlights → { name: size }
//   await t.clickAction()         the reader clicks the toolbar button; resolves once the popup is loaded
//   await t.inPopup(expression)   evaluates an expression in the popup (promises awaited)
//   await t.screenshotPopup(file)
//   await t.inExtension(fn, arg)  runs fn(api, arg) with the extension's API (chrome / browser)
//   await t.close()
//
// Chromium: CDP Extensions.triggerAction on the tab's *tab* target (needs
// --enable-unsafe-extension-debugging); the popup is a page target Playwright
// does not adopt, reached through a non-flattened session. Firefox: a
// Marionette-driven Firefox of its own (tests/e2e/lib/marionette.mjs) clicks the
// button in the toolbar's extensions panel, as Firefox's own tests do, and runs
// scripts in the popup through Marionette's per-frame actor.
import { writeFileSync } from 'node:fs';
import { launchFirefoxMarionette } from './marionette.mjs';
import { registeredInPage } from './overlay-page.mjs';
import { until } from './wait.mjs';

/** @param {'chromium' | 'firefox'} browserName */
export function openToolbar(browserName, options) {
  return browserName === 'chromium' ? chromiumToolbar(options) : firefoxToolbar(options);
}

async function chromiumToolbar({ b, watch = () => undefined }) {
  const { context, extId } = b.raw;
  const cdp = await context.browser().newBrowserCDPSession();
  let page = null;
  let popup = null;
  return {
    async open(url) {
      page = await context.newPage();
      watch(page);
      await page.goto(url);
    },
    registered: () => page.evaluate(registeredInPage),
    async clickAction() {
      const { targetInfos: tabs } = await cdp.send('Target.getTargets', {
        filter: [{ type: 'tab' }],
      });
      const tab = tabs.find((t) => t.url === page.url());
      if (!tab) throw new Error(`no tab target for ${page.url()}`);
      await cdp.send('Extensions.triggerAction', { id: extId, targetId: tab.targetId });
      const target = await until('the popup opened by the action', async () => {
        const { targetInfos } = await cdp.send('Target.getTargets');
        return targetInfos.find(
          (t) => t.type === 'page' && t.url === `chrome-extension://${extId}/popup.html`,
        );
      });
      popup = await attach(cdp, target.targetId);
    },
    inPopup: (expression) => popup.evaluate(expression),
    async screenshotPopup(file) {
      const shot = await popup.send('Page.captureScreenshot', {
        format: 'png',
        captureBeyondViewport: true,
      });
      writeFileSync(file, Buffer.from(shot.data, 'base64'));
    },
    inExtension: (fn, arg) => b.raw.sw.evaluate(`(${fn})(chrome, ${JSON.stringify(arg)})`),
    async close() {
      await popup?.detach();
      await cdp.detach().catch(() => undefined);
      await page?.close().catch(() => undefined);
    },
  };
}

/** Chrome-context script: the popup's <browser>, once it shows popup.html. */
const POPUP_BROWSER = `const win = Services.wm.getMostRecentWindow('navigator:browser');
  const popup = [...win.document.querySelectorAll('browser.webextension-popup-browser')]
    .find((b) => b.currentURI?.spec.endsWith('/popup.html') && b.browsingContext?.currentWindowGlobal);`;

async function firefoxToolbar({ extDir }) {
  const ff = await launchFirefoxMarionette({ extDir });
  /** Runs `body` (a function body using `popup`, the popup's <browser>) in the chrome context. */
  const withPopup = (body, ...args) =>
    ff.chrome(
      `${POPUP_BROWSER}
    if (!popup) throw new Error('the popup is not open');
    return (async () => { ${body} })();`,
      ...args,
    );
  return {
    async open(url) {
      // A new tab: the first-run welcome page may have taken the first one.
      const handle = (await ff.send('WebDriver:NewWindow', { type: 'tab', focus: true })).handle;
      await ff.send('WebDriver:SwitchToWindow', { handle, focus: true });
      await ff.send('WebDriver:Navigate', { url });
    },
    registered: () => ff.content(`return (${registeredInPage})();`),
    async clickAction() {
      // CustomizableUI's widget for the action: in the toolbar when pinned, else in the extensions panel, opened first.
      await ff.chrome(
        `return (async (id) => {
        const win = Services.wm.getMostRecentWindow('navigator:browser');
        // The browser window's own CustomizableUI; its module is at moz-src:/// in Firefox 153 ESR, resource:/// in 140.
        const load = (url) => { try { return ChromeUtils.importESModule(url).CustomizableUI; } catch { return undefined; } };
        const CustomizableUI = win.CustomizableUI ?? load('moz-src:///browser/components/customizableui/CustomizableUI.sys.mjs')
          ?? load('resource:///modules/CustomizableUI.sys.mjs');
        const group = CustomizableUI.getWidget(id.toLowerCase().replace(/[^a-z0-9_-]/g, '_') + '-browser-action');
        if (group.areaType === CustomizableUI.TYPE_PANEL) {
          const shown = new Promise((r) => win.gUnifiedExtensions.panel.addEventListener('popupshown', r, { once: true }));
          win.gUnifiedExtensions.togglePanel();
          await shown;
        }
        const node = group.forWindow(win).node;
        (node.querySelector('.unified-extensions-item-action-button') ?? node).click();
      })(arguments[0]);`,
        ff.addonId,
      );
      await until('the popup opened by the action', () =>
        ff.chrome(`${POPUP_BROWSER} return !!popup;`),
      );
    },
    inPopup: (expression) =>
      withPopup(`return popup.browsingContext.currentWindowGlobal.getActor('MarionetteCommands')
      .executeScript(${JSON.stringify(`return (async () => (${expression}))();`)}, [], {});`),
    async screenshotPopup(file) {
      const url =
        await withPopup(`const bitmap = await popup.browsingContext.currentWindowGlobal.drawSnapshot(null, 1, 'white');
        const canvas = popup.ownerDocument.createElementNS('http://www.w3.org/1999/xhtml', 'canvas');
        canvas.width = bitmap.width;
        canvas.height = bitmap.height;
        canvas.getContext('2d').drawImage(bitmap, 0, 0);
        return canvas.toDataURL('image/png');`);
      writeFileSync(file, Buffer.from(url.slice(url.indexOf(',') + 1), 'base64'));
    },
    // The popup's own API object (past the script's Xray view, where there is one), JSON out.
    inExtension: async (fn, arg) =>
      JSON.parse(
        await withPopup(`return popup.browsingContext.currentWindowGlobal.getActor('MarionetteCommands')
      .executeScript(${JSON.stringify(`return (async () => JSON.stringify(await (${fn})((window.wrappedJSObject ?? window).browser, ${JSON.stringify(arg)})))();`)}, [], {});`),
      ),
    close: () => ff.close(),
  };
}

/** A non-flattened CDP session to a target Playwright did not adopt, for Runtime.evaluate. */
async function attach(cdp, targetId) {
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId, flatten: false });
  let next = 0;
  const pending = new Map();
  const onMessage = (e) => {
    if (e.sessionId !== sessionId) return;
    const m = JSON.parse(e.message);
    pending.get(m.id)?.(m);
    pending.delete(m.id);
  };
  cdp.on('Target.receivedMessageFromTarget', onMessage);
  const send = (method, params) =>
    new Promise((resolve, reject) => {
      const id = ++next;
      pending.set(id, (m) => (m.error ? reject(new Error(m.error.message)) : resolve(m.result)));
      cdp
        .send('Target.sendMessageToTarget', {
          sessionId,
          message: JSON.stringify({ id, method, params }),
        })
        .catch(reject);
    });
  return {
    send,
    async evaluate(expression) {
      const r = await send('Runtime.evaluate', {
        expression,
        returnByValue: true,
        awaitPromise: true,
        userGesture: true,
      });
      if (r.exceptionDetails)
        throw new Error(r.exceptionDetails.exception?.description ?? r.exceptionDetails.text);
      return r.result.value;
    },
    async detach() {
      cdp.off('Target.receivedMessageFromTarget', onMessage);
      await cdp.send('Target.detachFromTarget', { sessionId }).catch(() => undefined);
    },
  };
}
