// Browser section of the benchmark: the built content script (dist/chrome) on
// long marxists.org-style pages in headless Chromium, read from the page's
// performance timeline.
//
//   node bench/browser.mjs [--quick] [--seed=N] [--profile]
//
// --profile adds one load per page under the CDP sampling profiler and prints
// the content script's functions by inclusive time to stderr (the
// .cpuprofile files go to a temp directory, for DevTools).
//
// Pages (bench/lib/pages.ts, built at run time): ~200 KB and ~2 MB of
// page text with 8 and 100 reference passages planted, served under
// http://www.marxists.org:<port>/archive/trotsky/bench/… (a non-chapter path).
// The content script marks `counterpoint:scan-start` and measures
// `counterpoint:scan-to-paint` and one `counterpoint:slice` per slice of
// main-thread work. Entries made in the content script's isolated world land
// in the document's one performance timeline, so the main world reads them with
// getEntriesByName (checked on the warm-up load against the isolated world
// itself, through CDP Runtime.evaluate in the extension's execution context).
// Long tasks come from a `longtask` PerformanceObserver registered before the
// page's own scripts by context.addInitScript.
//
// Markdown to stdout, progress to stderr; exit 1 on a missed target.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { importTs } from '../scripts/lib/import-ts.mjs';
import { EXT_DIR, TEST_HOST, launchChromium } from '../tests/e2e/lib/browsers.mjs';
import { servePages } from '../tests/e2e/lib/server.mjs';
import { requireBrowser } from '../scripts/lib/find-browsers.mjs';

const args = process.argv.slice(2);
const QUICK = args.includes('--quick');
const PROFILE = args.includes('--profile');
const SEED = Number(args.find((a) => a.startsWith('--seed='))?.slice('--seed='.length) ?? NaN);
/** Measured loads (after one discarded warm-up load per page). */
const LOADS = QUICK ? { small: 8, large: 3 } : { small: 21, large: 7 };
/** Re-scans in one open tab (after a DOM change), to separate cold-code from warm-code times. */
const RESCANS = QUICK ? { small: 3, large: 1 } : { small: 8, large: 4 };
const TARGET = { scanToPaintMs: 5, longestTaskMs: 50 };
const SCAN_TIMEOUT_MS = 30_000;
const log = (s) => process.stderr.write(`bench-browser: ${s}\n`);
const out = (s = '') => process.stdout.write(`${s}\n`);

function fail(message) {
  process.stderr.write(`bench-browser: ${message}\n`);
  process.exit(2);
}

/** dist/chrome must exist and carry the content script's performance entries. */
function checkBuild() {
  const content = path.join(EXT_DIR.chrome, 'content.js');
  if (!existsSync(path.join(EXT_DIR.chrome, 'manifest.json')) || !existsSync(content)) {
    fail(`${EXT_DIR.chrome} is missing: run \`npm run build\` first`);
  }
  const code = readFileSync(content, 'utf8');
  for (const name of [
    'counterpoint:scan-start',
    'counterpoint:scan-to-paint',
    'counterpoint:slice',
  ]) {
    if (!code.includes(name))
      fail(
        `dist/chrome/content.js does not record "${name}" (stale build?): run \`npm run build\``,
      );
  }
}

/** bench/lib/pages.ts, bundled by esbuild in memory (scripts/lib/import-ts.mjs). */
function loadPagesModule() {
  return importTs('bench/lib/pages.ts', { packages: 'external' });
}

/** Runs in every page before its scripts: collects long tasks (buffered, so none before the observer is lost). */
function observeLongTasks() {
  const tasks = [];
  Object.defineProperty(window, '__counterpointBenchLongTasks', { value: tasks });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        tasks.push({ start: e.startTime, duration: e.duration, name: e.name });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    Object.defineProperty(window, '__counterpointBenchNoLongTasks', { value: true });
  }
}

