// One driver interface over the two browsers, so each browser suite's
// scenarios are written once and run in Chromium (playwright-core, CDP) and in
// firefox-esr (puppeteer-core 24 over WebDriver BiDi).
//
// A page handle is the browser's own page object (Playwright Page or puppeteer
// Page): the scenarios keep to what both offer — goto (web pages), evaluate(fn,
// arg), mouse.move/click, keyboard.press/type, click(selector), focus(selector),
// frames(), bringToFront(), reload(), close(), url(), on('pageerror'|'console').
// Everything else goes through the adapter:
//
//   b.name                       'chromium' | 'firefox'
//   b.extUrl(path)               the extension page's URL
//   b.newPage({ viewport })      a new tab
//   b.open(url, { viewport })    a new tab at a web page or an extension page
//   b.goto(page, url)            navigates (moz-extension:// through the raw BiDi navigate)
//   b.bg(fn, arg)                runs fn(arg) where the background's APIs are:
//                                Chromium: the service worker; Firefox: an extension
//                                page (same origin as the event page: storage,
//                                IndexedDB, tabs, scripting, action, runtime messaging).
//                                Write fn against `chrome.*` (Firefox has it, promise-returning, in MV3).
//   b.sessionStorage()           everything in storage.session
//   b.reportFor(url)             waits for the tab report of url → { tabId, report }
//   b.sel(css)                   a selector that pierces open shadow roots ('host >> inner' → right syntax)
//   b.byRole(page, role, name)   a selector for the element of that ARIA role and accessible name
//   b.findRole(...)              the same without waiting (null if absent); b.attr(page, sel, name), b.text(page, sel)
//   b.fill(page, selector, text) replaces an input's value by typing
//   b.upload(page, selector, file) sets an <input type=file> ({ name, mimeType, buffer } or a path)
//   b.viewport(page, { width, height })
//   b.colorScheme(page, scheme)  → false where it cannot be emulated (Firefox over BiDi: needs CDP)
//   b.screenshot(page, opts)     → Buffer (opts.path writes it too; opts.fullPage)
//   b.watchErrors(page, name, errors)
//   b.nextPage()                 call before an action: resolves to the next tab opened (e.g. by the extension)
//   b.select(page, sel, value)   chooses a <select> option
//   b.download(page, action)     runs action, returns the download it started: { name, text }
//   b.watchTabUrls()             { urls, stop() }: the URL of every tab opened or navigated from now on
//   b.stopWorker()               Chromium only: stops the extension's service worker (CDP Target.closeTarget)
//   b.downloads                  a directory where downloads land (Firefox) / null (Chromium: page events)
//   b.raw                        the launched browser ({ context, sw, extId } or { browser })
//   b.close()
import { mkdtempSync, readdirSync, statSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  FIREFOX_UUID,
  gotoExtensionPage,
  launchChromium,
  launchFirefox,
  setFirefoxViewport,
} from './browsers.mjs';
import { until } from './wait.mjs';

export const BROWSERS = ['chromium', 'firefox'];

