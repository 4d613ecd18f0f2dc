// Firefox driven over Marionette, for the one thing WebDriver BiDi cannot do
// on Firefox 140 ESR: click the extension's toolbar button, the reader's
// gesture that grants activeTab, and work inside the popup it opens. The
// popup is browser UI; BiDi reaches only content tabs (its chrome scope comes
// with Firefox 148). Marionette's chrome context reaches the toolbar, and its
// own per-frame actor (MarionetteCommands) runs scripts in the popup.
//
// Marionette and BiDi share one WebDriver session, so this Firefox is a
// browser of its own, not puppeteer's. The wire format: "<length>:<JSON>",
// commands [0, id, name, params], replies [1, id, error, result].
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { requireBrowser } from '../../../scripts/lib/find-browsers.mjs';
import { FIREFOX_PREFS } from './browsers.mjs';

/** A free TCP port on 127.0.0.1. */
async function freePort() {
  const server = net.createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function connect(port, deadline) {
  while (Date.now() < deadline) {
    const socket = await new Promise((resolve) => {
      const s = net.connect(port, '127.0.0.1');
      s.once('connect', () => resolve(s));
      s.once('error', () => resolve(null));
    });
    if (socket) return socket;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`Marionette did not listen on port ${port}`);
}

/** A Marionette client on `socket`: resolves once the server has greeted it. */
function client(socket) {
  let buffer = Buffer.alloc(0);
  let next = 0;
  const pending = new Map();
  let greeted;
  const greeting = new Promise((resolve) => {
    greeted = resolve;
  });
  socket.on('data', (chunk) => {
    buffer = Buffer.concat([buffer, chunk]);
    for (let colon = buffer.indexOf(58); colon > 0; colon = buffer.indexOf(58)) {
      const length = Number(buffer.subarray(0, colon).toString());
      if (buffer.length < colon + 1 + length) return;
      const message = JSON.parse(buffer.subarray(colon + 1, colon + 1 + length).toString('utf8'));
      buffer = buffer.subarray(colon + 1 + length);
      if (!Array.isArray(message)) {
        greeted(message);
        continue;
      }
      const [, id, error, result] = message;
      const { resolve, reject } = pending.get(id);
      pending.delete(id);
      if (error) reject(new Error(`${error.error}: ${error.message}`));
      else resolve(result);
    }
  });
  const send = (name, params = {}) => {
    const id = (next += 1);
    const body = Buffer.from(JSON.stringify([0, id, name, params]));
    socket.write(Buffer.concat([Buffer.from(`${body.length}:`), body]));
    return new Promise((resolve, reject) => pending.set(id, { resolve, reject }));
  };
  return greeting.then(() => send);
}

/**
 * Headless Firefox (found by scripts/lib/find-browsers.mjs) with the add-on in `extDir` installed temporarily.
 * `content(script, ...args)` runs in the selected tab, `chrome(script, ...args)` in the browser window
 * (both WebDriver scripts: a body that may `return` a value or a promise).
 */
export async function launchFirefoxMarionette({ extDir, prefs = {} }) {
  const port = await freePort();
  const profile = mkdtempSync(path.join(os.tmpdir(), 'counterpoint-marionette-'));
  const all = { ...FIREFOX_PREFS, ...prefs, 'marionette.port': port };
  writeFileSync(
    path.join(profile, 'user.js'),
    Object.entries(all)
      .map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});\n`)
      .join(''),
  );
  const firefox = spawn(
    requireBrowser('firefox'),
    [
      '--headless',
      '--no-remote',
      '--profile',
      profile,
      '--marionette',
      '--remote-allow-system-access',
      'about:blank',
    ],
    { stdio: 'ignore', env: { ...process.env, MOZ_DISABLE_NONLOCAL_CONNECTIONS: '1' } },
  );
  const socket = await connect(port, Date.now() + 30_000).catch((e) => {
    firefox.kill();
    throw e;
  });
  const send = await client(socket);
  const close = async () => {
    await send('Marionette:Quit', { flags: ['eForceQuit'] }).catch(() => undefined);
    socket.destroy();
    firefox.kill();
    rmSync(profile, { recursive: true, force: true });
  };
  try {
    await send('WebDriver:NewSession', { capabilities: {} });
    const { value: addonId } = await send('Addon:Install', { path: extDir, temporary: true });
    const inContext =
      (context) =>
      async (script, ...args) => {
        await send('Marionette:SetContext', { value: context });
        return (await send('WebDriver:ExecuteScript', { script, args })).value;
      };
    return { send, addonId, content: inContext('content'), chrome: inContext('chrome'), close };
  } catch (e) {
    await close();
    throw e;
  }
}
