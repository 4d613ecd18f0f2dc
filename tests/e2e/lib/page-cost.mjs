// Our share of a page's cost: the 10 MB hostile page (tests/fixtures/hostile/pages.ts)
// loaded alternately in a bare Chromium and in one with the built extension, in one run,
// its long tasks read from a PerformanceObserver the page gets before its own scripts.
// Used by the hostile suite (tests/e2e/hostile.e2e.mjs) and `npm run bench`.
import { importTs } from '../../../scripts/lib/import-ts.mjs';
import { launchBareChromium, launchChromium, TEST_HOST } from './browsers.mjs';
import { servePages } from './server.mjs';

const VIEWPORT = { width: 1280, height: 900 };
/** After the load: our scan, its paint and the overlay are done well within this (10 MB page, measured ~3 s). */
const SETTLE_MS = 6000;

/** The hostile pages (tests/fixtures/hostile/pages.ts), built at run time from ../shared/reference. */
export async function loadHostilePages() {
  return (
    await importTs('tests/fixtures/hostile/pages.ts', { packages: 'external' })
  ).hostilePages();
}

/** In the page before its scripts: every long task, buffered. Self-contained. */
function observeLongTasks() {
  const tasks = [];
  Object.defineProperty(window, '__cpCostTasks', { value: tasks });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) tasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
}

/** In the page: DOMContentLoaded's end and the long tasks. */
function readCost() {
  const nav = performance.getEntriesByType('navigation')[0];
  return {
    dcl: nav.domContentLoadedEventEnd,
    tasks: window.__cpCostTasks,
    scanned: performance.getEntriesByName('counterpoint:scan-to-paint').length > 0,
  };
}

async function oneLoad(context, url) {
  const page = await context.newPage();
  try {
    await page.goto(url, { timeout: 120_000 });
    await new Promise((r) => setTimeout(r, SETTLE_MS));
    const { dcl, tasks, scanned } = await page.evaluate(readCost);
    const after = tasks.filter(([start]) => start >= dcl);
    const longest = (list) => Math.round(Math.max(0, ...list.map(([, d]) => d)));
    return {
      longest: longest(tasks),
      longestAfterDcl: longest(after),
      tasksAfterDcl: after.length,
      scanned,
    };
  } finally {
    await page.close();
  }
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return Math.round(s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2);
}

/**
 * `loads` loads of each, alternating (bare first). Returns per-load figures and, for each of
 * bare and extension, the median longest task and the median longest task after DOMContentLoaded.
 */
export async function measurePageCost({ loads = 3, log = () => undefined } = {}) {
  const page = (await loadHostilePages()).find((p) => p.path.endsWith('/huge.htm'));
  const server = await servePages({ [page.path]: page.html });
  const url = server.url(TEST_HOST, page.path);
  const bare = await launchBareChromium({ viewport: VIEWPORT });
  let withExtension = null;
  try {
    withExtension = (await launchChromium({ viewport: VIEWPORT })).context;
    for (const c of [bare, withExtension]) await c.addInitScript(observeLongTasks);
    const runs = { bare: [], extension: [] };
    for (let i = 0; i < loads; i++) {
      for (const [name, context] of [
        ['bare', bare],
        ['extension', withExtension],
      ]) {
        const run = await oneLoad(context, url);
        runs[name].push(run);
        log(
          `${name} load ${i + 1}: longest task ${run.longest} ms; after DOMContentLoaded ${run.longestAfterDcl} ms (${run.tasksAfterDcl} long tasks)`,
        );
      }
    }
    const summary = (rs) => ({
      longest: median(rs.map((r) => r.longest)),
      longestAfterDcl: median(rs.map((r) => r.longestAfterDcl)),
      maxAfterDcl: Math.max(...rs.map((r) => r.longestAfterDcl)),
    });
    return { runs, bare: summary(runs.bare), extension: summary(runs.extension) };
  } finally {
    await withExtension?.close();
    await bare.close();
    await server.close();
  }
}