/** Runs in a page: marks the element of `role` named `name` (exact, else a case-insensitive part) with data-e2e-role; true if found. */
function markByRoleInPage([role, name, exact, mark, within]) {
  const implicit = (el) => {
    const t = el.tagName.toLowerCase();
    if (/^h[1-6]$/.test(t)) return 'heading';
    if (t === 'button' || (t === 'input' && ['button', 'submit', 'reset'].includes(el.type)))
      return 'button';
    if (t === 'a' && el.hasAttribute('href')) return 'link';
    if (t === 'select') return el.multiple ? 'listbox' : 'combobox';
    if (t === 'textarea') return 'textbox';
    if (t === 'input') {
      return (
        {
          checkbox: 'checkbox',
          radio: 'radio',
          number: 'spinbutton',
          search: 'searchbox',
          range: 'slider',
        }[el.type] ?? 'textbox'
      );
    }
    return null;
  };
  // Text as an accessible name reads it: aria-hidden subtrees left out, aria-label taken for its element.
  const text = (node) => {
    if (node.nodeType === 3) return node.data;
    if (node.nodeType !== 1 || node.getAttribute('aria-hidden') === 'true') return '';
    if (node.getAttribute('aria-label')) return ` ${node.getAttribute('aria-label')} `;
    return [...node.childNodes].map(text).join('');
  };
  const nameOf = (el, root) => {
    if (el.getAttribute('aria-label')) return el.getAttribute('aria-label');
    const by = el.getAttribute('aria-labelledby');
    if (by)
      return by
        .split(/\s+/)
        .map((id) => {
          const t = root.getElementById?.(id);
          return t ? text(t) : '';
        })
        .join(' ');
    if (el.labels?.length) return [...el.labels].map(text).join(' ');
    if (el.closest('label')) return text(el.closest('label'));
    return text(el) || el.getAttribute('title') || el.getAttribute('placeholder') || '';
  };
  const norm = (s) => s.replace(/\s+/g, ' ').trim();
  const roots = [within ? document.querySelector(within) : document].filter(Boolean);
  for (let i = 0; i < roots.length; i += 1) {
    for (const el of roots[i].querySelectorAll('*')) if (el.shadowRoot) roots.push(el.shadowRoot);
  }
  const found = [];
  for (const root of roots) {
    for (const el of root.querySelectorAll('*')) {
      el.removeAttribute(mark);
      if ((el.getAttribute('role') ?? implicit(el)) !== role) continue;
      const hidden = el.getClientRects().length === 0;
      found.push({ el, name: norm(nameOf(el, root)), hidden });
    }
  }
  const want = norm(name);
  window.__e2eRoleNames = found.map((f) => f.name);
  const hit =
    found.find((f) => f.name === want && !f.hidden) ??
    found.find((f) => f.name === want) ??
    (exact ? undefined : found.find((f) => f.name.toLowerCase().includes(want.toLowerCase())));
  if (!hit) return false;
  hit.el.setAttribute(mark, '');
  return true;
}

let marks = 0;

/** The parts both adapters share, over `evaluate`. */
function common(b) {
  return Object.assign(b, {
    async reportFor(url) {
      return until(`the report for ${url}`, async () => {
        const all = await b.sessionStorage();
        const entry = Object.entries(all).find(
          ([k, v]) => k.startsWith('report:') && v?.url === url,
        );
        return entry && { tabId: Number(entry[0].slice('report:'.length)), report: entry[1] };
      });
    },
    /** Waits until the element exists, then returns a selector for it. */
    async byRole(page, role, name, { exact = false, timeout = 10_000, within = null } = {}) {
      const mark = `data-e2e-role-${(marks += 1)}`;
      await until(
        `${role} “${name}”`,
        () => page.evaluate(markByRoleInPage, [role, name, exact, mark, within]),
        timeout,
        50,
      ).catch(async (e) => {
        throw new Error(
          `${e.message}; the ${role}s: ${JSON.stringify(await page.evaluate(() => window.__e2eRoleNames).catch(() => null))}`,
        );
      });
      return b.sel(`[${mark}]`);
    },
    /** The same, without waiting: null when there is no such element now. */
    async findRole(page, role, name, { exact = false, within = null } = {}) {
      const mark = `data-e2e-role-${(marks += 1)}`;
      return (await page.evaluate(markByRoleInPage, [role, name, exact, mark, within]))
        ? b.sel(`[${mark}]`)
        : null;
    },
    /** An attribute of the element `selector` names (no shadow root in the selector). */
    attr: (page, selector, name) =>
      page.evaluate(
        ([s, n]) => document.querySelector(s)?.getAttribute(n) ?? null,
        [selector, name],
      ),
    text: (page, selector = 'body') =>
      page.evaluate((s) => document.querySelector(s)?.textContent ?? null, selector),
    async fill(page, selector, text) {
      await page.focus(selector);
      await page.evaluate(() => {
        let el = document.activeElement;
        while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
        if (typeof el?.select === 'function') el.select();
      });
      if (text === '') await page.keyboard.press('Backspace');
      else await page.keyboard.type(text);
    },
    async sessionStorage() {
      return b.bg(() => chrome.storage.session.get(null));
    },
  });
}

