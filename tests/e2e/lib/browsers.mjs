// Launching the two browsers with the built extension, as
// ../shared/research/toolchain.md proved on this machine, plus a resolver
// mapping for the marxists.org test host. Both browsers are kept off the
// network: every host name other than the test host fails (Chromium) or
// resolves to loopback, where non-loopback connections are refused anyway
// (Firefox).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { requireBrowser } from '../../../scripts/lib/find-browsers.mjs';

/** The host the fixture pages are served under: the content script only runs on marxists.org and mirrors. */
export const TEST_HOST = 'www.marxists.org';
export const EXT_DIR = {
  chrome: path.resolve('dist/chrome'),
  firefox: path.resolve('dist/firefox'),
};
/** The add-on id, as the manifest gives it (final: docs/packaging.md). */
const GECKO_ID = JSON.parse(
  readFileSync(new URL('../../../manifest.json', import.meta.url), 'utf8'),
).browser_specific_settings.gecko.id;
/** Pinned moz-extension:// host for the Firefox suite. */
export const FIREFOX_UUID = '6f1c2a8e-3b7d-4c59-9e21-c0a7f5d3b816';

const CHROMIUM_ARGS = (extDir, hosts = [TEST_HOST]) => [
  `--disable-extensions-except=${extDir}`,
  `--load-extension=${extDir}`,
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-default-apps',
  '--no-default-browser-check',
  '--disable-domain-reliability',
  '--disable-client-side-phishing-detection',
  '--metrics-recording-only',
  '--disable-breakpad',
  // The test host goes to the local server; every other name fails to resolve (no DNS traffic at all).
  `--host-resolver-rules=${hosts.map((h) => `MAP ${h} 127.0.0.1`).join(' , ')} , MAP * ~NOTFOUND , EXCLUDE 127.0.0.1 , EXCLUDE localhost`,
  // The local https server's certificate is self-signed (tests/fixtures/tls).
  '--ignore-certificate-errors',
];

/** How long a fresh install may take to open its welcome page (src/platform/welcome.ts). */
const WELCOME_WAIT_MS = 20_000;

/**
 * Waits for the welcome page a fresh install opens (an active tab) and closes it, so it cannot
 * take the foreground from a page the test opened meanwhile (a background tab gets no animation
 * frames). Gives up quietly after WELCOME_WAIT_MS.
 */
async function closeWelcomePage(pages, isWelcome, close) {
  const deadline = Date.now() + WELCOME_WAIT_MS;
  while (Date.now() < deadline) {
    const welcome = (await pages()).find(isWelcome);
    if (welcome) return close(welcome);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * Chromium (found by scripts/lib/find-browsers.mjs) with dist/chrome loaded, through playwright-core.
 * On a fresh profile the extension's welcome page is closed before this returns, unless
 * `firstRun: 'keep'` (tests/e2e/welcome.e2e.mjs).
 * @returns {Promise<{ context: import('playwright-core').BrowserContext, sw: import('playwright-core').Worker, extId: string }>}
 */
export async function launchChromium({
  extDir = EXT_DIR.chrome,
  headless = true,
  viewport,
  userDataDir = '',
  extraArgs = [],
  hosts,
  firstRun = 'close',
} = {}) {
  const { chromium } = await import('playwright-core');
  const fresh =
    userDataDir === '' || !existsSync(userDataDir) || readdirSync(userDataDir).length === 0;
  // userDataDir '' is a throwaway profile; pass a directory to relaunch the same profile.
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: requireBrowser('chromium'),
    headless,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [...CHROMIUM_ARGS(extDir, hosts), ...extraArgs],
    ...(viewport !== undefined ? { viewport } : {}),
  });
  try {
    const sw =
      context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
      (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    const extId = new URL(sw.url()).host;
    if (fresh && firstRun === 'close') {
      await closeWelcomePage(
        () => context.pages(),
        (p) => p.url() === `chrome-extension://${extId}/welcome.html`,
        (p) => p.close(),
      );
    }
    return { context, sw, extId };
  } catch (e) {
    await context.close();
    throw e;
  }
}

/** Chromium as launchChromium starts it, without the extension: the bare browser a measurement compares with. */
export async function launchBareChromium({ viewport, hosts } = {}) {
  const { chromium } = await import('playwright-core');
  return chromium.launchPersistentContext('', {
    executablePath: requireBrowser('chromium'),
    headless: true,
    args: CHROMIUM_ARGS('', hosts).filter(
      (a) => !a.startsWith('--load-extension') && !a.startsWith('--disable-extensions-except'),
    ),
    ...(viewport !== undefined ? { viewport } : {}),
  });
}

export const FIREFOX_PREFS = {
  'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
  'services.settings.server': 'data:,#remote-settings-dummy/v1',
  // Every host name resolves to 127.0.0.1 without a DNS query (strace: no packet to the resolver).
  'network.dns.forceResolve': '127.0.0.1',
  // www.marxists.org is on Firefox's HSTS preload list: without this, http:// is upgraded to https://.
  'network.stricttransportsecurity.preloadlist': false,
  'dom.security.https_first': false,
  'dom.security.https_first_schemeless': false,
  'extensions.update.enabled': false,
  'app.normandy.enabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
};

/**
 * Firefox (found by scripts/lib/find-browsers.mjs) with dist/firefox installed as a temporary add-on, through puppeteer-core over WebDriver BiDi.
 * `prefs` adds to FIREFOX_PREFS (e.g. `ui.systemUsesDarkTheme: 1` for a dark colour scheme: puppeteer's
 * emulateMediaFeatures needs CDP and fails over BiDi).
 * @returns {Promise<{ browser: import('puppeteer-core').Browser, extensionId: string }>}
 */
export async function launchFirefox({
  extDir = EXT_DIR.firefox,
  headless = true,
  prefs = {},
  viewport,
} = {}) {
  const { default: puppeteer } = await import('puppeteer-core');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: requireBrowser('firefox'),
    headless,
    // The local https server's certificate is self-signed (tests/fixtures/tls).
    acceptInsecureCerts: true,
    extraPrefsFirefox: { ...FIREFOX_PREFS, ...prefs },
    args: ['--remote-allow-system-access'],
    ...(viewport !== undefined ? { defaultViewport: viewport } : {}),
    env: { ...process.env, MOZ_DISABLE_NONLOCAL_CONNECTIONS: '1' },
  });
  try {
    const extensionId = await browser.installExtension(extDir);
    return { browser, extensionId };
  } catch (e) {
    await browser.close();
    throw e;
  }
}

/**
 * Sets a Firefox page's viewport with the one WebDriver BiDi command it needs. puppeteer's
 * page.setViewport also sends emulation.setScreenOrientationOverride, which Firefox 140 ESR
 * does not know ('unknown command'), and fails there.
 */
export async function setFirefoxViewport(page, { width, height }) {
  await page.mainFrame().browsingContext.setViewport({ viewport: { width, height } });
}

/** Opens a moz-extension:// page: page.goto() never resolves there, the raw BiDi navigate does (toolchain.md §5). */
export async function gotoExtensionPage(page, url) {
  await page.mainFrame().browsingContext.navigate(url, 'complete');
}
