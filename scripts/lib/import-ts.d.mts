/** The module `entry` (a path from the repository root) exports, bundled by esbuild in memory. */
export function importTs(
  entry: string,
  options?: Record<string, unknown>,
): Promise<Record<string, unknown>>;