/** Chromium, with the extension in `extDir` (default dist/chrome). */
export async function chromiumAdapter({
  extDir,
  hosts,
  viewport = { width: 1280, height: 900 },
  extraArgs = [],
  userDataDir,
} = {}) {
  const raw = await launchChromium({ extDir, hosts, viewport, extraArgs, userDataDir });
  const { context, sw, extId } = raw;
  const extUrl = (p) => `chrome-extension://${extId}/${p.replace(/^\//, '')}`;
  const b = {
    name: 'chromium',
    raw,
    extUrl,
    downloads: null,
    async newPage({ viewport: v } = {}) {
      const page = await context.newPage();
      if (v) await page.setViewportSize(v);
      return page;
    },
    async open(url, opts = {}) {
      const page = await b.newPage(opts);
      await page.goto(url);
      return page;
    },
    goto: (page, url) => page.goto(url),
    bg: (fn, arg) => sw.evaluate(fn, arg),
    sel: (css) => css.replace(/\s*>>>?\s*/g, ' '),
    upload: (page, selector, file) => page.setInputFiles(selector, file),
    viewport: (page, v) => page.setViewportSize(v),
    async colorScheme(page, colorScheme) {
      await page.emulateMedia({ colorScheme });
      return true;
    },
    screenshot: (page, opts = {}) => page.screenshot(opts),
    watchErrors(page, name, errors) {
      page.on('console', (m) => m.type() === 'error' && errors.push(`${name}: ${m.text()}`));
      page.on('pageerror', (e) => errors.push(`${name}: ${e.message}`));
    },
    nextPage: () => context.waitForEvent('page', { timeout: 15_000 }),
    select: (page, selector, value) => page.selectOption(selector, value),
    /** Runs `action` and returns the download it starts: { name, text }. */
    async download(page, action) {
      const started = page.waitForEvent('download');
      await action();
      const file = await started;
      return { name: file.suggestedFilename(), text: readFileSync(await file.path(), 'utf8') };
    },
    /**
     * Stops the extension's service worker now, whatever it is doing, as Chrome ends a worker
     * (CDP Target.closeTarget on its target); the next event starts it again. False if none ran.
     */
    async stopWorker() {
      const cdp = await context.browser().newBrowserCDPSession();
      try {
        const { targetInfos } = await cdp.send('Target.getTargets');
        const worker = targetInfos.find(
          (t) => t.type === 'service_worker' && t.url.startsWith(extUrl('')),
        );
        if (worker) await cdp.send('Target.closeTarget', { targetId: worker.targetId });
        return Boolean(worker);
      } finally {
        await cdp.detach();
      }
    },
    /** Collects the URL of every tab the browser opens or navigates, from the browser's target list. */
    async watchTabUrls() {
      const cdp = await context.browser().newBrowserCDPSession();
      const urls = [];
      const add = (e) => urls.push(e.targetInfo.url);
      cdp.on('Target.targetCreated', add);
      cdp.on('Target.targetInfoChanged', add);
      await cdp.send('Target.setDiscoverTargets', { discover: true });
      return { urls, stop: () => cdp.detach() };
    },
    close: () => context.close(),
  };
  return common(b);
}

