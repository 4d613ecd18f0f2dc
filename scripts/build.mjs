// Builds dist/chrome and dist/firefox from one manifest, extension/ (static
// shell), icons/ and the bundles. `--watch` rebuilds on change.
import { context } from 'esbuild';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const BROWSERS = ['chrome', 'firefox'];
const ENTRIES = {
  background: 'src/background/index.ts',
  content: 'src/content/index.ts',
  popup: 'src/popup/index.tsx',
  sidepanel: 'src/sidepanel/index.tsx',
};

export function manifestFor(browser, source) {
  const m = structuredClone(source);
  if (browser === 'chrome') {
    delete m.background.scripts;
    delete m.sidebar_action;
    delete m.browser_specific_settings;
    m.permissions = [...m.permissions, 'sidePanel'];
  } else {
    delete m.background.service_worker;
    delete m.side_panel;
    delete m.minimum_chrome_version;
  }
  return m;
}

function writeStatic(browser) {
  const out = path.join('dist', browser);
  mkdirSync(out, { recursive: true });
  const source = JSON.parse(readFileSync('manifest.json', 'utf8'));
  writeFileSync(path.join(out, 'manifest.json'), JSON.stringify(manifestFor(browser, source), null, 2));
  cpSync('extension', out, { recursive: true });
  cpSync('extension/css/content.css', path.join(out, 'content.css'));
  mkdirSync(path.join(out, 'icons'), { recursive: true });
  for (const size of [16, 32, 48, 128]) cpSync(`icons/icon-${size}.png`, path.join(out, `icons/icon-${size}.png`));
}

async function main() {
  const watch = process.argv.includes('--watch');
  rmSync('dist', { recursive: true, force: true });
  const contexts = [];
  for (const browser of BROWSERS) {
    writeStatic(browser);
    contexts.push(await context({
      entryPoints: ENTRIES, outdir: path.join('dist', browser), bundle: true, format: 'iife',
      target: ['chrome121', 'firefox128'], jsx: 'automatic', jsxImportSource: 'preact',
      sourcemap: 'linked', legalComments: 'none', logLevel: 'warning',
    }));
  }
  await Promise.all(contexts.map((c) => c.rebuild()));
  if (watch) {
    await Promise.all(contexts.map((c) => c.watch()));
    console.log('build: watching src/ (dist/chrome, dist/firefox)');
  } else {
    await Promise.all(contexts.map((c) => c.dispose()));
    console.log('build: dist/chrome, dist/firefox');
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