/** Runs in the page once the scan is measured: what the timeline holds. */
function readTimeline() {
  const one = (e) => ({ start: e.startTime, duration: e.duration });
  const nav = performance.getEntriesByType('navigation')[0];
  return {
    scanStart: performance.getEntriesByName('counterpoint:scan-start').map((e) => e.startTime),
    scans: performance.getEntriesByName('counterpoint:scan-to-paint').map(one),
    slices: performance.getEntriesByName('counterpoint:slice').map(one),
    longTasks: window.__counterpointBenchLongTasks ?? null,
    longTasksUnsupported: window.__counterpointBenchNoLongTasks === true,
    passages: globalThis.CSS?.highlights?.get('counterpoint-passage')?.size ?? 0,
    dcl: nav ? nav.domContentLoadedEventEnd : null,
    load: nav ? nav.loadEventEnd : null,
  };
}

/** Entries as the content script's own (isolated) world sees them, through CDP. */
async function isolatedWorldView(cdp, contexts) {
  const ext = contexts.filter(
    (c) => c.origin.startsWith('chrome-extension://') && c.auxData?.type === 'isolated',
  );
  for (const c of ext.reverse()) {
    try {
      const r = await cdp.send('Runtime.evaluate', {
        contextId: c.id,
        returnByValue: true,
        expression: `['counterpoint:scan-to-paint','counterpoint:slice'].map((n) => performance.getEntriesByName(n).map((e) => [e.startTime, e.duration]))`,
      });
      if (r.result?.value) return { name: c.name, value: r.result.value };
    } catch {
      // A context of an earlier document: try the next one.
    }
  }
  return null;
}

/** Opens the page fresh, waits for the first scan-to-paint and a settled moment after it, reads the timeline. */
async function load(context, url, { crossCheck = false } = {}) {
  const page = await context.newPage();
  let cdp = null;
  const contexts = [];
  if (crossCheck) {
    cdp = await context.newCDPSession(page);
    cdp.on('Runtime.executionContextCreated', (e) => contexts.push(e.context));
    await cdp.send('Runtime.enable');
  }
  try {
    await page.goto(url, { waitUntil: 'load', timeout: SCAN_TIMEOUT_MS });
    await page.waitForFunction(
      () => performance.getEntriesByName('counterpoint:scan-to-paint').length > 0,
      null,
      { timeout: SCAN_TIMEOUT_MS, polling: 50 },
    );
    // Long task entries are delivered after their task ends: give the page two frames and a moment.
    await page.evaluate(
      () =>
        new Promise((resolve) =>
          requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 300))),
        ),
    );
    const timeline = await page.evaluate(readTimeline);
    if (crossCheck) timeline.isolated = await isolatedWorldView(cdp, contexts);
    return timeline;
  } finally {
    await cdp?.detach().catch(() => undefined);
    await page.close();
  }
}

/**
 * One tab, scanned again `n` times: a comment appended to <body> is a DOM
 * change the content script re-scans after (debounced). The page text does not
 * change, but the code has run before: these are warm-code times.
 */
async function rescans(context, url, n) {
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load', timeout: SCAN_TIMEOUT_MS });
    const scansNow = () =>
      page.evaluate(() => performance.getEntriesByName('counterpoint:scan-to-paint').length);
    await page.waitForFunction(
      () => performance.getEntriesByName('counterpoint:scan-to-paint').length > 0,
      null,
      { timeout: SCAN_TIMEOUT_MS, polling: 50 },
    );
    for (let i = 0; i < n; i++) {
      const before = await scansNow();
      await page.evaluate(() =>
        document.body.appendChild(document.createComment('counterpoint bench: re-scan')),
      );
      await page.waitForFunction(
        (k) => performance.getEntriesByName('counterpoint:scan-to-paint').length > k,
        before,
        { timeout: SCAN_TIMEOUT_MS, polling: 50 },
      );
    }
    await page.evaluate(
      () =>
        new Promise((resolve) =>
          requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 300))),
        ),
    );
    const t = await page.evaluate(readTimeline);
    return t.scans.slice(1).map((_, i) => analyse(t, i + 1));
  } finally {
    await page.close();
  }
}