/** firefox-esr, with the extension in `extDir` (default dist/firefox) as a temporary add-on. */
export async function firefoxAdapter({
  extDir,
  viewport = { width: 1280, height: 900 },
  prefs = {},
} = {}) {
  const downloads = mkdtempSync(path.join(os.tmpdir(), 'counterpoint-ff-downloads-'));
  const raw = await launchFirefox({
    extDir,
    viewport,
    prefs: {
      'browser.download.dir': downloads,
      'browser.download.folderList': 2,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.start_downloads_in_tmp_dir': false,
      'browser.download.alwaysOpenPanel': false,
      'browser.download.panel.shown': true,
      ...prefs,
    },
  });
  const { browser } = raw;
  const extUrl = (p) => `moz-extension://${FIREFOX_UUID}/${p.replace(/^\//, '')}`;
  let bgPage = null;
  const goto = async (page, url) => {
    if (url.startsWith('moz-extension://')) await gotoExtensionPage(page, url);
    else await page.goto(url);
  };
  const b = {
    name: 'firefox',
    raw,
    extUrl,
    downloads,
    // Each page in a window of its own: in one window only the selected tab is visible, and Firefox
    // holds back a hidden tab's animation frames (the overlay repaints in them); Chromium's headless
    // tabs all stay visible.
    async newPage({ viewport: v } = {}) {
      const page = await browser.newPage({ type: 'window' });
      if (v) await setFirefoxViewport(page, v);
      return page;
    },
    async open(url, opts = {}) {
      const page = await b.newPage(opts);
      await goto(page, url);
      return page;
    },
    goto,
    // An extension page kept open as a tab: the event page's origin, so its storage, IndexedDB and APIs.
    async bg(fn, arg) {
      const fresh = async () => {
        if (bgPage && !bgPage.isClosed()) await bgPage.close().catch(() => undefined);
        bgPage = await browser.newPage({ type: 'window' });
        await gotoExtensionPage(bgPage, extUrl('popup.html?tab=-1'));
      };
      if (!bgPage || bgPage.isClosed()) await fresh();
      try {
        return await bgPage.evaluate(fn, arg);
      } catch (e) {
        // An update of the add-on closes or unloads its pages: open a new one, once.
        if (
          !/closed|detached|destroyed|discarded|No target|no such frame|Execution context/i.test(
            e.message,
          )
        )
          throw e;
        await fresh();
        return bgPage.evaluate(fn, arg);
      }
    },
    /** Installs (or, same gecko id, updates) the temporary add-on from `dir`. */
    installExtension: (dir) => browser.installExtension(dir),
    sel: (css) => css.replace(/\s*>>>?\s*/g, ' >>> '),
    async upload(page, selector, file) {
      let p = file;
      let dir = null;
      if (typeof file !== 'string') {
        dir = mkdtempSync(path.join(os.tmpdir(), 'counterpoint-upload-'));
        p = path.join(dir, file.name);
        writeFileSync(p, file.buffer);
      }
      const input = await page.waitForSelector(selector);
      await input.uploadFile(p);
      // uploadFile sets the files and fires input/change; the page reads the file asynchronously.
      if (dir) setTimeout(() => rmSync(dir, { recursive: true, force: true }), 30_000).unref();
    },
    viewport: setFirefoxViewport,
    // emulateMediaFeatures needs CDP; over BiDi the scheme is a launch pref (ui.systemUsesDarkTheme).
    colorScheme: async () => false,
    async screenshot(page, opts = {}) {
      const buf = Buffer.from(await page.screenshot({ fullPage: !!opts.fullPage }));
      if (opts.path) writeFileSync(opts.path, buf);
      return buf;
    },
    watchErrors(page, name, errors) {
      page.on('console', (m) => m.type() === 'error' && errors.push(`${name}: ${m.text()}`));
      page.on('pageerror', (e) => errors.push(`${name}: ${e.message}`));
    },
    nextPage() {
      const known = new Set(browser.targets());
      return browser
        .waitForTarget((t) => t.type() === 'page' && !known.has(t), { timeout: 15_000 })
        .then((t) => t.page());
    },
    select: (page, selector, value) => page.select(selector, value),
    // Firefox saves downloads into b.downloads (launch prefs): the new file, once complete.
    // It may write under a temporary name, create the file empty before writing it, and keep a
    // .part beside it: wait for a new file with no .part in the folder whose size is non-zero
    // and the same on two looks in a row (a name that vanishes in between was a temporary one).
    async download(page, action) {
      const before = new Set(readdirSync(downloads));
      await action();
      let last = '';
      const name = await until(
        'the download to be written',
        () => {
          const names = readdirSync(downloads);
          if (names.some((f) => f.endsWith('.part'))) return null;
          const sized = names
            .filter((f) => !before.has(f))
            .map((f) => {
              try {
                return { f, size: statSync(path.join(downloads, f)).size };
              } catch {
                return { f, size: 0 };
              }
            })
            .filter((x) => x.size > 0);
          const seen = sized.map((x) => `${x.f}:${x.size}`).join('|');
          const settled = sized.length === 1 && seen === last;
          last = seen;
          return settled ? sized[0].f : null;
        },
        20_000,
        150,
      );
      return { name, text: readFileSync(path.join(downloads, name), 'utf8') };
    },
    async watchTabUrls() {
      const urls = [];
      // A page that failed to load shows as Firefox's error page, which carries the URL it was opened at.
      const add = (t) => {
        const url = t.url();
        urls.push(
          url.startsWith('about:neterror?')
            ? (new URLSearchParams(url.slice(url.indexOf('?') + 1)).get('u') ?? url)
            : url,
        );
      };
      browser.on('targetcreated', add);
      browser.on('targetchanged', add);
      return {
        urls,
        stop: async () => {
          browser.off('targetcreated', add);
          browser.off('targetchanged', add);
        },
      };
    },
    async close() {
      await browser.close();
      rmSync(downloads, { recursive: true, force: true });
    },
  };
  // The extension page first: every page a scenario opens later is then the newest, focused window.
  await b.bg(() => true);
  return common(b);
}

export const adapterFor = (name) => (name === 'chromium' ? chromiumAdapter : firefoxAdapter);
