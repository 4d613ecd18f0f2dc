// First run in Chromium: a fresh install opens the welcome page, and it is the
// first extension page to appear. The page renders every section (what
// Counterpoint does, the History's chapters, the site chooser, each permission
// and why, privacy) without console errors and without a network request; its
// site chooser is the options page's and works from the keyboard. Screenshots:
// screenshots, light and dark, in the suites' screenshot folder (tests/e2e/lib/shots.mjs).
// The extension is the plain build (dist/chrome): run `npm run build` first.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { firefoxAdapter } from './lib/adapters.mjs';
import { launchChromium } from './lib/browsers.mjs';
import { shot } from './lib/shots.mjs';
import { until } from './lib/wait.mjs';

const MESSAGES = JSON.parse(readFileSync('extension/_locales/en/messages.json', 'utf8'));
const MANIFEST = JSON.parse(readFileSync('dist/chrome/manifest.json', 'utf8'));
const msg = (key, subs = []) =>
  MESSAGES[key].message.replace(/\$(\w+)\$/g, (_, name) =>
    (MESSAGES[key].placeholders?.[name.toLowerCase()]?.content ?? '').replace(
      /\$(\d)/g,
      (_x, i) => subs[Number(i) - 1] ?? '',
    ),
  );
const HRR = 'https://www.marxists.org/archive/trotsky/1930/hrr/';

describe('chromium: the welcome page on first run', { timeout: 180_000 }, () => {
  let browser, welcome;
  const errors = [];
  const requests = [];

  before(async () => {
    browser = await launchChromium({ viewport: { width: 1100, height: 900 }, firstRun: 'keep' });
  });
  after(async () => {
    await browser?.context.close();
  });

  const extensionPages = () =>
    browser.context
      .pages()
      .filter((p) => p.url().startsWith(`chrome-extension://${browser.extId}/`));
  const settings = () =>
    browser.sw.evaluate(() => chrome.storage.local.get('settings').then((r) => r.settings ?? null));

  it('a fresh install opens the welcome page, the first extension page to appear', async () => {
    await until('an extension page', () => extensionPages().length > 0 || undefined, 20_000);
    const first = extensionPages()[0];
    assert.equal(new URL(first.url()).pathname, '/welcome.html');
    welcome = first;
    // Listen from the start of a fresh load of the page (it opened before the test could listen).
    welcome.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    welcome.on('pageerror', (e) => errors.push(e.message));
    welcome.on('request', (r) => requests.push(r.url()));
    await welcome.reload();
    await welcome.getByRole('heading', { level: 1, name: msg('welcomeTitle') }).waitFor();
    assert.equal(await welcome.title(), msg('welcomePageTitle'));
  });

  it('renders each section: what it does, the chapters online, sites, permissions, privacy', async () => {
    for (const key of [
      'welcomeWhatTitle',
      'welcomeReadTitle',
      'welcomeSitesTitle',
      'welcomePermsTitle',
      'welcomePrivacyTitle',
    ]) {
      assert.ok(
        await welcome.getByRole('heading', { level: 2, name: msg(key) }).isVisible(),
        `section "${msg(key)}"`,
      );
    }
    // The History online: links only.
    const links = await welcome
      .locator('#read a')
      .evaluateAll((as) => as.map((a) => [a.href, a.target, a.rel]));
    assert.ok(links.length >= 2);
    for (const [href, target, rel] of links) {
      assert.ok(href.startsWith(HRR), href);
      assert.equal(target, '_blank');
      assert.match(rel, /noopener/);
    }
    // Every permission the manifest asks for is explained, in the manifest's order.
    const explained = await welcome
      .locator('[data-permission]')
      .evaluateAll((els) => els.map((e) => e.dataset.permission));
    assert.deepEqual(explained, ['sites', ...MANIFEST.permissions, 'optional-hosts']);
    for (const p of MANIFEST.permissions) {
      const cap = p[0].toUpperCase() + p.slice(1);
      assert.ok(await welcome.getByText(msg(`welcomePerm${cap}Why`)).isVisible(), `why ${p}`);
    }
    assert.ok(await welcome.getByText(msg('welcomePrivacyLead')).isVisible());
    // The bundled picture loaded (no remote image).
    const img = await welcome
      .locator('.wl-figure img')
      .evaluate((i) => ({ w: i.naturalWidth, src: i.src }));
    assert.ok(img.w > 0, 'the picture loaded');
    assert.ok(img.src.startsWith(`chrome-extension://${browser.extId}/`));
    // The site chooser lists marxists.org and mirrors, all on.
    const builtIn = await welcome
      .locator('#sites input[role="switch"]')
      .evaluateAll((els) => els.map((e) => e.checked));
    assert.ok(builtIn.length >= 5);
    assert.ok(builtIn.slice(0, -1).every(Boolean), 'every archive on');
  });

  it("the site chooser works from the keyboard, through the options page's settings", async () => {
    // Tab from the top reaches the first archive's switch; Space switches it off.
    await welcome.evaluate(() => {
      document.activeElement?.blur();
      window.scrollTo(0, 0);
    });
    const firstSwitch = welcome.locator('#sites input[role="switch"]').first();
    let reached = false;
    for (let i = 0; i < 40 && !reached; i++) {
      await welcome.keyboard.press('Tab');
      reached = await firstSwitch.evaluate((el) => el === document.activeElement);
    }
    assert.ok(reached, 'Tab reaches the first site switch');
    const host = await welcome.locator('#sites .opt-host').first().textContent();
    await welcome.keyboard.press('Space');
    await until(
      'the site off in settings',
      async () => (await settings())?.sites?.[host] === false || undefined,
    );
    await welcome.keyboard.press('Space');
    await until(
      'the site back on',
      async () => (await settings())?.sites?.[host] === undefined || undefined,
    );
    // A name that is not a site is refused with its reason (no prompt).
    await welcome.locator('#opt-add-site').fill('not a site');
    await welcome.keyboard.press('Enter');
    await welcome.getByText(msg('optionsSitesInvalid', ['not a site'])).waitFor();
  });

  it('no console errors, no request beyond the extension', () => {
    assert.deepEqual(errors, []);
    assert.deepEqual(
      requests.filter((u) => !u.startsWith(`chrome-extension://${browser.extId}/`)),
      [],
    );
  });

  it('screenshots: light and dark (tests/e2e/lib/shots.mjs)', async () => {
    await welcome.reload();
    await welcome.getByRole('heading', { level: 1, name: msg('welcomeTitle') }).waitFor();
    await welcome.locator('.wl-figure img').evaluate((i) => i.decode());
    await welcome.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
    await welcome.emulateMedia({ colorScheme: 'light' });
    await welcome.screenshot({ path: shot('welcome-light.png'), fullPage: true });
    await welcome.screenshot({ path: shot('welcome-light-top.png') });
    await welcome.emulateMedia({ colorScheme: 'dark' });
    await welcome.screenshot({ path: shot('welcome-dark.png'), fullPage: true });
    await welcome.screenshot({ path: shot('welcome-dark-top.png') });
  });
});

