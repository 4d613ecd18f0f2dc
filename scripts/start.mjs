// npm start [-- --chapter chNN] [-- --out FILE]
// Builds the extension, serves a demo chapter page (assembled at run time from
// ../shared/reference/hrr) under www.marxists.org on a local port, and opens it
// in Chromium with dist/chrome loaded.
//  - With a display ($DISPLAY set, not CI): a headed window, kept open until Ctrl-C.
//  - Headless (no $DISPLAY, or CI set, or --headless): a full-page screenshot
//    (default out/demo-chapter.png), the detections the extension stored for
//    the tab, then exit 0.
// The browser is kept off the network: only the demo host resolves (to 127.0.0.1).
// Chromium is found (CHROME_BIN, then PATH, then the usual install locations) or,
// on Debian and Ubuntu, installed first: scripts/ensure-browsers.mjs.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { TEST_HOST, launchChromium } from '../tests/e2e/lib/browsers.mjs';
import { describeBrowsers, ensureBrowsers } from './ensure-browsers.mjs';
import { loadDemoModule } from '../tests/e2e/lib/demo-pages.mjs';
import { servePages } from '../tests/e2e/lib/server.mjs';

const { values: opts } = parseArgs({
  options: {
    chapter: { type: 'string' },
    out: { type: 'string', default: 'out/demo-chapter.png' },
    headless: { type: 'boolean', default: false },
  },
});
const headless = opts.headless || !process.env.DISPLAY || Boolean(process.env.CI);

function step(msg) {
  console.log(`start: ${msg}`);
}

try {
  step(`browser: ${describeBrowsers(ensureBrowsers(['chromium']))}`);
} catch (e) {
  console.error(`start: ${e.message}`);
  process.exit(1);
}

const built = spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
if (built.status !== 0) {
  console.error('start: the build failed');
  process.exit(built.status ?? 1);
}

const demoModule = await loadDemoModule();
const demo = demoModule.demoChapter(opts.chapter ?? demoModule.DEFAULT_DEMO_CHAPTER);
const server = await servePages({ [demo.path]: demo.html });
const url = server.url(TEST_HOST, demo.path);
step(
  `serving ${demo.chapter.id} "${demo.chapter.title}" (reference passages ${demo.expectedPassageIds.join(', ')}) at ${url}`,
);

const { context, sw } = await launchChromium({
  headless,
  viewport: headless ? { width: 1100, height: 800 } : null,
});
let closing = false;
async function shutdown(code) {
  if (closing) return;
  closing = true;
  await context.close().catch(() => {});
  await server.close();
  process.exit(code);
}

try {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(url);
  const started = Date.now();
  let report = null;
  while (!report && Date.now() - started < 20_000) {
    const all = await sw.evaluate(() => chrome.storage.session.get(null));
    report = Object.values(all).find((r) => r?.url === url) ?? null;
    if (!report) await new Promise((r) => setTimeout(r, 100));
  }
  if (!report) throw new Error('the extension reported nothing for the page within 20 s');

  const passages = report.detections.filter((d) => d.passage !== null).length;
  step(
    `Counterpoint found ${report.detections.length} detection(s): ${passages} reference passage(s), ${report.detections.length - passages} chapter opening(s)`,
  );
  for (const d of report.detections) {
    console.log(
      `  ${(d.passage ?? 'opening').padEnd(8)} ${String(d.chapter ?? '-').padEnd(6)} score ${d.score.toFixed(2)}  ${d.excerpt}`,
    );
  }

  if (headless) {
    const out = path.resolve(opts.out);
    mkdirSync(path.dirname(out), { recursive: true });
    await page.screenshot({ path: out, fullPage: true });
    step(`screenshot: ${out}`);
    await shutdown(0);
  } else {
    step('browser open; press Ctrl-C to stop (only the demo host resolves in this browser)');
    process.on('SIGINT', () => void shutdown(0));
    process.on('SIGTERM', () => void shutdown(0));
    context.on('close', () => void shutdown(0));
  }
} catch (e) {
  console.error(`start: ${e instanceof Error ? e.message : e}`);
  await shutdown(1);
}
