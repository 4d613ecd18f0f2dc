// The message contract (src/shared/contract.ts) for the browser suites:
// bundled with esbuild in memory, so the suites call what the table says
// with the examples its schemas carry, not a list of their own.
import { importTs } from '../../../scripts/lib/import-ts.mjs';

/** { CONTRACT, METHODS, exampleArgs(method) }: a method's arguments from its schemas' examples (null where a handler checks a parsed file). */
export async function loadContract() {
  const { CONTRACT, METHODS } = await importTs('src/shared/contract.ts');
  const exampleOf = (schema) =>
    schema.pipe?.find((a) => a.type === 'examples')?.examples?.[0] ?? null;
  return { CONTRACT, METHODS, exampleArgs: (method) => CONTRACT[method].args.items.map(exampleOf) };
}
