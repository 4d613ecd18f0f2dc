// Identifies the engine that was measured. src/engine changes under active
// work, so a results table is only meaningful next to this line.

import { execSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Which engine was measured: git HEAD, and a hash of src/engine as it is on disk (others edit it too). */
export function engineRevision(): string {
  const dir = path.resolve('src/engine');
  const h = createHash('sha1');
  // Files in subfolders too (src/engine/anchor): paths relative to src/engine, sorted.
  const files = (
    readdirSync(dir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[]
  )
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath ?? e.path, e.name)))
    .sort();
  for (const f of files) h.update(f).update(readFileSync(path.join(dir, f)));
  let head = 'no git';
  try {
    const git = (args: string) =>
      execSync(`git ${args}`, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    head =
      git('rev-parse --short HEAD') +
      (git('status --porcelain src/engine') ? ' + uncommitted changes' : '');
  } catch {
    // not a checkout: the source hash alone identifies the engine
  }
  return `engine at ${head}, src/engine sha1 ${h.digest('hex').slice(0, 10)}`;
}
