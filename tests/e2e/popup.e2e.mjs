// The popup, in Chromium and Firefox (tests/e2e/lib/adapters.mjs): the page's state at a glance, layer toggles applied
// live to an open tab (measured), solo and all, the site switch, and "Scan
// this page" on a site that is not enabled.
//
// Two ways in:
// - For the toggles the popup is opened as a page for the chapter's tab
//   (popup.html?tab=<id>): the chapter tab stays visible meanwhile (checked),
//   so its repaint is not held back by a hidden tab's frame throttling.
// - For "Scan this page" the popup must be opened the way a reader opens it,
//   since that is what grants activeTab: the toolbar button is clicked
//   (tests/e2e/lib/toolbar.mjs: CDP in Chromium, Marionette in Firefox, whose
//   toolbar popup is browser UI out of WebDriver BiDi's reach). A popup page
//   opened as a tab holds no activeTab grant, so it cannot read the tab and
//   (rightly) offers no scan.
//
// The extension is a plain build of the shipped one (into a temp dir): no
// test host permission, so the scanned site is one the extension holds
// nothing for, before and after.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { BROWSERS, adapterFor } from './lib/adapters.mjs';
import { SHOTS_DIR } from './lib/shots.mjs';
import { TEST_HOST } from './lib/browsers.mjs';
import { loadOverlayFixtures } from './lib/overlay-fixtures.mjs';
import { registeredInPage } from './lib/overlay-page.mjs';
import { servePages } from './lib/server.mjs';
import { until } from './lib/wait.mjs';
import { openToolbar } from './lib/toolbar.mjs';

const DATASET = JSON.parse(readFileSync('src/data/dataset.json', 'utf8'));
const MESSAGES = JSON.parse(readFileSync('extension/_locales/en/messages.json', 'utf8'));
const msg = (key, subs = []) =>
  MESSAGES[key].message.replace(/\$(\w+)\$/g, (_, name) =>
    (MESSAGES[key].placeholders?.[name.toLowerCase()]?.content ?? '').replace(
      /\$(\d)/g,
      (_x, i) => subs[Number(i) - 1] ?? '',
    ),
  );
const slug = (id) => id.replace(/[^a-z0-9-]/gi, '-');
/** The highlights that carry no layer: every passage, and chapter openings. */
const UNSTYLED = ['counterpoint-passage', 'counterpoint-opening'];
const LATENCY_MS = 500;
/** Highlight name → count, key order aside (registration order is not part of the state). */
const sorted = (r) => JSON.stringify(Object.entries(r).sort(([a], [b]) => a.localeCompare(b)));
const SCAN_HOST = 'quotes.example';

/** In the tab: resolves with Date.now() at the first check where `test(registered highlights)` holds (polled every 2 ms). */
function watchInPage(source) {
  const test = new Function('r', `return (${source})(r);`);
  const registered = () =>
    Object.fromEntries(
      [...CSS.highlights]
        .filter(([n]) => n.startsWith('counterpoint-'))
        .map(([n, h]) => [n, h.size]),
    );
  window.__cpWatch = new Promise((resolve) => {
    const timer = setInterval(() => {
      if (test(registered())) {
        clearInterval(timer);
        resolve(Date.now());
      }
    }, 2);
  });
}

for (const browserName of BROWSERS) definePopupScenarios(browserName);

