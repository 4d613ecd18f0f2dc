// Builds dist/chrome and dist/firefox from one manifest, extension/ (static
// shell), icons/ and the bundles. `--watch` rebuilds on change.
// For tests of updates, two environment variables build a variant:
//   COUNTERPOINT_OUT=DIR                     writes DIR/chrome and DIR/firefox instead of dist/…
//   COUNTERPOINT_DATASET_VERSION_SUFFIX=S    appends S to the bundled dataset's version
//   COUNTERPOINT_TEST_HOST_PERMISSIONS=P,Q   grants host permissions a reader would grant at run time
//                                            (the browser suites cannot click a permission prompt)
//   COUNTERPOINT_E2E_OPEN_OVERLAY=1          the overlay's shadow root open, for the browser suites to read
//                                            it (shipped: closed, out of page script's reach)
// `--no-sourcemap` leaves the source maps out (npm run pack: store packages carry none).
import { context } from 'esbuild';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { manifestFloors } from './lib/find-browsers.mjs';
import { importTs } from './lib/import-ts.mjs';
import { preactWithoutInnerHtml } from './lib/preact-no-innerhtml.mjs';

const BROWSERS = ['chrome', 'firefox'];
const OUT = process.env.COUNTERPOINT_OUT || 'dist';
const VERSION_SUFFIX = process.env.COUNTERPOINT_DATASET_VERSION_SUFFIX || '';
const TEST_HOST_PERMISSIONS = (process.env.COUNTERPOINT_TEST_HOST_PERMISSIONS || '')
  .split(',')
  .filter(Boolean);
const ENTRIES = {
  background: 'src/background/index.ts',
  content: 'src/content/index.ts',
  popup: 'src/popup/index.tsx',
  sidepanel: 'src/sidepanel/index.tsx',
  options: 'src/options/index.tsx',
  library: 'src/library/index.tsx',
  welcome: 'src/welcome/index.tsx',
  editor: 'src/editor/index.tsx',
  viewer: 'src/viewer/index.tsx',
  // The viewer's PDF host, a worker: pdf.js runs there (src/pdf-host/index.ts).
  'pdf-host': 'src/pdf-host/index.ts',
};
/** pdf.js's own files, copied as published (a store reviewer can compare them with the package's). */
export const PDFJS_FILES = [
  ['node_modules/pdfjs-dist/legacy/build/pdf.min.mjs', 'pdfjs/pdf.min.mjs'],
  ['node_modules/pdfjs-dist/legacy/build/pdf.worker.min.mjs', 'pdfjs/pdf.worker.min.mjs'],
  ['node_modules/pdfjs-dist/standard_fonts', 'pdfjs/standard_fonts'],
  ['node_modules/pdfjs-dist/wasm', 'pdfjs/wasm'],
  ['node_modules/pdfjs-dist/LICENSE', 'pdfjs/LICENSE'],
];
const SHADOW_MODE = process.env.COUNTERPOINT_E2E_OPEN_OVERLAY ? 'open' : 'closed';
const floors = manifestFloors();
/** No syntax newer than the oldest browsers the manifest admits (docs/packaging.md): ['chrome116', 'firefox140']. */
export const TARGETS = [
  `chrome${floors.chromium}`,
  `firefox${Number.parseInt(floors.firefox, 10)}`,
];

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

/** Rewrites src/data/dataset.json's version as it is bundled: the same records under a new version. */
function datasetVersionPlugin(suffix) {
  return {
    name: 'dataset-version-suffix',
    setup(build) {
      build.onLoad({ filter: /[\\/]src[\\/]data[\\/]dataset\.json$/ }, (args) => {
        const dataset = JSON.parse(readFileSync(args.path, 'utf8'));
        dataset.version += suffix;
        return { contents: JSON.stringify(dataset), loader: 'json' };
      });
    },
  };
}

/** The highlight rules' one source (src/shared/highlight-style.ts), for content.css. */
const { HIGHLIGHT_SCOPE, highlightCss } = await importTs('src/shared/highlight-style.ts');
const BUNDLED_LAYERS = JSON.parse(readFileSync('src/data/layers.json', 'utf8'));

function writeStatic(browser) {
  const out = path.join(OUT, browser);
  mkdirSync(out, { recursive: true });
  const source = JSON.parse(readFileSync('manifest.json', 'utf8'));
  if (TEST_HOST_PERMISSIONS.length > 0)
    source.host_permissions = [...(source.host_permissions ?? []), ...TEST_HOST_PERMISSIONS];
  writeFileSync(
    path.join(out, 'manifest.json'),
    JSON.stringify(manifestFor(browser, source), null, 2),
  );
  cpSync('extension', out, { recursive: true });
  writeFileSync(
    path.join(out, 'content.css'),
    readFileSync('extension/css/content.css', 'utf8') +
      highlightCss(BUNDLED_LAYERS, HIGHLIGHT_SCOPE[browser]),
  );
  for (const [from, to] of PDFJS_FILES) cpSync(from, path.join(out, to), { recursive: true });
  mkdirSync(path.join(out, 'icons'), { recursive: true });
  for (const size of [16, 32, 48, 128])
    cpSync(`icons/icon-${size}.png`, path.join(out, `icons/icon-${size}.png`));
}

async function main() {
  const watch = process.argv.includes('--watch');
  const sourcemap = process.argv.includes('--no-sourcemap') ? false : 'linked';
  for (const browser of BROWSERS) rmSync(path.join(OUT, browser), { recursive: true, force: true });
  const contexts = [];
  for (const browser of BROWSERS) {
    writeStatic(browser);
    const define = {
      __OVERLAY_SHADOW_MODE__: JSON.stringify(SHADOW_MODE),
      __HIGHLIGHT_SCOPE__: JSON.stringify(HIGHLIGHT_SCOPE[browser]),
    };
    contexts.push(
      await context({
        entryPoints: ENTRIES,
        outdir: path.join(OUT, browser),
        bundle: true,
        format: 'iife',
        target: TARGETS,
        jsx: 'automatic',
        jsxImportSource: 'preact',
        // pdf.js as published, beside the bundles (PDFJS_FILES): loaded by the viewer at run time.
        external: ['./pdfjs/*'],
        sourcemap,
        legalComments: 'none',
        logLevel: 'warning',
        define,
        plugins: [
          preactWithoutInnerHtml(),
          ...(VERSION_SUFFIX ? [datasetVersionPlugin(VERSION_SUFFIX)] : []),
        ],
      }),
    );
  }
  await Promise.all(contexts.map((c) => c.rebuild()));
  if (watch) {
    await Promise.all(contexts.map((c) => c.watch()));
    console.log(`build: watching src/ (${OUT}/chrome, ${OUT}/firefox)`);
  } else {
    await Promise.all(contexts.map((c) => c.dispose()));
    console.log(
      `build: ${OUT}/chrome, ${OUT}/firefox${VERSION_SUFFIX ? ` (dataset version +${VERSION_SUFFIX})` : ''}${SHADOW_MODE === 'open' ? ' (overlay shadow root open: browser suites)' : ''}`,
    );
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
