// The store in a real browser: Chromium's IndexedDB in the extension's service
// worker, across install, a restart with the same profile, and an update to a
// build with a higher manifest version and another dataset version.
//
// The extension is loaded from a temporary copy of dist/chrome that stays at
// one path (an unpacked extension's id is derived from its path); the update
// overwrites that copy with a variant build (scripts/build.mjs with
// COUNTERPOINT_OUT and COUNTERPOINT_DATASET_VERSION_SUFFIX).
//
// Chromium 156 quirk, measured: relaunching a profile whose unpacked extension
// changed on disk loads the new manifest but keeps running the previously
// registered service worker script, and fires no onInstalled. Chromium applies
// an unpacked extension's new code when it is (re)loaded, so after the
// relaunch the test loads the same path again over CDP (Extensions.loadUnpacked,
// which needs --enable-unsafe-extension-debugging): that is the update, and it
// fires onInstalled with reason 'update' in the new worker.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { EXT_DIR, launchChromium } from './lib/browsers.mjs';
import { firefoxAdapter } from './lib/adapters.mjs';
import { until } from './lib/wait.mjs';

const DATASET = JSON.parse(readFileSync('src/data/dataset.json', 'utf8'));
const SUFFIX = '-e2e-update';
const HIGHLIGHT = {
  id: 'e2e-h1',
  url: 'https://www.marxists.org/archive/trotsky/1930/hrr/ch26.htm',
  chapter: 'ch26',
  passage: null,
  created: 1,
};
const SETTING = { 'e2e:setting': { kept: true } };

/**
 * Runs in the service worker: the store's counts, meta and highlights, or null
 * while the store does not exist yet (opening it without a version must not
 * create an empty one under the extension's feet, hence the abort).
 */
function readStoreInWorker() {
  const STORES = ['paragraphs', 'passages', 'chapters', 'layers', 'quoteChecks', 'highlights'];
  return new Promise((resolve) => {
    const req = indexedDB.open('counterpoint');
    req.onupgradeneeded = () => req.transaction.abort();
    req.onerror = () => resolve(null);
    req.onsuccess = () => {
      const db = req.result;
      const out = { counts: {}, meta: null, highlights: null };
      const tx = db.transaction([...STORES, 'meta']);
      for (const s of STORES)
        tx.objectStore(s).count().onsuccess = (e) => {
          out.counts[s] = e.target.result;
        };
      tx.objectStore('meta').get('dataset').onsuccess = (e) => {
        out.meta = e.target.result ?? null;
      };
      tx.objectStore('highlights').getAll().onsuccess = (e) => {
        out.highlights = e.target.result;
      };
      tx.oncomplete = () => {
        db.close();
        resolve(out);
      };
    };
  });
}

/** Runs in the service worker: a highlight written the way the reader's are (strict durability). */
function writeHighlightInWorker(record) {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open('counterpoint');
    req.onsuccess = () => {
      const db = req.result;
      const tx = db.transaction('highlights', 'readwrite', { durability: 'strict' });
      tx.objectStore('highlights').put(record);
      tx.oncomplete = () => {
        db.close();
        resolve(true);
      };
      tx.onerror = () => reject(tx.error);
    };
    req.onerror = () => reject(req.error);
  });
}

/** The store once it holds dataset `version`. */
const seededStore = (sw, version) =>
  until(`dataset ${version} in the service worker's IndexedDB`, async () => {
    const store = await sw.evaluate(readStoreInWorker);
    return store?.meta?.version === version ? store : null;
  });

const bumpVersion = (v) =>
  v
    .split('.')
    .map((n, i, all) => (i === all.length - 1 ? Number(n) + 1 : n))
    .join('.');

