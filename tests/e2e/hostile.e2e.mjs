// Hostile pages in Chromium and Firefox (tests/fixtures/hostile/pages.ts, built
// at run time, served on 127.0.0.1 under www.marxists.org): payloads in text and
// attributes, built-ins replaced in the page world, a strict CSP (header and
// meta), 10,000 mutations a second, a 10 MB page, 5,000-deep nesting, a frame,
// an open shadow root and <details>, form fields and contenteditable.
//
// For each page, in each browser: no exception escapes (page errors and console
// errors collected), nothing the page carries executes (window.__pwned), the
// page stays responsive (a page setInterval keeps ticking; the longest task is
// recorded where the browser reports long tasks, and our own slices are timed),
// and the tab's report lists exactly the expected passages.
//
// The monitor is installed before the page's own scripts (an init script, which
// a CSP does not block) in the page's main world.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import {
  FIREFOX_UUID,
  gotoExtensionPage,
  launchChromium,
  launchFirefox,
  TEST_HOST,
} from './lib/browsers.mjs';
import { recordHardening } from './lib/hardening.mjs';
import { loadHostilePages, measurePageCost } from './lib/page-cost.mjs';
import { servePages } from './lib/server.mjs';
import { until } from './lib/wait.mjs';

/**
 * No slice of ours may freeze the page. The budget is 8 ms and nearly every slice
 * keeps it; on this shared 2-core machine GC pauses land in some, and the 10 MB
 * page's last slice (end of the walk, the text joined) measured up to ~0.6 s in
 * Firefox. Each page's longest slice is printed; this bound catches a freeze.
 */
const MAX_SLICE_MS = 1000;
/**
 * Nor may a run of short slices starve the page's own timers: scheduler.yield()
 * puts our continuation ahead of them, so the scan yields behind them every
 * FAIR_MS (src/content/schedule.ts). The 10 MB page's timers waited 730–960 ms
 * during our walk before that, 120–180 ms after (quiet machine, both browsers).
 */
const MAX_TIMER_GAP_MS = 500;
const REPORT_WAIT_MS = 60_000;

/** Runs in the page's main world before its scripts: long tasks, a ticking interval. Self-contained. */
function installMonitor() {
  const m = { supported: false, longest: 0, longtasks: 0, ticks: 0, maxGap: 0, gaps: [] };
  Object.defineProperty(window, '__cpMonitor', { value: m });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        m.longtasks++;
        if (e.duration > m.longest) m.longest = e.duration;
      }
    }).observe({ type: 'longtask', buffered: true });
    m.supported = PerformanceObserver.supportedEntryTypes.includes('longtask');
  } catch {
    m.supported = false;
  }
  let last = performance.now();
  setInterval(() => {
    const now = performance.now();
    m.ticks++;
    if (now - last > m.maxGap) m.maxGap = now - last;
    if (now - last > 100 && m.gaps.length < 500) m.gaps[m.gaps.length] = [last, now];
    last = now;
  }, 50);
}

/** Runs in the page: the monitor, payload flags, our slices and what our overlay holds. No Array methods (a page may have replaced them). */
function readPage() {
  const m = window.__cpMonitor;
  let maxSlice = 0;
  let slices = 0;
  for (const e of performance.getEntriesByName('counterpoint:slice')) {
    slices++;
    if (e.duration > maxSlice) maxSlice = e.duration;
  }
  // The longest stretch without a tick after our first scan began (a gap before it is the browser's own parsing).
  const start = performance.getEntriesByName('counterpoint:scan-start')[0]?.startTime;
  let ourGap = start === undefined ? -1 : 0;
  for (let i = 0; m && start !== undefined && i < m.gaps.length; i++) {
    const from = m.gaps[i][0] > start ? m.gaps[i][0] : start;
    if (m.gaps[i][1] - from > ourGap) ourGap = m.gaps[i][1] - from;
  }
  const root = document.querySelector('counterpoint-overlay')?.shadowRoot ?? null;
  let active = 0;
  let handlers = 0;
  if (root) {
    for (const el of root.querySelectorAll('*')) {
      const tag = el.tagName.toLowerCase();
      if (
        tag === 'script' ||
        tag === 'img' ||
        tag === 'iframe' ||
        tag === 'object' ||
        tag === 'embed'
      )
        active++;
      for (const a of el.attributes) if (a.name.startsWith('on')) handlers++;
    }
  }
  // One string, built by hand: a page that replaced JSON or Array methods can break structured results.
  return (
    'pwned=' +
    (window.__pwned === undefined ? '' : String(window.__pwned)) +
    '\n' +
    'ticks=' +
    (m ? m.ticks : -1) +
    '\nmaxGap=' +
    (m ? m.maxGap : -1) +
    '\nlongest=' +
    (m && m.supported ? m.longest : '') +
    '\nlongtasks=' +
    (m ? m.longtasks : 0) +
    '\nslices=' +
    slices +
    '\nmaxSlice=' +
    maxSlice +
    '\nourGap=' +
    ourGap +
    '\nmarkers=' +
    (root ? root.querySelectorAll('[data-marker]').length : 0) +
    '\nactive=' +
    active +
    '\nhandlers=' +
    handlers
  );
}

