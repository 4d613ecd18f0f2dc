// npm run pack: the store packages, reproducibly.
//   1. builds dist/chrome and dist/firefox without source maps;
//   2. dist/counterpoint-chrome-<version>.zip from dist/chrome;
//   3. dist/counterpoint-firefox-<version>.zip by `web-ext build` from dist/firefox
//      (its file list and checks), then rewritten the same way as Chrome's, since
//      web-ext stamps each entry with the file's modification time;
//   4. prints each package's files and sizes.
// Both zips have their entries sorted by path, one fixed timestamp and fixed
// permissions (0644), and no directory entries: the same sources give the same
// bytes (tests/e2e/pack.e2e.mjs). COUNTERPOINT_OUT=DIR packs into DIR instead of dist.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';

const OUT = process.env.COUNTERPOINT_OUT || 'dist';
/** Every entry's timestamp (a DOS date: UTC, two-second resolution, from 1980). */
export const ZIP_DATE = new Date('2025-01-01T00:00:00Z');
/** Nothing of these goes into a package. */
const EXCLUDED = /(^|\/)(\.[^/]*|[^/]*\.map)$/;

/** Every file under `dir`, as sorted '/'-separated paths. */
function listFiles(dir, prefix = '') {
  const out = [];
  for (const name of readdirSync(path.join(dir, prefix))) {
    const rel = prefix ? `${prefix}/${name}` : name;
    if (statSync(path.join(dir, rel)).isDirectory()) out.push(...listFiles(dir, rel));
    else out.push(rel);
  }
  return out.sort();
}

/** A zip of `files` (path → bytes) with sorted entries, fixed dates and permissions. */
export async function deterministicZip(files) {
  const zip = new JSZip();
  for (const name of [...files.keys()].sort()) {
    if (EXCLUDED.test(name)) continue;
    const data = files.get(name);
    if (/\.(js|css|html)$/.test(name) && /sourceMappingURL=/.test(data.toString('utf8'))) {
      throw new Error(`pack: ${name} still refers to a source map`);
    }
    zip.file(name, data, {
      date: ZIP_DATE,
      unixPermissions: 0o100644,
      createFolders: false,
      binary: true,
    });
  }
  return zip.generateAsync({
    type: 'nodebuffer',
    compression: 'DEFLATE',
    compressionOptions: { level: 9 },
    platform: 'UNIX',
  });
}

const readDir = (dir) => new Map(listFiles(dir).map((f) => [f, readFileSync(path.join(dir, f))]));

async function readZip(file) {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const files = new Map();
  for (const entry of Object.values(zip.files)) {
    if (!entry.dir) files.set(entry.name, await entry.async('nodebuffer'));
  }
  return files;
}

async function listing(file) {
  const bytes = readFileSync(file);
  const zip = await JSZip.loadAsync(bytes);
  const lines = [];
  let total = 0;
  for (const entry of Object.values(zip.files)) {
    const size = (await entry.async('nodebuffer')).length;
    total += size;
    lines.push(`  ${String(size).padStart(9)}  ${entry.name}`);
  }
  const sha = createHash('sha256').update(bytes).digest('hex');
  return [
    `${file}  (${bytes.length} bytes, ${lines.length} files, ${total} bytes unpacked)`,
    ...lines,
    `  sha256 ${sha}`,
  ].join('\n');
}

async function main() {
  const version = JSON.parse(readFileSync('manifest.json', 'utf8')).version;
  // What ships: never the browser suites' open overlay, whatever the environment says.
  execFileSync(process.execPath, ['scripts/build.mjs', '--no-sourcemap'], {
    stdio: 'inherit',
    env: { ...process.env, COUNTERPOINT_OUT: OUT, COUNTERPOINT_E2E_OPEN_OVERLAY: '' },
  });

  const chromeZip = path.join(OUT, `counterpoint-chrome-${version}.zip`);
  writeFileSync(chromeZip, await deterministicZip(readDir(path.join(OUT, 'chrome'))));

  const firefoxName = `counterpoint-firefox-${version}.zip`;
  const firefoxZip = path.join(OUT, firefoxName);
  rmSync(firefoxZip, { force: true });
  execFileSync(
    'npx',
    [
      'web-ext',
      'build',
      '--source-dir',
      path.join(OUT, 'firefox'),
      '--artifacts-dir',
      OUT,
      '--filename',
      firefoxName,
      '--overwrite-dest',
      '--no-config-discovery',
      '--ignore-files',
      '**/*.map',
    ],
    { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, NO_UPDATE_NOTIFIER: '1' } },
  );
  writeFileSync(firefoxZip, await deterministicZip(await readZip(firefoxZip)));

  console.log(`\npack: version ${version}\n`);
  console.log(await listing(chromeZip));
  console.log();
  console.log(await listing(firefoxZip));
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