/**
 * The messaging floor under detectText: from the content script's own world in a fresh tab,
 * the page's text sent to the background as a call the background refuses unread (no such
 * method), and the refusal back: what any design that sends the text pays. First send and
 * the median of the next ones.
 */
async function transportFloor(context, url, n) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const contexts = [];
  cdp.on('Runtime.executionContextCreated', (e) => contexts.push(e.context));
  try {
    await cdp.send('Runtime.enable');
    await page.goto(url, { waitUntil: 'load', timeout: SCAN_TIMEOUT_MS });
    await page.waitForFunction(
      () => performance.getEntriesByName('counterpoint:scan-to-paint').length > 0,
      null,
      { timeout: SCAN_TIMEOUT_MS, polling: 50 },
    );
    const iso = contexts
      .filter((c) => c.origin.startsWith('chrome-extension://') && c.auxData?.type === 'isolated')
      .at(-1);
    if (!iso) return null;
    const r = await cdp.send('Runtime.evaluate', {
      contextId: iso.id,
      awaitPromise: true,
      returnByValue: true,
      expression: `(async () => {
        const text = document.body.textContent;
        const times = [];
        for (let i = 0; i < ${n + 1}; i++) {
          const t0 = performance.now();
          await chrome.runtime.sendMessage({ method: 'benchTransportFloor', args: [text] });
          times.push(performance.now() - t0);
        }
        return { chars: text.length, times };
      })()`,
    });
    return r.result?.value ?? null;
  } finally {
    await cdp.detach().catch(() => undefined);
    await page.close();
  }
}

/** One fresh load under the CDP sampling profiler: the content script's functions by inclusive time. */
async function profiledLoad(context, page, url, dir) {
  const tab = await context.newPage();
  const cdp = await context.newCDPSession(tab);
  try {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    await tab.goto(url, { waitUntil: 'load', timeout: SCAN_TIMEOUT_MS });
    await tab.waitForFunction(
      () => performance.getEntriesByName('counterpoint:scan-to-paint').length > 0,
      null,
      { timeout: SCAN_TIMEOUT_MS, polling: 50 },
    );
    const { profile } = await cdp.send('Profiler.stop');
    const file = path.join(dir, `${page.name}.cpuprofile`);
    writeFileSync(file, JSON.stringify(profile));
    const scan = await tab.evaluate(
      () => performance.getEntriesByName('counterpoint:scan-to-paint')[0].duration,
    );
    log(
      `${page.name}: profiled load (scan-to-paint ${ms(scan)} ms, slower under the profiler), ${file}; content.js by inclusive time:`,
    );
    for (const [fn, t] of inclusiveTimes(profile, '/content.js').slice(0, 20))
      log(`  ${ms(t).padStart(6)} ms  ${fn}`);
  } finally {
    await cdp.detach().catch(() => undefined);
    await tab.close();
  }
}

/** Inclusive sampled time per function (ms) of scripts whose URL ends with `suffix`, longest first. */
function inclusiveTimes(profile, suffix) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const total = new Map();
  profile.samples.forEach((id, i) => {
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const f = byId.get(at).callFrame;
      if (!f.url.endsWith(suffix)) continue;
      const key = `${f.functionName || '(anonymous)'} (content.js:${f.lineNumber + 1})`;
      if (seen.has(key)) continue;
      seen.add(key);
      total.set(key, (total.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
    }
  });
  return [...total].sort((a, b) => b[1] - a[1]);
}