// Firefox (puppeteer-core over BiDi, tests/e2e/lib/adapters.mjs): the same first run. Over BiDi a tab the
// extension opened reports about:blank as its URL, so the order of the extension's tabs is read with the
// tabs API (tab ids grow in opening order) and the checks run on a fresh load of welcome.html in a window
// of its own, as the Chromium suite reloads the page it found. Screenshots: out/welcome-firefox-light*.png
// (no colour-scheme emulation over BiDi; docs/screenshots stays Chromium's).
describe('firefox: the welcome page on first run', { timeout: 180_000 }, () => {
  let b, welcome;
  const errors = [];
  const requests = [];
  const FF_MANIFEST = JSON.parse(readFileSync('dist/firefox/manifest.json', 'utf8'));

  before(async () => {
    b = await firefoxAdapter({ viewport: { width: 1100, height: 900 } });
  });
  after(async () => {
    await b?.close();
  });

  const settings = () =>
    b.bg(() => chrome.storage.local.get('settings').then((r) => r.settings ?? null));
  const visible = (text) => welcome.evaluate((t) => document.body.innerText.includes(t), text);

  it('a fresh install opens the welcome page, the first extension page to appear', async () => {
    const tabs = await until(
      'an extension tab',
      async () => {
        const all = await b.bg(() =>
          chrome.tabs
            .query({})
            .then((ts) => ts.map((t) => ({ id: t.id, url: t.url ?? '', active: t.active }))),
        );
        const mine = all.filter((t) => t.url.startsWith(b.extUrl(''))).sort((x, y) => x.id - y.id);
        return mine.length > 0 && mine;
      },
      20_000,
    );
    assert.equal(new URL(tabs[0].url).pathname, '/welcome.html', JSON.stringify(tabs));
    assert.equal(tabs[0].active, true, 'opened as the active tab');
    welcome = await b.newPage();
    b.watchErrors(welcome, 'welcome', errors);
    welcome.on('request', (r) => requests.push(r.url()));
    await b.goto(welcome, b.extUrl('welcome.html'));
    const h1 = await b.byRole(welcome, 'heading', msg('welcomeTitle'));
    assert.equal(await welcome.evaluate((s) => document.querySelector(s).tagName, h1), 'H1');
    assert.equal(await welcome.title(), msg('welcomePageTitle'));
  });

  it('renders each section: what it does, the chapters online, sites, permissions, privacy', async () => {
    for (const key of [
      'welcomeWhatTitle',
      'welcomeReadTitle',
      'welcomeSitesTitle',
      'welcomePermsTitle',
      'welcomePrivacyTitle',
    ]) {
      const h = await b.byRole(welcome, 'heading', msg(key));
      assert.deepEqual(
        await welcome.evaluate((s) => {
          const el = document.querySelector(s);
          return [el.tagName, el.getClientRects().length > 0];
        }, h),
        ['H2', true],
        `section "${msg(key)}"`,
      );
    }
    const links = await welcome.evaluate(() =>
      [...document.querySelectorAll('#read a')].map((a) => [a.href, a.target, a.rel]),
    );
    assert.ok(links.length >= 2);
    for (const [href, target, rel] of links) {
      assert.ok(href.startsWith(HRR), href);
      assert.equal(target, '_blank');
      assert.match(rel, /noopener/);
    }
    const explained = await welcome.evaluate(() =>
      [...document.querySelectorAll('[data-permission]')].map((e) => e.dataset.permission),
    );
    assert.deepEqual(explained, ['sites', ...FF_MANIFEST.permissions, 'optional-hosts']);
    for (const p of FF_MANIFEST.permissions) {
      const cap = p[0].toUpperCase() + p.slice(1);
      assert.ok(await visible(msg(`welcomePerm${cap}Why`)), `why ${p}`);
    }
    assert.ok(await visible(msg('welcomePrivacyLead')));
    const img = await until('the picture', () =>
      welcome.evaluate(() => {
        const i = document.querySelector('.wl-figure img');
        return i.complete && { w: i.naturalWidth, src: i.src };
      }),
    );
    assert.ok(img.w > 0, 'the picture loaded');
    assert.ok(img.src.startsWith(b.extUrl('')));
    const builtIn = await welcome.evaluate(() =>
      [...document.querySelectorAll('#sites input[role="switch"]')].map((e) => e.checked),
    );
    assert.ok(builtIn.length >= 5);
    assert.ok(builtIn.slice(0, -1).every(Boolean), 'every archive on');
  });

  it("the site chooser works from the keyboard, through the options page's settings", async () => {
    await welcome.bringToFront(); // keyboard focus needs the focused window
    await welcome.evaluate(() => {
      document.activeElement?.blur();
      window.scrollTo(0, 0);
    });
    const onFirst = () =>
      welcome.evaluate(
        () => document.querySelector('#sites input[role="switch"]') === document.activeElement,
      );
    let reached = false;
    for (let i = 0; i < 40 && !reached; i++) {
      await welcome.keyboard.press('Tab');
      reached = await onFirst();
    }
    assert.ok(reached, 'Tab reaches the first site switch');
    const host = await welcome.evaluate(
      () => document.querySelector('#sites .opt-host').textContent,
    );
    await welcome.keyboard.press(' '); // the space bar (puppeteer over BiDi knows no "Space" key name)
    await until(
      'the site off in settings',
      async () => (await settings())?.sites?.[host] === false || undefined,
    );
    await welcome.keyboard.press(' ');
    await until(
      'the site back on',
      async () => (await settings())?.sites?.[host] === undefined || undefined,
    );
    await b.fill(welcome, '#opt-add-site', 'not a site');
    await welcome.keyboard.press('Enter');
    await until('the refusal', () => visible(msg('optionsSitesInvalid', ['not a site'])));
  });

  it('no console errors, no request beyond the extension', () => {
    assert.deepEqual(errors, []);
    assert.deepEqual(
      requests.filter((u) => !u.startsWith(b.extUrl(''))),
      [],
    );
  });

  it('screenshot: light (out/)', async () => {
    await welcome.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
    await b.screenshot(welcome, { path: shot('welcome-firefox-light.png'), fullPage: true });
    await b.screenshot(welcome, { path: shot('welcome-firefox-light-top.png') });
  });
});
