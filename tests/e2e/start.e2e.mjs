// `npm start` as a reader runs it, with CHROME_BIN naming a wrapper script: the
// wrapper is what launches (it logs its arguments, then runs the real browser),
// the demo chapter's detections are printed and the screenshot is written.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { requireBrowser } from '../../scripts/lib/find-browsers.mjs';

/** Runs `npm start` headless with `env` added; resolves to { code, out }. */
function npmStart(env, outFile) {
  return new Promise((resolve) => {
    const child = spawn('npm', ['start', '--', '--headless', '--out', outFile], {
      env: { ...process.env, ...env },
    });
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
    });
    child.stderr.on('data', (d) => {
      out += d;
    });
    child.on('close', (code) => resolve({ code, out }));
  });
}

describe('npm start with CHROME_BIN', () => {
  let dir;
  let wrapper;
  let run;
  before(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'counterpoint-start-'));
    wrapper = path.join(dir, 'my chrome');
    writeFileSync(
      wrapper,
      `#!/bin/sh\nprintf '%s\\n' "$*" >> "${wrapper}.log"\nexec "${requireBrowser('chromium')}" "$@"\n`,
    );
    chmodSync(wrapper, 0o755);
    run = await npmStart({ CHROME_BIN: wrapper }, path.join(dir, 'demo.png'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('launches through the wrapper, and says so', () => {
    assert.equal(run.code, 0, run.out);
    assert.match(
      run.out,
      new RegExp(
        `browser: Chromium \\d+[.\\d]* \\(${wrapper.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}, from CHROME_BIN\\)`,
      ),
    );
    const calls = readFileSync(`${wrapper}.log`, 'utf8').trim().split('\n');
    assert.equal(calls[0], '--version');
    assert.ok(
      calls.some((c) => c.includes('--load-extension=') && c.includes('--headless')),
      `a launch with the extension: ${calls.join(' | ')}`,
    );
  });

  it("prints the demo chapter's detections and writes the screenshot", () => {
    assert.match(
      run.out,
      /start: Counterpoint found \d+ detection\(s\): [1-9]\d* reference passage\(s\)/,
    );
    assert.ok(existsSync(path.join(dir, 'demo.png')));
  });
});
