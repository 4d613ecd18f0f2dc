// The one place that knows where browsers live. `npm start`, the browser
// suites, the bench and the screenshot scripts all launch through it, so a
// browser installed anywhere (a snap, macOS, Windows, a Chrome for Testing
// build) is found the same way by each, and no other file names a path.
//
// Order: the environment variable test runners use (CHROME_BIN, FIREFOX_BIN),
// then the usual names on PATH, then the standard macOS and Windows locations.
import { accessSync, constants, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** What each browser is called, where it is installed, and how a reader installs it. */
export const BROWSERS = {
  chromium: {
    label: 'Chromium or Chrome',
    envVar: 'CHROME_BIN',
    names: ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome'],
    darwin: [
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    ],
    win32: [
      ['LOCALAPPDATA', 'Chromium\\Application\\chrome.exe'],
      ['PROGRAMFILES', 'Google\\Chrome\\Application\\chrome.exe'],
      ['PROGRAMFILES(X86)', 'Google\\Chrome\\Application\\chrome.exe'],
      ['LOCALAPPDATA', 'Google\\Chrome\\Application\\chrome.exe'],
    ],
    packages: {
      debian: 'chromium',
      ubuntu: 'chromium-browser',
      brew: 'chromium',
      winget: 'Google.Chrome',
    },
  },
  firefox: {
    label: 'Firefox',
    envVar: 'FIREFOX_BIN',
    names: ['firefox-esr', 'firefox'],
    darwin: ['/Applications/Firefox.app/Contents/MacOS/firefox'],
    win32: [
      ['PROGRAMFILES', 'Mozilla Firefox\\firefox.exe'],
      ['PROGRAMFILES(X86)', 'Mozilla Firefox\\firefox.exe'],
    ],
    packages: {
      debian: 'firefox-esr',
      ubuntu: 'firefox',
      brew: 'firefox',
      winget: 'Mozilla.Firefox',
    },
  },
};

/** The oldest version of each browser the manifest admits, as a string ("116", "140.0"). */
export function manifestFloors(
  manifest = JSON.parse(readFileSync(new URL('../../manifest.json', import.meta.url), 'utf8')),
) {
  return {
    chromium: manifest.minimum_chrome_version,
    firefox: manifest.browser_specific_settings.gecko.strict_min_version,
  };
}

/** True for a file this process may run. */
function isExecutableFile(file) {
  try {
    if (!statSync(file).isFile()) return false;
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Every place looked at for `kind`, in order, as { file, from }. `host` is { env, platform }
 * (default: this process), so the order can be tested for any machine.
 */
export function candidates(kind, { env = process.env, platform = process.platform } = {}) {
  const b = BROWSERS[kind];
  const out = [];
  if (env[b.envVar]) out.push({ file: env[b.envVar], from: b.envVar });
  const sep = platform === 'win32' ? ';' : ':';
  const exe = platform === 'win32' ? '.exe' : '';
  const join = platform === 'win32' ? path.win32.join : path.posix.join;
  for (const name of b.names) {
    for (const dir of (env.PATH ?? env.Path ?? '').split(sep).filter(Boolean)) {
      out.push({ file: join(dir, name + exe), from: 'PATH' });
    }
  }
  if (platform === 'darwin') {
    for (const app of b.darwin) {
      out.push({ file: app, from: 'macOS' });
      if (env.HOME) out.push({ file: path.posix.join(env.HOME, app), from: 'macOS' });
    }
  }
  if (platform === 'win32') {
    for (const [root, rest] of b.win32)
      if (env[root]) out.push({ file: path.win32.join(env[root], rest), from: 'Windows' });
  }
  return out;
}

/**
 * The browser to launch for `kind` ('chromium' | 'firefox'): { file, from } or null.
 * A variable that names no runnable file is an error, not a reason to look elsewhere:
 * the reader asked for that browser.
 */
export function findBrowser(
  kind,
  { env = process.env, platform = process.platform, isExecutable = isExecutableFile } = {},
) {
  const b = BROWSERS[kind];
  if (env[b.envVar] && !isExecutable(env[b.envVar])) {
    throw new Error(`${b.envVar}=${env[b.envVar]} is not a program this user can run`);
  }
  return candidates(kind, { env, platform }).find((c) => isExecutable(c.file)) ?? null;
}

/** Which family of systems this is, for the install command: debian, ubuntu, darwin, win32 or other. */
export function systemFamily({ platform = process.platform, osRelease = readOsRelease() } = {}) {
  if (platform === 'darwin' || platform === 'win32') return platform;
  const ids = `${osRelease.ID ?? ''} ${osRelease.ID_LIKE ?? ''}`.split(/\s+/);
  if (ids.includes('ubuntu')) return 'ubuntu';
  if (ids.includes('debian')) return 'debian';
  return 'other';
}

function readOsRelease() {
  try {
    const text = readFileSync('/etc/os-release', 'utf8');
    return Object.fromEntries(
      text
        .split('\n')
        .map((l) => l.match(/^(\w+)=("?)(.*)\2$/))
        .filter(Boolean)
        .map((m) => [m[1], m[3]]),
    );
  } catch {
    return {};
  }
}

/** The command that installs the `kinds` on this family of systems. */
export function installCommand(kinds, family = systemFamily()) {
  const pkgs = (key) => kinds.map((k) => BROWSERS[k].packages[key]).join(' ');
  switch (family) {
    case 'debian':
    case 'ubuntu':
      return `sudo apt-get install ${pkgs(family)}`;
    case 'darwin':
      return `brew install --cask ${pkgs('brew')}`;
    case 'win32':
      return kinds.map((k) => `winget install ${BROWSERS[k].packages.winget}`).join(' && ');
    default:
      return `install ${kinds.map((k) => BROWSERS[k].label).join(' and ')} with your system's package manager`;
  }
}

/** One message for browsers that were not found: what was looked for, and how to install them. */
export function notFoundMessage(kinds, opts = {}) {
  const looked = kinds.map(
    (k) =>
      `${BROWSERS[k].label} (${BROWSERS[k].envVar}, then ${BROWSERS[k].names.join(', ')} on PATH, then the usual macOS and Windows locations)`,
  );
  return `No ${looked.join('; no ')} was found. Install: ${installCommand(kinds, opts.family)} — or point ${kinds.map((k) => BROWSERS[k].envVar).join(' / ')} at the browser.`;
}

/** The browser for `kind`, or an Error carrying notFoundMessage. */
export function requireBrowser(kind) {
  const found = findBrowser(kind);
  if (!found) throw new Error(notFoundMessage([kind]));
  return found.file;
}
