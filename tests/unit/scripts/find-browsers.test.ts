// Where the browsers are looked for (scripts/lib/find-browsers.mjs) and how the
// set-up script judges what it finds (scripts/ensure-browsers.mjs): the order,
// the install command per system, the version floor, with real wrapper scripts.

import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { compareVersions, parseVersion } from '../../../scripts/ensure-browsers.mjs';
import {
  candidates,
  findBrowser,
  installCommand,
  manifestFloors,
  notFoundMessage,
  systemFamily,
} from '../../../scripts/lib/find-browsers.mjs';

type Kind = 'chromium' | 'firefox';
const LINUX_PATH = '/home/r/bin:/usr/local/bin:/usr/bin:/snap/bin';

test.each<[string, Kind, string, Record<string, string>, string[], string | null]>([
  [
    'the variable wins over PATH',
    'chromium',
    'linux',
    { CHROME_BIN: '/opt/cft/chrome', PATH: LINUX_PATH },
    ['/opt/cft/chrome', '/usr/bin/chromium'],
    '/opt/cft/chrome',
  ],
  [
    'chromium on PATH, in PATH order',
    'chromium',
    'linux',
    { PATH: LINUX_PATH },
    ['/usr/bin/chromium', '/usr/local/bin/chromium'],
    '/usr/local/bin/chromium',
  ],
  [
    'an earlier name wins over an earlier folder',
    'chromium',
    'linux',
    { PATH: LINUX_PATH },
    ['/home/r/bin/google-chrome', '/usr/bin/chromium'],
    '/usr/bin/chromium',
  ],
  [
    'Ubuntu snap: chromium in /snap/bin',
    'chromium',
    'linux',
    { PATH: LINUX_PATH },
    ['/snap/bin/chromium'],
    '/snap/bin/chromium',
  ],
  [
    'chromium-browser when there is no chromium',
    'chromium',
    'linux',
    { PATH: LINUX_PATH },
    ['/usr/bin/chromium-browser', '/usr/bin/google-chrome'],
    '/usr/bin/chromium-browser',
  ],
  [
    'google-chrome-stable before google-chrome',
    'chromium',
    'linux',
    { PATH: LINUX_PATH },
    ['/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'],
    '/usr/bin/google-chrome-stable',
  ],
  [
    'firefox-esr before firefox',
    'firefox',
    'linux',
    { PATH: LINUX_PATH },
    ['/usr/bin/firefox', '/usr/bin/firefox-esr'],
    '/usr/bin/firefox-esr',
  ],
  [
    'FIREFOX_BIN wins',
    'firefox',
    'linux',
    { FIREFOX_BIN: '/opt/ff/firefox', PATH: LINUX_PATH },
    ['/opt/ff/firefox', '/usr/bin/firefox-esr'],
    '/opt/ff/firefox',
  ],
  [
    'macOS: PATH first, then /Applications',
    'chromium',
    'darwin',
    { PATH: '/usr/bin', HOME: '/Users/r' },
    ['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'],
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  ],
  [
    'macOS: Chromium.app before Google Chrome.app',
    'chromium',
    'darwin',
    { PATH: '/usr/bin', HOME: '/Users/r' },
    [
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
    ],
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
  ],
  [
    "macOS: the user's own ~/Applications",
    'firefox',
    'darwin',
    { PATH: '/usr/bin', HOME: '/Users/r' },
    ['/Users/r/Applications/Firefox.app/Contents/MacOS/firefox'],
    '/Users/r/Applications/Firefox.app/Contents/MacOS/firefox',
  ],
  [
    'Windows: Program Files',
    'firefox',
    'win32',
    { Path: 'C:\\Windows', PROGRAMFILES: 'C:\\Program Files' },
    ['C:\\Program Files\\Mozilla Firefox\\firefox.exe'],
    'C:\\Program Files\\Mozilla Firefox\\firefox.exe',
  ],
  [
    'Windows: chrome.exe on PATH before Program Files',
    'chromium',
    'win32',
    { Path: 'C:\\tools;C:\\Windows', PROGRAMFILES: 'C:\\Program Files' },
    ['C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe', 'C:\\tools\\chromium.exe'],
    'C:\\tools\\chromium.exe',
  ],
  ['nothing anywhere', 'firefox', 'linux', { PATH: LINUX_PATH }, [], null],
])('%s', (_name, kind, platform, env, present, expected) => {
  const isExecutable = (file: string) => present.includes(file);
  expect(findBrowser(kind, { env, platform, isExecutable })?.file ?? null).toBe(expected);
});

test("the order is: variable, every name on PATH, then the platform's locations", () => {
  const order = candidates('chromium', {
    env: { CHROME_BIN: '/x/chrome', PATH: '/a:/b', HOME: '/Users/r' },
    platform: 'darwin',
  });
  expect(order.map((c) => c.from)).toEqual([
    'CHROME_BIN',
    ...Array(8).fill('PATH'),
    ...Array(4).fill('macOS'),
  ]);
  expect(order.slice(1, 5).map((c) => c.file)).toEqual([
    '/a/chromium',
    '/b/chromium',
    '/a/chromium-browser',
    '/b/chromium-browser',
  ]);
});

test('a variable that names no program is an error that names the variable, not a silent fallback', () => {
  expect(() =>
    findBrowser('chromium', {
      env: { CHROME_BIN: '/nowhere/chrome', PATH: '/usr/bin' },
      platform: 'linux',
      isExecutable: (f) => f === '/usr/bin/chromium',
    }),
  ).toThrow('CHROME_BIN=/nowhere/chrome is not a program');
});