/** readPage's string as an object. */
function parsePage(s) {
  const o = Object.fromEntries(
    s.split('\n').map((line) => {
      const at = line.indexOf('=');
      return [line.slice(0, at), line.slice(at + 1)];
    }),
  );
  const n = (k) => Number(o[k]);
  return {
    pwned: o.pwned === '' ? null : o.pwned,
    ticks: n('ticks'),
    maxGap: n('maxGap'),
    longest: o.longest === '' ? null : n('longest'),
    longtasks: n('longtasks'),
    ourGap: n('ourGap'),
    slices: n('slices'),
    maxSlice: n('maxSlice'),
    markers: n('markers'),
    active: n('active'),
    handlers: n('handlers'),
  };
}

const passagesOf = (report) =>
  [...new Set(report.detections.filter((d) => d.passage !== null).map((d) => d.passage))].sort();

/**
 * One browser's run of every hostile page. `driver()` resolves to:
 *   open(url) → { evaluate(fn, arg), errors: string[], close() }, with the monitor installed
 *   sessionStorage() → the extension's storage.session
 *   close()
 */
function defineHostile(browserName, driver) {
  describe(`${browserName}: hostile pages`, { timeout: 600_000 }, () => {
    let pages, server, d;
    const results = [];

    before(async () => {
      assert.ok(
        existsSync(`dist/${browserName === 'chromium' ? 'chrome' : 'firefox'}/manifest.json`),
        'run `npm run build` first',
      );
      pages = await loadHostilePages();
      const served = {};
      for (const p of pages) {
        served[p.path] = p.headers ? { html: p.html, headers: p.headers } : p.html;
        Object.assign(served, p.extra ?? {});
      }
      server = await servePages(served);
      d = await driver();
    });

    after(async () => {
      await d?.close();
      await server?.close();
      const passed = results.filter((r) => r.ok).length;
      recordHardening(`hostile-${browserName}`, {
        hostilePages: passed,
        crashes: results.filter((r) => r.crash).length,
      });
    });

    // Registered per page once the pages are known: node:test needs the names up front, so they are listed here.
    const NAMES = [
      'payloads',
      'builtins',
      'csp',
      'mutations',
      'huge',
      'deep',
      'containers',
      'forms',
    ];
    for (const name of NAMES) {
      it(`${name}: nothing runs, no error escapes, the page stays responsive, the passages found`, async (t) => {
        const page = pages.find((p) => p.path.endsWith(`/${name}.htm`));
        assert.ok(page, `no hostile page ${name}`);
        const url = server.url(TEST_HOST, page.path);
        const result = { name, ok: false, crash: false };
        results.push(result);
        const tab = await d.open(url);
        try {
          const report = await until(
            `the report for ${name} with ${page.expected.join(', ')}`,
            async () => {
              const all = await d.sessionStorage();
              const entry = Object.entries(all).find(
                ([k, v]) => k.startsWith('report:') && v?.url === url,
              );
              if (!entry) return null;
              const found = passagesOf(entry[1]);
              return page.expected.every((id) => found.includes(id)) ? entry[1] : null;
            },
            REPORT_WAIT_MS,
            250,
          );
          // A second on the page after the scan: mutations keep coming, re-scans run; the interval must keep ticking.
          const first = parsePage(await tab.evaluate(readPage));
          await new Promise((r) => setTimeout(r, 1500));
          const state = parsePage(await tab.evaluate(readPage));
          const all = await d.sessionStorage();
          const final = Object.values(all).find((v) => v?.url === url) ?? report;
          t.diagnostic(
            `${name}: passages ${passagesOf(final).join(', ')}; longest task ${state.longest === null ? 'not reported by this browser' : `${Math.round(state.longest)} ms (${state.longtasks} long tasks)`}; longest interval gap ${Math.round(state.maxGap)} ms (${state.ourGap > 0 ? `${Math.round(state.ourGap)} ms` : 'none over 100 ms'} after our scan began); ${state.slices} slices, longest ${state.maxSlice.toFixed(1)} ms; ticks ${first.ticks} → ${state.ticks}`,
          );

          assert.equal(state.pwned, null, 'a payload ran (window.__pwned is set)');
          // The browser's own favicon request on a default-src 'none' page is the page's policy at work, not ours.
          assert.deepEqual(
            tab.errors.filter((e) => !/favicon\.ico/.test(e)),
            [],
            'errors in the page',
          );
          assert.deepEqual(
            passagesOf(final),
            [...page.expected].sort(),
            'passages in the tab report',
          );
          for (const id of page.absent)
            assert.ok(
              !passagesOf(final).includes(id),
              `${id} is reported, but its text is in ignored content`,
            );
          assert.ok(
            state.ticks > first.ticks + 5,
            `the page's setInterval stalled (${first.ticks} → ${state.ticks} ticks in 1.5 s)`,
          );
          assert.ok(state.ourGap >= 0, 'no counterpoint:scan-start mark in the page timeline');
          assert.ok(
            state.ourGap < MAX_TIMER_GAP_MS,
            `the page's timers waited ${Math.round(state.ourGap)} ms while we worked`,
          );
          if (state.slices > 0)
            assert.ok(
              state.maxSlice < MAX_SLICE_MS,
              `a scan slice held the main thread ${state.maxSlice.toFixed(0)} ms`,
            );
          assert.equal(state.active, 0, 'script, image or frame elements inside our overlay');
          assert.equal(state.handlers, 0, 'event-handler attributes inside our overlay');
          result.ok = true;
        } catch (e) {
          result.crash = tab.errors.length > 0;
          throw e;
        } finally {
          await tab.close();
        }
      });
    }
  });
}

