// Learning chapters, in Chromium and Firefox (tests/e2e/lib/adapters.mjs): a chapter page served as
// https://www.marxists.org/archive/trotsky/1930/hrr/ch05.htm (its text composed
// at run time: the chapter's opening from ../shared/reference and generated
// filler presented as that chapter) teaches the browser its chapter; a blog on
// another host quoting a run of that filler — in no curated passage — is then
// recognised with chapter and paragraph; "forget" removes it; with learning
// off nothing is stored; the same page on a site outside the list, or over
// plain http, teaches nothing. The pages come from a local https server with a
// self-signed certificate the test browsers accept (tests/fixtures/tls).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { importTs } from '../../scripts/lib/import-ts.mjs';
import { BROWSERS, adapterFor } from './lib/adapters.mjs';
import { TEST_HOST } from './lib/browsers.mjs';
import { servePages } from './lib/server.mjs';
import { until } from './lib/wait.mjs';

const BLOG = 'trotsky-notes.example';

async function fixture() {
  return (
    await importTs('tests/fixtures/learned-chapter.ts', { packages: 'external' })
  ).learnedChapterPage();
}

/** Runs in the service worker (Firefox: an extension page, same origin): the learned store's records. */
function learnedInWorker() {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open('counterpoint');
    req.onerror = () => reject(req.error);
    req.onsuccess = () => {
      const all = req.result.transaction('learned').objectStore('learned').getAll();
      all.onsuccess = () => {
        req.result.close();
        resolve(all.result);
      };
    };
  });
}

for (const browserName of BROWSERS) defineLearningScenarios(browserName);

function defineLearningScenarios(browserName) {
  describe(`${browserName}: learning chapters as the reader reads`, { timeout: 240_000 }, () => {
    let page, server, plain, b, tmp;

    before(async () => {
      page = await fixture();
      const blogHtml = `<!doctype html><html><head><title>Notes</title></head><body><h1>Reading notes</h1><p>This week I kept coming back to one stretch of the book.</p><blockquote><p>${page.run.text}</p></blockquote><p>More next week.</p></body></html>`;
      const pages = {
        [TEST_HOST + page.path]: page.html,
        [BLOG + page.path]: page.html,
        [`${BLOG}/notes.html`]: blogHtml,
      };
      [server, plain] = await Promise.all([servePages(pages, { tls: true }), servePages(pages)]);
      tmp = mkdtempSync(path.join(os.tmpdir(), 'counterpoint-learning-'));
      execFileSync(process.execPath, ['scripts/build.mjs'], {
        env: {
          ...process.env,
          COUNTERPOINT_OUT: tmp,
          COUNTERPOINT_TEST_HOST_PERMISSIONS: `*://${BLOG}/*`,
        },
        stdio: 'ignore',
      });
      b = await adapterFor(browserName)({
        extDir: path.join(tmp, browserName === 'chromium' ? 'chrome' : 'firefox'),
        hosts: [TEST_HOST, BLOG],
      });
      await b.bg(
        (host) => chrome.storage.local.set({ settings: { sites: { [host]: true } } }),
        BLOG,
      );
      await until(
        'the reader-site content script',
        async () => (await b.bg(() => chrome.scripting.getRegisteredContentScripts())).length === 1,
      );
    });

    after(async () => {
      await b?.close();
      await server?.close();
      await plain?.close();
      if (tmp) rmSync(tmp, { recursive: true, force: true });
    });

    const learned = () => b.bg(learnedInWorker);
    /** Empties the background's learning log (storage.session), so the next outcome is the visit's own. */
    const clearLearningLog = () => b.bg(() => chrome.storage.session.remove('learning:recent'));
    /** Waits for the background's logged outcome for `url` (src/background/learning-log.ts): { learned, reason }. */
    const outcomeFor = (url) =>
      until(`the learning outcome for ${url}`, async () =>
        (
          (await b.bg(() => chrome.storage.session.get('learning:recent')))['learning:recent'] ?? []
        ).find((o) => o.url === url),
      );
    const report = async (url) => (await b.reportFor(url)).report;
    async function visit(host, p, via = server) {
      const tab = await b.newPage();
      const url = via.url(host, p);
      await tab.goto(url);
      const r = await report(url);
      await tab.close();
      return r;
    }
    const call = async (method, ...args) => {
      const ext = await b.open(b.extUrl('popup.html'));
      const reply = await ext.evaluate((m) => chrome.runtime.sendMessage(m), { method, args });
      await ext.close();
      return reply;
    };
    const quoted = (r) => r.detections.filter((d) => d.paragraph !== undefined);

    it('the blog quote is not recognised before the chapter was read', async () => {
      assert.deepEqual(quoted(await visit(BLOG, '/notes.html')), []);
    });

    it('the same chapter page on a site outside the list teaches nothing', async () => {
      await clearLearningLog();
      await visit(BLOG, page.path);
      const outcome = await outcomeFor(server.url(BLOG, page.path));
      assert.deepEqual(outcome.learned, false);
      assert.equal(outcome.reason, `not a listed site (${BLOG})`);
      assert.deepEqual(await learned(), []);
    });

    it('the chapter page on marxists.org over plain http teaches nothing', async () => {
      await clearLearningLog();
      const r = await visit(TEST_HOST, page.path, plain);
      assert.equal(r.chapter, page.chapter, 'the page is recognised all the same');
      const outcome = await outcomeFor(plain.url(TEST_HOST, page.path));
      assert.equal(outcome.learned, false);
      assert.match(outcome.reason, /https pages only/);
      assert.deepEqual(await learned(), []);
    });

    it('reading the chapter on marxists.org (https) teaches it: numbers only', async () => {
      await clearLearningLog();
      await visit(TEST_HOST, page.path);
      assert.equal((await outcomeFor(server.url(TEST_HOST, page.path))).learned, true);
      const [record] = await until(
        'a learned chapter',
        async () => (await learned()).length === 1 && learned(),
      );
      assert.equal(record.chapter, page.chapter);
      for (const [key, value] of Object.entries(record)) {
        if (key !== 'chapter')
          assert.ok(
            typeof value === 'number' || /^[A-Za-z0-9+/=]+$/.test(value),
            `${key} holds only numbers`,
          );
      }
    });

    it('the blog quoting a run of the chapter is recognised with chapter and paragraph, and names the chapter', async () => {
      const r = await visit(BLOG, '/notes.html');
      assert.deepEqual(
        quoted(r).map((d) => [d.chapter, d.paragraph, d.passage]),
        [[page.chapter, page.run.paragraph, null]],
      );
      assert.equal(r.chapter, page.chapter);
    });

    it('forget removes it', async () => {
      assert.equal((await call('forgetLearned', page.chapter)).ok, true);
      assert.deepEqual(await learned(), []);
      assert.deepEqual(quoted(await visit(BLOG, '/notes.html')), []);
    });

    it('with learning off, reading the chapter stores nothing', async () => {
      await b.bg(() =>
        chrome.storage.local
          .get('settings')
          .then((s) => chrome.storage.local.set({ settings: { ...s.settings, learning: false } })),
      );
      await clearLearningLog();
      await visit(TEST_HOST, page.path);
      assert.deepEqual(await outcomeFor(server.url(TEST_HOST, page.path)), {
        url: server.url(TEST_HOST, page.path),
        learned: false,
        reason: 'learning is off',
      });
      assert.deepEqual(await learned(), []);
    });
  });
}