describe('chromium: the store in the service worker', () => {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'counterpoint-store-'));
  const profile = path.join(tmp, 'profile');
  const extDir = path.join(tmp, 'extension');
  let browser = null;
  let firstId = null;
  let installed = null;
  let afterUpdate = null;

  const launch = async (extraArgs = []) => {
    browser = await launchChromium({ extDir, userDataDir: profile, extraArgs });
    return browser;
  };
  const close = async () => {
    await browser?.context.close();
    browser = null;
  };

  before(() => cpSync(EXT_DIR.chrome, extDir, { recursive: true }));
  after(async () => {
    await close();
    rmSync(tmp, { recursive: true, force: true });
  });

  it('after install, IndexedDB holds the bundled dataset', async () => {
    const { sw, extId } = await launch();
    firstId = extId;
    installed = await seededStore(sw, DATASET.version);
    assert.deepEqual(installed.counts, {
      paragraphs: 70,
      passages: 109,
      chapters: DATASET.chapters.length,
      layers: DATASET.layers.length,
      quoteChecks: DATASET.quoteChecks.length,
      highlights: 0,
    });
    // The reader's data for the later steps: a highlight in IndexedDB, a setting in storage.local.
    await sw.evaluate(writeHighlightInWorker, HIGHLIGHT);
    await sw.evaluate((s) => chrome.storage.local.set(s), SETTING);
    await close();
  });

  it('survives a browser restart with the same profile, unchanged and not reseeded', async () => {
    const { sw, extId } = await launch();
    assert.equal(extId, firstId, 'extension id across relaunches');
    const store = await seededStore(sw, DATASET.version);
    assert.deepEqual(store.meta, installed.meta, 'meta (same seededAt: no second seeding)');
    assert.deepEqual(store.counts, { ...installed.counts, highlights: 1 });
    assert.deepEqual(store.highlights, [HIGHLIGHT]);
    await close();
  });

  it("an update reseeds on onInstalled ('update') and keeps the reader's highlight and settings", async (t) => {
    const variant = path.join(tmp, 'variant');
    execFileSync(process.execPath, ['scripts/build.mjs'], {
      env: {
        ...process.env,
        COUNTERPOINT_OUT: variant,
        COUNTERPOINT_DATASET_VERSION_SUFFIX: SUFFIX,
      },
      stdio: 'pipe',
    });
    const manifestPath = path.join(variant, 'chrome', 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    const oldVersion = manifest.version;
    manifest.version = bumpVersion(oldVersion);
    writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
    // Same path as before, so the same extension id; new contents.
    rmSync(extDir, { recursive: true, force: true });
    cpSync(path.join(variant, 'chrome'), extDir, { recursive: true });

    const { context, extId } = await launch(['--enable-unsafe-extension-debugging']);
    assert.equal(extId, firstId, 'extension id across the relaunch');
    const updated = context.waitForEvent('serviceworker', { timeout: 15_000 });
    const cdp = await context.browser().newBrowserCDPSession();
    assert.deepEqual(
      await cdp.send('Extensions.loadUnpacked', { path: extDir }),
      { id: firstId },
      'reloaded under the same id',
    );
    const sw = await updated;
    assert.equal(await sw.evaluate(() => chrome.runtime.getManifest().version), manifest.version);
    // No message is sent: only onInstalled can have reseeded.
    const store = await seededStore(sw, DATASET.version + SUFFIX);
    t.diagnostic(
      `manifest ${oldVersion} → ${manifest.version}, dataset ${installed.meta.version} → ${store.meta.version}`,
    );
    assert.ok(store.meta.seededAt > installed.meta.seededAt, 'seeded again');
    assert.deepEqual(store.counts, { ...installed.counts, highlights: 1 });
    assert.deepEqual(store.highlights, [HIGHLIGHT], 'the highlight survives the reseeding');
    assert.deepEqual(
      await sw.evaluate(() => chrome.storage.local.get('e2e:setting')),
      SETTING,
      'the setting survives',
    );
    await close();
    afterUpdate = store;
  });

  it('the updated store survives another restart, and the new code answers from it', async () => {
    const { context, sw, extId } = await launch();
    assert.equal(extId, firstId);
    assert.deepEqual(await seededStore(sw, DATASET.version + SUFFIX), afterUpdate);
    // A request makes the running worker check the store against its bundle: stale code would seed the old version back.
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extId}/popup.html`);
    const reply = await page.evaluate(() =>
      chrome.runtime.sendMessage({ method: 'getCritiques', args: [['IV-04']] }),
    );
    assert.deepEqual(
      reply.value.paragraphs.map((p) => p.id),
      ['III.2', 'IV.2', 'IV.3', 'VIII.4'],
    );
    assert.deepEqual(await seededStore(sw, DATASET.version + SUFFIX), afterUpdate);
    assert.deepEqual(await sw.evaluate(() => chrome.storage.local.get('e2e:setting')), SETTING);
  });
});

// Firefox: the same store in the extension origin's IndexedDB (read from an extension page, which shares
// the event page's origin). A temporary add-on — the only kind a test can install — is removed when the
// browser closes (toolchain.md §5), so the two restart steps are Chromium-only; the install and the update
// run here, the update being a second installExtension of a variant build under the same gecko id.
describe('firefox: the store in the extension origin', () => {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'counterpoint-store-ff-'));
  let b = null;
  let installed = null;
  const seeded = (version) =>
    until(`dataset ${version} in the extension's IndexedDB`, async () => {
      const store = await b.bg(readStoreInWorker);
      return store?.meta?.version === version ? store : null;
    });

  after(async () => {
    await b?.close();
    rmSync(tmp, { recursive: true, force: true });
  });

  it('after install, IndexedDB holds the bundled dataset', async () => {
    b = await firefoxAdapter();
    installed = await seeded(DATASET.version);
    assert.deepEqual(installed.counts, {
      paragraphs: 70,
      passages: 109,
      chapters: DATASET.chapters.length,
      layers: DATASET.layers.length,
      quoteChecks: DATASET.quoteChecks.length,
      highlights: 0,
    });
    await b.bg(writeHighlightInWorker, HIGHLIGHT);
    await b.bg((s) => chrome.storage.local.set(s), SETTING);
  });

  it("an update reseeds on onInstalled ('update') and keeps the reader's highlight and settings; the new code answers from it", async (t) => {
    const variant = path.join(tmp, 'variant');
    execFileSync(process.execPath, ['scripts/build.mjs'], {
      env: {
        ...process.env,
        COUNTERPOINT_OUT: variant,
        COUNTERPOINT_DATASET_VERSION_SUFFIX: SUFFIX,
      },
      stdio: 'pipe',
    });
    const manifestPath = path.join(variant, 'firefox', 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    const oldVersion = manifest.version;
    manifest.version = bumpVersion(oldVersion);
    writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
    await b.installExtension(path.join(variant, 'firefox'));
    await until(
      'the new version running',
      async () => (await b.bg(() => chrome.runtime.getManifest().version)) === manifest.version,
    );
    const store = await seeded(DATASET.version + SUFFIX);
    t.diagnostic(
      `manifest ${oldVersion} → ${manifest.version}, dataset ${installed.meta.version} → ${store.meta.version}`,
    );
    assert.ok(store.meta.seededAt > installed.meta.seededAt, 'seeded again');
    assert.deepEqual(store.counts, { ...installed.counts, highlights: 1 });
    assert.deepEqual(store.highlights, [HIGHLIGHT], 'the highlight survives the reseeding');
    assert.deepEqual(
      await b.bg(() => chrome.storage.local.get('e2e:setting')),
      SETTING,
      'the setting survives',
    );
    const reply = await b.bg(() =>
      chrome.runtime.sendMessage({ method: 'getCritiques', args: [['IV-04']] }),
    );
    assert.deepEqual(
      reply.value.paragraphs.map((p) => p.id),
      ['III.2', 'IV.2', 'IV.3', 'VIII.4'],
    );
    assert.deepEqual(await seeded(DATASET.version + SUFFIX), store);
  });
});
