// Imports a TypeScript module from plain Node (the build, scripts, browser
// suites): esbuild bundles it in memory and Node imports the result as a data:
// module. `options` go to esbuild: { packages: 'external' } leaves npm packages
// out of the bundle (a data: module resolves them from the working directory).
import { build } from 'esbuild';
import path from 'node:path';

/** The module `entry` (a path from the repository root) exports. */
export async function importTs(entry, options = {}) {
  const result = await build({
    entryPoints: [path.resolve(entry)],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    write: false,
    logLevel: 'error',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    ...options,
  });
  return import(
    `data:text/javascript;base64,${Buffer.from(result.outputFiles[0].text).toString('base64')}`
  );
}