test.each<[string, string, Record<string, string>]>([
  ['Debian', 'debian', { ID: 'debian' }],
  ['Ubuntu', 'ubuntu', { ID: 'ubuntu', ID_LIKE: 'debian' }],
  ['Linux Mint', 'ubuntu', { ID: 'linuxmint', ID_LIKE: 'ubuntu debian' }],
  ['Raspberry Pi OS', 'debian', { ID: 'raspbian', ID_LIKE: 'debian' }],
  ['Fedora', 'other', { ID: 'fedora' }],
])('%s is of the %s family', (_name, family, osRelease) => {
  expect(systemFamily({ platform: 'linux', osRelease })).toBe(family);
});

test.each<[string, Kind[], string, string]>([
  ['Debian', ['chromium', 'firefox'], 'debian', 'sudo apt-get install chromium firefox-esr'],
  ['Ubuntu', ['chromium'], 'ubuntu', 'sudo apt-get install chromium-browser'],
  ['macOS', ['firefox'], 'darwin', 'brew install --cask firefox'],
  [
    'Windows',
    ['chromium', 'firefox'],
    'win32',
    'winget install Google.Chrome && winget install Mozilla.Firefox',
  ],
])('the install command on %s', (_name, kinds, family, command) => {
  expect(installCommand(kinds, family as never)).toBe(command);
  expect(notFoundMessage(kinds, { family: family as never })).toContain(command);
});

test('the not-found message says what was looked for', () => {
  const message = notFoundMessage(['chromium', 'firefox'], { family: 'debian' });
  for (const part of [
    'CHROME_BIN',
    'FIREFOX_BIN',
    'chromium-browser',
    'google-chrome-stable',
    'firefox-esr',
    'on PATH',
    'macOS and Windows',
  ]) {
    expect(message).toContain(part);
  }
  expect(message.split('\n')).toHaveLength(1);
});

test.each([
  ['Mozilla Firefox 140.12.0esr', '140.12.0esr'],
  ['Chromium 150.0.7871.100 built on Debian GNU/Linux 12 (bookworm)', '150.0.7871.100'],
  ['Google Chrome 131.0.6778.85 ', '131.0.6778.85'],
  ['Mozilla Firefox 153.0a1', '153.0a1'],
  ['', null],
])('version of %j', (text, version) => {
  expect(parseVersion(text)).toBe(version);
});

test.each([
  ['140.12.0esr', '140.0', 1],
  ['140.0', '140.0', 0],
  ['139.0.4', '140.0', -1],
  ['150.0.7871.100', '116', 1],
  ['115.9', '116', -1],
])('%s compared with %s', (a, b, sign) => {
  expect(Math.sign(compareVersions(a, b))).toBe(sign);
});

test("the floors are the manifest's: Chrome 116, Firefox 140 ESR", () => {
  expect(manifestFloors()).toEqual({ chromium: '116', firefox: '140.0' });
});

describe('scripts/ensure-browsers.mjs with a wrapper in CHROME_BIN', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'counterpoint-browser-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const wrapper = (version: string) => {
    const file = path.join(dir, `chrome-${version}`);
    writeFileSync(
      file,
      `#!/bin/sh\necho "$@" >> "${file}.log"\necho "Chromium ${version} built for a test"\n`,
    );
    chmodSync(file, 0o755);
    return file;
  };
  const ensure = (bin: string, report: string) =>
    spawnSync(process.execPath, ['scripts/ensure-browsers.mjs', '--report', report, 'chromium'], {
      encoding: 'utf8',
      env: { ...process.env, CHROME_BIN: bin },
    });

  test('a new enough browser: one line with its version and where it was found', () => {
    const bin = wrapper('150.0.1.2');
    const report = path.join(dir, 'ok.txt');
    const r = ensure(bin, report);
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe(`browsers: Chromium 150.0.1.2 (${bin}, from CHROME_BIN)`);
    expect(readFileSync(report, 'utf8').trim()).toBe(r.stdout.trim());
    expect(readFileSync(`${bin}.log`, 'utf8').trim()).toBe('--version');
  });

  test('an older browser than the manifest admits: one failing line naming both versions', () => {
    const bin = wrapper('109.0.5414.0');
    const r = ensure(bin, path.join(dir, 'old.txt'));
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toEqual([
      `browsers: Chromium or Chrome 109.0.5414.0 (${bin}) is older than the manifest admits (116): install a newer one or point CHROME_BIN at one.`,
    ]);
  });

  test('no browser anywhere and no install allowed: one line, what was looked for and the command', () => {
    const r = spawnSync(process.execPath, ['scripts/ensure-browsers.mjs', 'chromium'], {
      encoding: 'utf8',
      env: { PATH: path.join(dir, 'empty'), COUNTERPOINT_NO_INSTALL: '1' },
    });
    expect(r.status).toBe(1);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^browsers: No Chromium or Chrome \(CHROME_BIN, then chromium, chromium-browser, google-chrome-stable, google-chrome on PATH, .*\) was found\. Install: /,
    );
    expect(lines[0]).toContain(installCommand(['chromium']));
  });

  test('an unknown browser name is refused', () => {
    const r = spawnSync(process.execPath, ['scripts/ensure-browsers.mjs', 'opera'], {
      encoding: 'utf8',
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('unknown browser opera');
  });
});