/** One scan's figures: by default the first scan of the page. */
function analyse(t, i = 0) {
  const scan = t.scans[i];
  const start = t.scanStart[i] ?? scan.start;
  const end = scan.start + scan.duration;
  const slices = t.slices.filter((s) => s.start >= start - 0.5 && s.start <= end);
  const last = slices.at(-1);
  const overlapping = (t.longTasks ?? []).filter(
    (lt) => lt.start < end && lt.start + lt.duration > start,
  );
  const longestSlice = Math.max(0, ...slices.map((s) => s.duration));
  const longestLongTask = Math.max(0, ...overlapping.map((lt) => lt.duration));
  // A long task with none of our slices inside is the page's (or the browser's) work between our slices:
  // parsing, style and layout of a long document that is still settling when the scan starts.
  const holdsSlice = (lt) =>
    slices.some(
      (s) => s.start >= lt.start - 1 && s.start + s.duration <= lt.start + lt.duration + 1,
    ) ||
    (last && lt.start <= last.start + 1 && lt.start + lt.duration >= end - 1);
  const foreign = overlapping.filter((lt) => !holdsSlice(lt));
  // The walk's slices come first, the final slice (Ranges, paint) last: between them the page waits for detectText.
  const walkEnd = slices.length > 1 ? slices.at(-2).start + slices.at(-2).duration : start;
  return {
    walkMs: walkEnd - start,
    detectWaitMs: last ? Math.max(0, last.start - walkEnd) : 0,
    scanMs: scan.duration,
    scans: t.scans.length,
    slices: slices.length,
    busyMs: slices.reduce((a, s) => a + s.duration, 0),
    longestSlice,
    // The last slice and the painting after it run in one task (no yield between them).
    finalTask: last ? end - last.start : 0,
    longTasks: overlapping,
    longestLongTask,
    foreignLongTasks: foreign.length,
    longestForeignLongTask: Math.max(0, ...foreign.map((lt) => lt.duration)),
    longestTask: Math.max(longestSlice, longestLongTask),
    passages: t.passages,
    dcl: t.dcl,
    loadMs: t.load,
    scanStartMs: start,
  };
}

const sorted = (xs) => [...xs].sort((a, b) => a - b);
function quantile(xs, q) {
  const s = sorted(xs);
  const i = (s.length - 1) * q;
  const lo = Math.floor(i),
    hi = Math.ceil(i);
  return s[lo] + (s[hi] - s[lo]) * (i - lo);
}
const median = (xs) => quantile(xs, 0.5);
const ms = (x) => (x === null || x === undefined ? '–' : x >= 100 ? x.toFixed(0) : x.toFixed(1));
const int = (n) => n.toLocaleString('en-US');

