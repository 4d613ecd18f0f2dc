// Runs a TypeScript entry under plain Node: esbuild bundles it (packages stay
// external) into node_modules/.cache and imports it. Usage: node scripts/run.mjs FILE.ts [args…]
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node scripts/run.mjs FILE.ts [args…]');
  process.exit(2);
}
const outdir = path.resolve('node_modules/.cache/counterpoint-run');
mkdirSync(outdir, { recursive: true });
const outfile = path.join(outdir, path.basename(entry).replace(/\.tsx?$/, '.mjs'));
await build({
  entryPoints: [entry],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: 'inline',
  logLevel: 'error',
  jsx: 'automatic',
  jsxImportSource: 'preact',
});
process.argv = [process.argv[0], entry, ...args];
await import(pathToFileURL(outfile).href);
