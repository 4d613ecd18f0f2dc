// node scripts/ensure-browsers.mjs [--report FILE] chromium [firefox]
// Makes sure the named browsers are there and new enough for the manifests, so
// `npm start`, `npm test` and `.ci/run` need nothing set up by hand:
//  1. finds each one (scripts/lib/find-browsers.mjs);
//  2. installs what is missing on Debian or Ubuntu when it can (root, or sudo
//     without a password; not with COUNTERPOINT_NO_INSTALL=1), else stops with
//     the exact command;
//  3. fails in one line, naming both versions, when a browser is older than the
//     manifest admits (minimum_chrome_version, gecko.strict_min_version);
//  4. prints one line with the version and path of each (and --report writes it to FILE).
import { execFileSync, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  BROWSERS,
  findBrowser,
  installCommand,
  manifestFloors,
  notFoundMessage,
  systemFamily,
} from './lib/find-browsers.mjs';

/** "Mozilla Firefox 140.12.0esr" → "140.12.0esr"; "Chromium 150.0.7871.100 built on …" → "150.0.7871.100"; else null. */
export function parseVersion(text) {
  return /\b(\d+(?:\.\d+)+[a-z0-9]*)\b/i.exec(text ?? '')?.[1] ?? null;
}

/** Compares dotted versions by their numbers ("140.12.0esr" vs "140.0"): negative, 0 or positive. */
export function compareVersions(a, b) {
  const nums = (v) => v.split('.').map((p) => Number.parseInt(p, 10) || 0);
  const [x, y] = [nums(a), nums(b)];
  for (let i = 0; i < Math.max(x.length, y.length); i += 1) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** What `file --version` says, or null where it says nothing (Windows GUI builds). */
function browserVersion(file) {
  try {
    return parseVersion(
      execFileSync(file, ['--version'], {
        encoding: 'utf8',
        timeout: 30_000,
        stdio: ['ignore', 'pipe', 'ignore'],
      }),
    );
  } catch {
    return null;
  }
}

/** How this process may run apt-get: '' as root, 'sudo -n' with passwordless sudo, null otherwise. */
function aptPrefix() {
  if (process.env.COUNTERPOINT_NO_INSTALL === '1') return null;
  if (process.platform !== 'linux' || !['debian', 'ubuntu'].includes(systemFamily())) return null;
  if (spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status !== 0) return null;
  if (process.getuid?.() === 0) return [];
  return spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0
    ? ['sudo', '-n']
    : null;
}

function aptInstall(prefix, kinds) {
  const family = systemFamily();
  const pkgs = kinds.map((k) => BROWSERS[k].packages[family]);
  console.log(`browsers: installing ${pkgs.join(' ')} with apt-get`);
  const run = (args) => {
    const [cmd, ...rest] = [...prefix, 'env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', ...args];
    const r = spawnSync(cmd, rest, { stdio: ['ignore', 'inherit', 'inherit'] });
    if (r.status !== 0)
      throw new Error(
        `apt-get ${args.join(' ')} failed (exit ${r.status}); install by hand: ${installCommand(kinds)}`,
      );
  };
  run(['update']);
  run(['install', '-y', ...pkgs]);
}

/**
 * Finds (and where it can, installs) each of `kinds`, checks it against the manifest's floor.
 * Returns { kind: { file, from, version } }; throws an Error with one line to show the reader.
 */
export function ensureBrowsers(kinds) {
  let missing = kinds.filter((k) => !findBrowser(k));
  if (missing.length > 0) {
    const prefix = aptPrefix();
    if (prefix === null) throw new Error(notFoundMessage(missing));
    aptInstall(prefix, missing);
    missing = kinds.filter((k) => !findBrowser(k));
    if (missing.length > 0) throw new Error(notFoundMessage(missing));
  }
  const floors = manifestFloors();
  const found = {};
  for (const kind of kinds) {
    const { file, from } = findBrowser(kind);
    const version = browserVersion(file);
    if (version && compareVersions(version, floors[kind]) < 0) {
      throw new Error(
        `${BROWSERS[kind].label} ${version} (${file}) is older than the manifest admits (${floors[kind]}): install a newer one or point ${BROWSERS[kind].envVar} at one.`,
      );
    }
    found[kind] = { file, from, version };
  }
  return found;
}

/** "Chromium 150.0.7871.100 (<path>, from PATH); Firefox 140.12.0esr (<path>, from FIREFOX_BIN)" */
export function describeBrowsers(found) {
  return Object.entries(found)
    .map(
      ([kind, b]) =>
        `${kind === 'chromium' ? 'Chromium' : 'Firefox'} ${b.version ?? '(version unknown)'} (${b.file}, from ${b.from})`,
    )
    .join('; ');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const at = args.indexOf('--report');
  const report = at >= 0 ? args.splice(at, 2)[1] : null;
  const kinds = args.length > 0 ? args : ['chromium', 'firefox'];
  try {
    const unknown = kinds.filter((k) => !BROWSERS[k]);
    if (unknown.length > 0)
      throw new Error(
        `unknown browser ${unknown.join(', ')} (known: ${Object.keys(BROWSERS).join(', ')})`,
      );
    const line = `browsers: ${describeBrowsers(ensureBrowsers(kinds))}`;
    console.log(line);
    if (report) writeFileSync(report, `${line}\n`);
  } catch (e) {
    console.error(`browsers: ${e.message}`);
    if (report) writeFileSync(report, `browsers: ${e.message}\n`);
    process.exit(1);
  }
}