async function main() {
  checkBuild();
  const t0 = performance.now();
  const mod = await loadPagesModule();
  const pages = mod.benchPages(Number.isFinite(SEED) ? SEED : undefined);
  for (const p of pages) {
    const c = p.nodeCheck;
    if (c.missing.length || c.unexpected.length) {
      fail(
        `${p.name}: the engine in Node does not find exactly the planted passages (missing ${c.missing.join(', ') || 'none'}; unexpected ${c.unexpected.join(', ') || 'none'}): bench page generator bug`,
      );
    }
  }
  log(
    `pages built in ${((performance.now() - t0) / 1000).toFixed(1)} s: ${pages.map((p) => `${p.name} ${int(p.textChars)} chars, ${p.plantedIds.length} planted`).join('; ')}`,
  );
  const [small, large] = pages;

  const server = await servePages(Object.fromEntries(pages.map((p) => [p.path, p.html])));
  const urlOf = (p) => server.url(TEST_HOST, p.path);
  const loadBefore = os.loadavg()[0];
  const { context } = await launchChromium();
  const version =
    context.browser()?.version() ??
    (await (async () => {
      const p = await context.newPage();
      const v = await p.evaluate(
        () => navigator.userAgent.match(/Chrom(?:e|ium)\/([\d.]+)/)?.[1] ?? '?',
      );
      await p.close();
      return v;
    })());
  await context.addInitScript(observeLongTasks);

  const results = {};
  const warm = {};
  let crossCheck = null;
  let floor = null;
  try {
    for (const [page, n] of [
      [small, LOADS.small],
      [large, LOADS.large],
    ]) {
      log(`${page.name}: 1 warm-up load + ${n} measured loads`);
      const warmUp = await load(context, urlOf(page), { crossCheck: crossCheck === null });
      if (crossCheck === null) crossCheck = compareWorlds(warmUp);
      results[page.name] = [];
      for (let i = 0; i < n; i++) {
        const a = analyse(await load(context, urlOf(page)));
        results[page.name].push(a);
        log(
          `  ${page.name} load ${i + 1}/${n}: scan-to-paint ${ms(a.scanMs)} ms, ${a.slices} slices, longest slice ${ms(a.longestSlice)} ms, long tasks in scan ${a.longTasks.length}, passages ${a.passages}`,
        );
      }
      if (page === small) {
        floor = await transportFloor(context, urlOf(page), QUICK ? 5 : 15);
        if (floor)
          log(
            `  ${page.name}: text round trip to the background (refused unread): first ${ms(floor.times[0])} ms, then median ${ms(median(floor.times.slice(1)))} ms`,
          );
      }
      const k = page === small ? RESCANS.small : RESCANS.large;
      warm[page.name] = await rescans(context, urlOf(page), k);
      log(
        `  ${page.name}: ${k} re-scans in one tab: scan-to-paint ${warm[page.name].map((a) => ms(a.scanMs)).join(', ')} ms`,
      );
    }
    if (PROFILE) {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'counterpoint-bench-browser-'));
      for (const page of [small, large]) await profiledLoad(context, page, urlOf(page), dir);
    }
  } finally {
    await context.close();
    await server.close();
  }
  const loadAfter = os.loadavg()[0];
  const misses = report({
    small,
    large,
    results,
    warm,
    floor,
    version,
    crossCheck,
    loadBefore,
    loadAfter,
  });
  log(`done in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  process.exitCode = misses > 0 ? 1 : 0;
}

/** The warm-up load's entries as seen from the main world and from the content script's world. */
function compareWorlds(t) {
  if (!t.isolated)
    return {
      ok: false,
      text: 'the extension’s isolated world was not found through CDP; main-world entries used unchecked',
    };
  const [iso, isoSlices] = t.isolated.value;
  const same =
    iso.length === t.scans.length &&
    isoSlices.length === t.slices.length &&
    iso.every(
      ([s, d], i) =>
        Math.abs(s - t.scans[i].start) < 0.01 && Math.abs(d - t.scans[i].duration) < 0.01,
    );
  return {
    ok: same,
    text: same
      ? `the main world’s performance timeline holds the content script’s entries: on the warm-up load, ${t.scans.length} scan-to-paint and ${t.slices.length} slice entries, identical (start and duration) to what the content script’s isolated world “${t.isolated.name}” reads through CDP Runtime.evaluate`
      : `main world and isolated world disagree on the warm-up load (main: ${t.scans.length} scans, ${t.slices.length} slices; isolated: ${iso.length}, ${isoSlices.length})`,
  };
}

function report({
  small,
  large,
  results,
  warm,
  floor,
  version,
  crossCheck,
  loadBefore,
  loadAfter,
}) {
  const S = results[small.name],
    L = results[large.name];
  out('## Browser: page scan in Chromium');
  out();
  out(
    `Chromium ${version} headless (${requireBrowser('chromium')}, the e2e suite's flags), dist/chrome as built; ${QUICK ? '`--quick`' : 'full run'}; ` +
      `1-minute load average ${loadBefore.toFixed(2)} before, ${loadAfter.toFixed(2)} after (2 vCPUs). Every load is a fresh tab; one warm-up load per page is discarded.`,
  );
  out(`Reading the entries: ${crossCheck?.text ?? 'no cross-check'}.`);
  out();
  out('| page | URL path | HTML | page text | paragraphs | footnote markers | planted passages |');
  out('| --- | --- | ---: | ---: | ---: | ---: | ---: |');
  for (const p of [small, large]) {
    out(
      `| ${p.name} | \`${p.path}\` | ${int(Math.round(p.htmlBytes / 1024))} KB | ${int(p.textChars)} chars | ${int(p.paragraphs)} | ${int(p.footnotes)} | ${p.plantedIds.length} (${new Set(p.plantedIds).size} distinct) |`,
    );
  }
  out();

  const scan = S.map((a) => a.scanMs);
  out(`### ${small.name}: scan-to-paint over ${S.length} loads (ms)`);
  out();
  out('| quantity | median | min | p90 | max |');
  out('| --- | ---: | ---: | ---: | ---: |');
  const row = (label, xs) =>
    out(
      `| ${label} | ${ms(median(xs))} | ${ms(Math.min(...xs))} | ${ms(quantile(xs, 0.9))} | ${ms(Math.max(...xs))} |`,
    );
  row('**scan-to-paint**', scan);
  row(
    'main-thread time in slices (sum)',
    S.map((a) => a.busyMs),
  );
  row(
    'walk (scan start → end of the last walk slice, with yields)',
    S.map((a) => a.walkMs),
  );
  row(
    'waiting for detectText (text to the background and matches back)',
    S.map((a) => a.detectWaitMs),
  );
  row(
    'slices per scan',
    S.map((a) => a.slices),
  );
  row(
    'longest slice',
    S.map((a) => a.longestSlice),
  );
  row(
    'last slice + paint (one task)',
    S.map((a) => a.finalTask),
  );
  row(
    'longest long task in the scan window',
    S.map((a) => a.longestLongTask),
  );
  row(
    'scan start after navigation start',
    S.map((a) => a.scanStartMs),
  );
  row(
    'passages highlighted',
    S.map((a) => a.passages),
  );
  out();

  out(`### ${large.name}: main-thread tasks while scanning, per load (ms)`);
  out();
  out(
    'Scan window = `counterpoint:scan-start` to the end of `counterpoint:scan-to-paint`. Long tasks: `longtask` entries overlapping that window. "Last slice + paint" runs from the start of the last slice to the end of scan-to-paint: the content script does not yield in between, so it is one task.',
  );
  out();
  out(
    '| load | scan-to-paint (total scan) | slices | time in slices | longest slice | last slice + paint | long tasks in window | longest long task | of which without a slice of ours | **longest task** | passages |',
  );
  out('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  const foreign = (a) =>
    a.foreignLongTasks ? `${a.foreignLongTasks} (longest ${ms(a.longestForeignLongTask)})` : '0';
  L.forEach((a, i) =>
    out(
      `| ${i + 1} | ${ms(a.scanMs)} | ${a.slices} | ${ms(a.busyMs)} | ${ms(a.longestSlice)} | ${ms(a.finalTask)} | ${a.longTasks.length ? a.longTasks.map((lt) => ms(lt.duration)).join(', ') : '0'} | ${ms(a.longestLongTask)} | ${foreign(a)} | **${ms(a.longestTask)}** | ${a.passages} |`,
    ),
  );
  const col = (f) => L.map(f);
  out(
    `| median | ${ms(median(col((a) => a.scanMs)))} | ${median(col((a) => a.slices))} | ${ms(median(col((a) => a.busyMs)))} | ${ms(median(col((a) => a.longestSlice)))} | ${ms(median(col((a) => a.finalTask)))} | | ${ms(median(col((a) => a.longestLongTask)))} | | **${ms(median(col((a) => a.longestTask)))}** | |`,
  );
  out();
  out(
    '"Without a slice of ours": long tasks in the scan window that contain none of the content script\'s slices (nor its final paint): work of the page or the browser that ran while the scan was yielding. They count towards the longest task as the target is defined.',
  );
  out();
  out('### Re-scans in an open tab (warm code), ms');
  out();
  out(
    "A fresh load runs the content script's code for the first time in a new JavaScript world, so its first scan is cold (interpreter and baseline code until V8's optimising tiers take over, which compile on a background thread). For contrast: the same tab scanned again after a DOM change (a comment appended to `<body>`; same text), i.e. the steady state. Not part of the targets.",
  );
  out();
  out(
    '| page | re-scans | scan-to-paint median (min–max) | time in slices, median | walk, median | waiting for detectText, median | longest slice, max | last slice + paint, max | longest long task in window, max | passages |',
  );
  out('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const p of [small, large]) {
    const W = warm[p.name];
    if (!W?.length) continue;
    const xs = W.map((a) => a.scanMs);
    out(
      `| ${p.name} | ${W.length} | ${ms(median(xs))} (${ms(Math.min(...xs))}–${ms(Math.max(...xs))}) | ${ms(median(W.map((a) => a.busyMs)))} | ${ms(median(W.map((a) => a.walkMs)))} | ${ms(median(W.map((a) => a.detectWaitMs)))} | ${ms(Math.max(...W.map((a) => a.longestSlice)))} | ${ms(Math.max(...W.map((a) => a.finalTask)))} | ${ms(Math.max(...W.map((a) => a.longestLongTask)))} | ${[...new Set(W.map((a) => a.passages))].join('/')} |`,
    );
  }
  out();
  if (floor) {
    out('### Messaging floor: the page text to the background and back');
    out();
    out(
      `From the content script's world in a fresh tab of ${small.name}: the page's text (${int(floor.chars)} characters) sent with \`runtime.sendMessage\` as a call the background refuses without reading it, and the refusal back. Every design that hands the text to the background pays this before any detection; it is a floor under scan-to-paint.`,
    );
    out();
    out('| first send in the tab | next sends, median (min–max) |');
    out('| ---: | ---: |');
    const rest = floor.times.slice(1);
    out(
      `| ${ms(floor.times[0])} | ${ms(median(rest))} (${ms(Math.min(...rest))}–${ms(Math.max(...rest))}) |`,
    );
    out();
  }
  const lt = S.concat(L).some((a) => a.longTasks === null);
  if (lt) out('Long Tasks API unavailable in this browser: long tasks not measured.');

  // Summary: the 200 KB median; on the 2 MB page the worst load (the target holds for every load); detections must match on every load.
  const stp = median(scan);
  const longest = Math.max(...L.map((a) => a.longestTask));
  const planted = small.plantedIds.length + large.plantedIds.length;
  const found = Math.min(...S.map((a) => a.passages)) + Math.min(...L.map((a) => a.passages));
  const misses = [];
  if (!(stp <= TARGET.scanToPaintMs))
    misses.push(`scan-to-paint(200KB) median ${ms(stp)} ms > ${TARGET.scanToPaintMs} ms`);
  if (!(longest < TARGET.longestTaskMs))
    misses.push(
      `longest task while scanning (2MB, worst of ${L.length} loads) ${ms(longest)} ms ≥ ${TARGET.longestTaskMs} ms`,
    );
  for (const [p, rs] of [
    [small, S],
    [large, L],
  ]) {
    const bad = rs.map((a) => a.passages).filter((n) => n !== p.plantedIds.length);
    if (bad.length)
      misses.push(
        `detections on ${p.name}: ${bad.length} of ${rs.length} loads highlighted ${[...new Set(bad)].join('/')} passages, ${p.plantedIds.length} planted`,
      );
  }
  const rescans = S.concat(L).filter((a) => a.scans > 1).length;
  if (rescans)
    out(
      `Note: ${rescans} loads scanned more than once before the timeline was read; the first scan is reported.`,
    );
  out(
    'Targets: scan-to-paint median ≤ 5 ms on the 200 KB page; longest main-thread task while scanning the 2 MB page < 50 ms on every load (the summary gives the worst load); every planted passage highlighted on every load.',
  );
  out();
  for (const m of misses) out(`bench-browser: target missed: ${m}`);
  const floorNote = floor
    ? ` text-round-trip(200KB)=${floor.times[0].toFixed(1)}ms-first/${median(floor.times.slice(1)).toFixed(1)}ms`
    : '';
  const warmNote = warm[small.name]?.length
    ? ` rescan(200KB)=${median(warm[small.name].map((a) => a.scanMs)).toFixed(1)}ms`
    : '';
  out(
    `bench-browser: scan-to-paint(200KB)=${stp.toFixed(1)}ms longest-task(2MB)=${longest.toFixed(1)}ms detections=${found}/${planted}${warmNote}${floorNote}`,
  );
  return misses.length;
}

main().catch((e) => {
  process.stderr.write(`bench-browser: ${e?.stack ?? e}\n`);
  process.exit(2);
});