defineHostile('chromium', async () => {
  const { context, sw } = await launchChromium({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(installMonitor);
  return {
    async open(url) {
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
      page.on('console', (m) => m.type() === 'error' && errors.push(`console: ${m.text()}`));
      await page.goto(url, { timeout: 120_000 });
      return { evaluate: (fn, arg) => page.evaluate(fn, arg), errors, close: () => page.close() };
    },
    sessionStorage: () => sw.evaluate(() => chrome.storage.session.get(null)),
    close: () => context.close(),
  };
});

defineHostile('firefox', async () => {
  const { browser: firefox } = await launchFirefox();
  const ext = await firefox.newPage();
  await gotoExtensionPage(ext, `moz-extension://${FIREFOX_UUID}/popup.html`);
  return {
    async open(url) {
      const page = await firefox.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
      page.on('console', (m) => m.type() === 'error' && errors.push(`console: ${m.text()}`));
      await page.evaluateOnNewDocument(installMonitor);
      await page.goto(url, { timeout: 120_000 });
      return { evaluate: (fn, arg) => page.evaluate(fn, arg), errors, close: () => page.close() };
    },
    sessionStorage: () => ext.evaluate(() => browser.storage.session.get(null)),
    close: () => firefox.close(),
  };
});

/**
 * Our share of the 10 MB page's cost, bare and with the extension in one run
 * (tests/e2e/lib/page-cost.mjs; `npm run bench` runs more loads and holds the
 * issue's target, bare + 50 ms). The bare browser has no long task after
 * DOMContentLoaded on this page. A content script declared at document_idle,
 * even an empty one, left a 600–900 ms task there; what remains is the first
 * paint of our highlights and markers (one pre-paint walk of the page's
 * ~250,000 layout objects, 60–180 ms here). This bound catches the old task.
 */
const AFTER_DCL_BOUND_MS = 300;

describe("chromium: our share of the 10 MB page's cost", { timeout: 300_000 }, () => {
  it('bare and with the extension in one run: no task of 300 ms or more of ours after DOMContentLoaded', async (t) => {
    const cost = await measurePageCost({ loads: 2, log: (s) => t.diagnostic(s) });
    t.diagnostic(
      `median longest task: bare ${cost.bare.longest} ms, with the extension ${cost.extension.longest} ms; after DOMContentLoaded: bare ${cost.bare.longestAfterDcl} ms, with the extension ${cost.extension.longestAfterDcl} ms`,
    );
    assert.ok(
      cost.runs.extension.every((r) => r.scanned),
      'the extension scanned the page in every load',
    );
    assert.ok(
      cost.extension.maxAfterDcl < cost.bare.maxAfterDcl + AFTER_DCL_BOUND_MS,
      `a ${cost.extension.maxAfterDcl} ms task after DOMContentLoaded with the extension (bare: ${cost.bare.maxAfterDcl} ms)`,
    );
  });
});
