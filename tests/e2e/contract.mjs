// The message contract (src/shared/contract.ts) for the browser suites:
// bundled with esbuild in memory, so the suites call what the table says
// with the examples its schemas carry, not a list of their own.
import path from 'node:path';
import { build } from 'esbuild';

/** { CONTRACT, METHODS, exampleArgs(method) }: a method's arguments from its schemas' examples (null where a handler checks a parsed file). */
export async function loadContract() {
  const r = await build({ entryPoints: [path.resolve('src/shared/contract.ts')], bundle: true, platform: 'node', format: 'esm', write: false, logLevel: 'error' });
  const { CONTRACT, METHODS } = await import(`data:text/javascript;base64,${Buffer.from(r.outputFiles[0].text).toString('base64')}`);
  const exampleOf = (schema) => schema.pipe?.find((a) => a.type === 'examples')?.examples?.[0] ?? null;
  return { CONTRACT, METHODS, exampleArgs: (method) => CONTRACT[method].args.items.map(exampleOf) };
}
