// Renders the overlay components on a light and a dark book-like page and
// screenshots them: out/preview-overlay-light.png, out/preview-overlay-dark.png.
// Usage: node scripts/preview-overlay.mjs   (Chromium, found by scripts/lib/find-browsers.mjs)
import { build } from 'esbuild';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { requireBrowser } from './lib/find-browsers.mjs';

const PAGE_CSS = `
html { margin: 0; min-height: 100%; }
body { margin: 0; min-height: 100vh; }
html.light body { background: #f7f4ec; color: #2b2620; }
html.dark body { background: #15171a; color: #d7d3cb; }
.book { max-width: 560px; margin: 0 0 0 96px; padding: 92px 0 80px; font: 18px/1.7 Georgia, 'Times New Roman', serif; }
.running { font: 12px/1 system-ui, sans-serif; letter-spacing: .12em; text-transform: uppercase; opacity: .6; }
h1 { font-weight: normal; font-size: 30px; line-height: 1.25; margin: 12px 0 28px; }
.para { margin: 0 0 22px; text-indent: 1.5em; }
#overlay { position: absolute; top: 0; left: 0; width: 100%; }
`;

async function bundle(dir) {
  await build({
    entryPoints: ['scripts/lib/preview-overlay.tsx'],
    outfile: path.join(dir, 'preview.js'),
    bundle: true,
    format: 'iife',
    target: ['chrome121'],
    jsx: 'automatic',
    jsxImportSource: 'preact',
    logLevel: 'warning',
  });
  const html =
    `<!doctype html><html><head><meta charset="utf-8"><title>Overlay preview</title><style>${PAGE_CSS}</style></head>` +
    '<body><div id="page"></div><div id="overlay"></div><script src="preview.js"></script></body></html>';
  writeFileSync(path.join(dir, 'index.html'), html);
  return pathToFileURL(path.join(dir, 'index.html')).href;
}

async function main() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'cp-preview-'));
  mkdirSync('out', { recursive: true });
  const browser = await chromium.launch({
    executablePath: requireBrowser('chromium'),
    args: ['--no-sandbox'],
  });
  try {
    const url = await bundle(dir);
    const page = await browser.newPage({ viewport: { width: 1600, height: 1300 } });
    page.on('pageerror', (e) => console.error('page error:', e.message));
    for (const theme of ['light', 'dark']) {
      await page.goto(`${url}?theme=${theme}`);
      await page.waitForSelector('.cp-card');
      const file = `out/preview-overlay-${theme}.png`;
      await page.screenshot({ path: file });
      console.log(`preview: ${file}`);
    }
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