function definePopupScenarios(browserName) {
  describe(`${browserName}: the popup`, { timeout: 300_000 }, () => {
    let fx, server, b, tmp, chapter, popup;
    const errors = [];
    const latencies = {};

    before(async () => {
      fx = await loadOverlayFixtures();
      server = await servePages({
        [fx.chapter.path]: fx.chapter.html,
        [SCAN_HOST + fx.blog.path]: fx.blog.html,
      });
      tmp = mkdtempSync(path.join(os.tmpdir(), 'counterpoint-popup-'));
      execFileSync(process.execPath, ['scripts/build.mjs'], {
        env: { ...process.env, COUNTERPOINT_OUT: tmp },
        stdio: 'ignore',
      });
      b = await adapterFor(browserName)({
        extDir: path.join(tmp, browserName === 'chromium' ? 'chrome' : 'firefox'),
        hosts: [TEST_HOST, SCAN_HOST],
        viewport: { width: 1280, height: 900 },
        extraArgs: ['--enable-unsafe-extension-debugging'],
      });
    });

    after(async () => {
      if (Object.keys(latencies).length)
        console.log(
          `${browserName}: popup → tab repaint latencies (ms): ${JSON.stringify(latencies)}`,
        );
      await b?.close();
      await server?.close();
      if (tmp) rmSync(tmp, { recursive: true, force: true });
    });

    /** The tab showing `url` and its report, from the background's per-tab reports in storage.session. */
    const reportFor = (url) => b.reportFor(url);
    const registered = (page) => page.evaluate(registeredInPage);
    const track = (page, name) => b.watchErrors(page, name, errors);
    const role = (r, name, opts) => b.byRole(popup, r, name, opts);
    const popupText = () => b.text(popup);

    /**
     * Clicks `selector` in the popup; the ms from the click event in the popup to
     * the first check in the tab where `test(highlights)` holds (both Date.now(), one machine).
     */
    async function timed(label, selector, test) {
      await chapter.page.evaluate(watchInPage, test.toString());
      await popup.evaluate(() =>
        document.addEventListener(
          'click',
          () => {
            window.__cpClickAt = Date.now();
          },
          { capture: true, once: true },
        ),
      );
      await popup.click(selector);
      const done = await chapter.page.evaluate(() =>
        Promise.race([window.__cpWatch, new Promise((r) => setTimeout(() => r(null), 5000))]),
      );
      assert.ok(done !== null, `${label}: the tab's highlights did not change within 5 s`);
      const ms = done - (await popup.evaluate(() => window.__cpClickAt));
      latencies[label] = ms;
      console.log(`${browserName} ${label}: ${ms} ms`);
      assert.ok(ms < LATENCY_MS, `${label} took ${ms} ms (≥ ${LATENCY_MS})`);
      return ms;
    }

    it('shows the chapter page at a glance: chapter, passages, a switch per layer with its count', async () => {
      const page = await b.newPage();
      track(page, 'chapter');
      const url = server.url(TEST_HOST, fx.chapter.path);
      await page.goto(url);
      const { tabId, report } = await reportFor(url);
      const initial = await until('highlights', async () =>
        (await registered(page))['counterpoint-critique'] ? registered(page) : null,
      );
      await page.evaluate(() => {
        window.__cpNotReloaded = true;
      });
      chapter = { page, tabId, report, url, initial };

      popup = await b.newPage({ viewport: { width: 372, height: 600 } });
      track(popup, 'popup');
      await b.goto(popup, b.extUrl(`popup.html?tab=${tabId}`));
      await role('switch', 'Critique');
      const text = await until('the popup to show the page', async () => {
        const t = await popupText();
        return t.includes(msg('popupChapterRecognised')) ? t : null;
      });
      assert.match(text, /Chapter 26/);
      assert.ok(text.includes('Could the Bolsheviks Have Seized the Power in July?'), text);
      const passages = new Set(report.detections.filter((d) => d.passage).map((d) => d.passage));
      assert.equal(passages.size, fx.chapter.planted.length);
      assert.ok(
        text.includes(`${passages.size}\n`) || text.includes(`${passages.size} `),
        `the popup counts ${passages.size} passages: ${text}`,
      );
      for (const l of DATASET.layers) {
        const s = await role('switch', l.name, { exact: true });
        assert.equal(await b.attr(popup, s, 'aria-checked'), 'true', `${l.id} shown`);
      }
      // At rest the page is calm (one stance per passage); "Themes on the page" draws every layer's mark,
      // and then each layer's count equals what the tab registered for it.
      const themesOnPage = await role('switch', msg('popupThemesOnPage'), { exact: true });
      assert.equal(await b.attr(popup, themesOnPage, 'aria-checked'), 'false');
      await popup.click(themesOnPage);
      const all = await until('every mark on the page', async () => {
        const r = await registered(page);
        return Object.keys(r).some((n) => n.startsWith('counterpoint-theme-')) ? r : null;
      });
      chapter.all = all;
      for (const l of DATASET.layers.filter((x) => x.kind !== 'stance')) {
        const count = Number(
          await popup.evaluate(
            (sel) => document.querySelector(sel).innerText,
            `[data-layer="${l.id}"] .pp-count [aria-hidden]`,
          ),
        );
        assert.equal(
          count,
          all[`counterpoint-${slug(l.id)}`] ?? 0,
          `${l.id}: popup count against the tab's highlight`,
        );
      }
      await popup.click(themesOnPage);
      await until(
        'the calm page again',
        async () => sorted(await registered(page)) === sorted(initial),
        5000,
        20,
      );
      assert.equal(
        await page.evaluate(() => document.visibilityState),
        'visible',
        'the chapter tab stays visible while the popup page is open',
      );

      // Firefox cannot emulate the colour scheme over BiDi (a launch pref): light only there.
      for (const scheme of browserName === 'chromium' ? ['light', 'dark'] : ['light']) {
        await b.colorScheme(popup, scheme);
        await new Promise((r) => setTimeout(r, 300)); // past the switches' and buttons' colour transitions
        await b.screenshot(popup, {
          path: path.join(
            SHOTS_DIR,
            browserName === 'chromium'
              ? `popup-${scheme}.png`
              : `popup-${browserName}-${scheme}.png`,
          ),
          fullPage: true,
        });
      }
      await b.colorScheme(popup, 'light');
      assert.ok(
        (await popup.evaluate(() => document.body.scrollHeight)) <= 600,
        'the popup fits in 600 px',
      );
    });

    it('the layer switches are keyboard operable: Tab reaches Critique, Space toggles it', async () => {
      const critique = await role('switch', 'Critique');
      await popup.bringToFront(); // keyboard focus needs the focused window (Firefox: one window per page)
      await popup.focus(critique);
      assert.equal(
        await popup.evaluate(() => document.activeElement.getAttribute('role')),
        'switch',
      );
      await popup.keyboard.press(' '); // the space bar (puppeteer over BiDi knows no "Space" key name)
      await until(
        'critique off (keyboard)',
        async () => (await b.attr(popup, critique, 'aria-checked')) === 'false',
      );
      await until(
        'critique gone from the tab',
        async () => !(await registered(chapter.page))['counterpoint-critique'],
      );
      await popup.keyboard.press('Enter');
      await until(
        'critique back (keyboard)',
        async () => (await registered(chapter.page))['counterpoint-critique'] > 0,
      );
    });

    it(`toggling Critique changes the open tab's highlights within ${LATENCY_MS} ms, without a reload`, async () => {
      const critique = await role('switch', 'Critique');
      await timed('critique off', critique, (r) => !r['counterpoint-critique']);
      assert.equal(await b.attr(popup, critique, 'aria-checked'), 'false');
      const off = await registered(chapter.page);
      assert.ok(off['counterpoint-tribute'] > 0, `other layers stay: ${JSON.stringify(off)}`);
      await timed('critique on', critique, (r) => r['counterpoint-critique'] > 0);
      assert.deepEqual(await registered(chapter.page), chapter.initial);
      assert.equal(
        await chapter.page.evaluate(() => window.__cpNotReloaded),
        true,
        'the tab was not reloaded',
      );
    });

    it('solo shows one theme only (plus the unstyled passage and opening highlights); All restores every layer', async () => {
      // The theme with the most passages on the page.
      const themes = DATASET.layers.filter((l) => l.kind === 'theme');
      const theme = themes.reduce((best, l) =>
        (chapter.all[`counterpoint-${slug(l.id)}`] ?? 0) >
        (chapter.all[`counterpoint-${slug(best.id)}`] ?? 0)
          ? l
          : best,
      );
      const name = `counterpoint-${slug(theme.id)}`;
      assert.ok(chapter.all[name] > 0, `a theme on the page: ${JSON.stringify(chapter.all)}`);
      const allowed = [name, ...UNSTYLED];
      const soloButton = await role('button', msg('popupSolo', [theme.name]));
      const ms = await timed(
        `solo ${theme.id}`,
        soloButton,
        new Function(
          'r',
          `return Object.keys(r).every((n) => ${JSON.stringify(allowed)}.includes(n)) && r[${JSON.stringify(name)}] > 0;`,
        ),
      );
      assert.ok(ms < LATENCY_MS);
      const solo = await registered(chapter.page);
      // Shown alone, the theme leads its passages, so the calm page draws it.
      assert.equal(solo[name], chapter.all[name], 'every passage of the theme stays highlighted');
      assert.equal(
        solo['counterpoint-passage'],
        chapter.all[name],
        "only the theme's passages remain",
      );
      const checked = await popup.evaluate(() =>
        [...document.querySelectorAll('[role="switch"][aria-checked="true"]')].map(
          (e) => e.closest('[data-layer]')?.dataset.layer ?? e.id,
        ),
      );
      assert.deepEqual(
        checked.filter((id) => id !== 'pp-site'),
        [theme.id],
        'the popup shows the theme alone',
      );
      assert.equal(await b.attr(popup, soloButton, 'aria-pressed'), 'true');

      const all = await role('button', msg('popupShowAllLabel'));
      await timed('all', all, (r) => r['counterpoint-critique'] > 0);
      await until(
        'every layer back',
        async () => sorted(await registered(chapter.page)) === sorted(chapter.initial),
        3000,
        20,
      );
      assert.ok(await popup.evaluate((sel) => document.querySelector(sel).disabled, all));
    });

    it('turning the site off clears every highlight, card and marker; turning it on paints again', async () => {
      const site = await role('switch', msg('popupSiteSwitch', [TEST_HOST]));
      assert.equal(await b.attr(popup, site, 'aria-checked'), 'true');
      // Open a card first, so "every card" is put to the test.
      // Focus opens it as the keyboard does (the overlay ignores clicks a script makes up);
      // focus needs the tab in front (Firefox gives each page its own window).
      await chapter.page.bringToFront();
      await chapter.page.evaluate(() =>
        document
          .querySelector('counterpoint-overlay')
          .shadowRoot.querySelector('[data-marker]')
          .focus(),
      );
      await until('a card', () =>
        chapter.page.evaluate(
          () =>
            !!document
              .querySelector('counterpoint-overlay')
              ?.shadowRoot.querySelector('[role="dialog"]'),
        ),
      );
      await popup.bringToFront();
      await timed('site off', site, (r) => Object.keys(r).length === 0);
      await until(
        'no overlay host',
        async () =>
          chapter.page.evaluate(() => document.querySelector('counterpoint-overlay') === null),
        2000,
        20,
      );
      await until('the popup says the site is off', async () =>
        (await popupText()).includes(msg('popupSiteOffBuiltIn', [TEST_HOST])),
      );
      assert.equal(
        await b.findRole(popup, 'button', msg('popupScan'), { exact: true }),
        null,
        'no scan offered on a built-in site',
      );
      await popup.click(await role('switch', msg('popupSiteSwitch', [TEST_HOST])));
      await until(
        'highlights again',
        async () => sorted(await registered(chapter.page)) === sorted(chapter.initial),
        10_000,
        50,
      );
      await until('the popup reads the page again', async () =>
        (await popupText()).includes(msg('popupChapterRecognised')),
      );
    });

    // The toolbar popup opened as the reader opens it (tests/e2e/lib/toolbar.mjs): that is what grants activeTab.
    it('"Scan this page" from the toolbar reads a site that is not enabled and leaves no permission behind', async () => {
      const toolbar = await openToolbar(browserName, {
        b,
        extDir: path.join(tmp, 'firefox'),
        watch: (page) => track(page, 'blog'),
      });
      try {
        await scanFromToolbar(toolbar);
      } finally {
        await toolbar.close();
      }
    });

    async function scanFromToolbar(t) {
      const url = server.url(SCAN_HOST, fx.blog.path);
      const pattern = `*://${SCAN_HOST}/*`;
      await t.open(url);
      await new Promise((r) => setTimeout(r, 500));
      assert.deepEqual(await t.registered(), {}, 'nothing on the page before the scan');

      await t.clickAction();
      const popupText = () => t.inPopup('document.body.textContent');
      await until('the popup offers a scan', async () =>
        (await popupText()).includes(msg('popupScan')),
      );
      assert.ok((await popupText()).includes(msg('popupSiteOff', [SCAN_HOST])));
      const held = () =>
        t.inExtension(
          async (api, p) => ({
            origins: (await api.permissions.getAll()).origins,
            contains: await api.permissions.contains({ origins: [p] }),
            scripts: (await api.scripting.getRegisteredContentScripts()).flatMap(
              (s) => s.matches ?? [],
            ),
            settings: (await api.storage.local.get('settings')).settings ?? null,
          }),
          pattern,
        );
      const before = await held();
      assert.equal(before.contains, false, 'no host permission for the site before the scan');
      await t.screenshotPopup(
        path.join(
          SHOTS_DIR,
          browserName === 'chromium' ? 'popup-scan.png' : `popup-scan-${browserName}.png`,
        ),
      );
      await t.inPopup(
        `[...document.querySelectorAll('button')].find((b) => b.textContent === ${JSON.stringify(msg('popupScan'))}).click()`,
      );

      const painted = await until('highlights on the scanned page', async () => {
        const r = await t.registered();
        return r['counterpoint-passage'] ? r : null;
      });
      assert.equal(
        painted['counterpoint-passage'],
        fx.blog.planted.length,
        `every quoted passage: ${JSON.stringify(painted)}`,
      );
      const report = await until('the report', () =>
        t.inExtension(
          async (api, u) =>
            Object.values(await api.storage.session.get()).find(
              (v) => v?.url === u && Array.isArray(v.detections),
            ) ?? null,
          url,
        ),
      );
      assert.deepEqual(
        report.detections.filter((d) => d.passage).map((d) => d.passage),
        fx.blog.planted,
      );
      const shown = await until('the popup shows the passages', async () => {
        const text = await popupText();
        return text.includes(msg('popupPassagesUnit')) ? text : null;
      });
      assert.ok(shown.includes(String(fx.blog.planted.length)), shown);

      const afterScan = await held();
      assert.equal(afterScan.contains, false, 'no host permission for the scanned site');
      assert.deepEqual(afterScan.origins, before.origins, 'the same origins as before the scan');
      assert.ok(
        !afterScan.origins.some((o) => o.includes(SCAN_HOST)),
        afterScan.origins.join(', '),
      );
      assert.ok(
        !afterScan.scripts.some((m) => m.includes(SCAN_HOST)),
        'no content script registered for it',
      );
      assert.equal(
        afterScan.settings?.sites?.[SCAN_HOST],
        undefined,
        'the site is still not enabled',
      );
    }

    it('no errors in the popup or the pages', () => {
      assert.deepEqual(errors, []);
    });
  });
}
