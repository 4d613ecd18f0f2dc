// Learning chapters, in Chromium and Firefox (tests/e2e/lib/adapters.mjs): a chapter page served as
// https://www.marxists.org/archive/trotsky/1930/hrr/ch05.htm (its text composed
// at run time: the chapter's opening from ../shared/reference and generated
// filler presented as that chapter) teaches the browser its chapter; a blog on
// another host quoting a run of that filler — in no curated passage — is then
// recognised with chapter and paragraph; "forget" removes it; with learning
// off nothing is stored; the same page on a site outside the list, or over
// plain http, teaches nothing. A whole-book PDF (a contents page, then ch06 and
// ch09 composed the same way, printed by Chromium) read in the viewer teaches
// both chapters by their headings, and a quote of ch09 is then recognised with
// the paragraph the PDF's layout gave. The pages come from a local https server
// with a self-signed certificate the test browsers accept (tests/fixtures/tls).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { importTs } from '../../scripts/lib/import-ts.mjs';
import { BROWSERS, adapterFor } from './lib/adapters.mjs';
import { TEST_HOST } from './lib/browsers.mjs';
import { bookHtml, printPdfs } from './lib/pdf-fixtures.mjs';
import { servePages } from './lib/server.mjs';
import { until } from './lib/wait.mjs';

const BLOG = 'trotsky-notes.example';

/** Chapters of the whole-book PDF: each a chapter page as the fixture composes it (heading, opening, filler). */
const BOOK_CHAPTERS = [
  ['ch06', 47],
  ['ch09', 53],
];
const BOOK_PATH = '/archive/trotsky/1930/hrr/hrr-volume-one.pdf';

async function fixture() {
  const { learnedChapterPage } = await importTs('tests/fixtures/learned-chapter.ts', {
    packages: 'external',
  });
  return {
    page: learnedChapterPage(),
    book: BOOK_CHAPTERS.map(([id, seed]) => learnedChapterPage(id, seed)),
  };
}

/** The book printed once for both browsers: a contents page listing every title, then each chapter from a new page. */
let bookPdf;
const printedBook = (chapters) =>
  (bookPdf ??= (() => {
    const contents = `<!doctype html><html><body><h1>Contents</h1>${chapters
      .map((c) => `<p>${c.title}</p>`)
      .join('')}</body></html>`;
    const html = bookHtml([{ html: contents }, ...chapters]);
    return printPdfs([{ html, title: 'The History of the Russian Revolution' }]).then(
      ([pdf]) => pdf,
    );
  })());

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
    let page, book, server, plain, b, tmp;

    before(async () => {
      ({ page, book } = await fixture());
      const bookQuote = book[1].run.text;
      const blogHtml = `<!doctype html><html><head><title>Notes</title></head><body><h1>Reading notes</h1><p>This week I kept coming back to one stretch of the book.</p><blockquote><p>${page.run.text}</p></blockquote><p>More next week.</p></body></html>`;
      const pages = {
        [TEST_HOST + page.path]: page.html,
        [BLOG + page.path]: page.html,
        [`${BLOG}/notes.html`]: blogHtml,
        [`${BLOG}/book-notes.html`]: blogHtml.replace(page.run.text, bookQuote),
        [TEST_HOST + BOOK_PATH]: {
          html: await printedBook(book),
          headers: { 'content-type': 'application/pdf' },
        },
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

    it('a whole-book PDF on marxists.org (https) teaches every chapter its headings name', async () => {
      await clearLearningLog();
      const pdfUrl = server.url(TEST_HOST, BOOK_PATH);
      // A link followed from a page (the redirect replaces the navigation: no load event to wait for).
      const tab = await b.open(server.url(BLOG, '/notes.html'));
      await tab.evaluate((url) => (location.href = url), pdfUrl);
      await until('the viewer', async () =>
        (await tab.evaluate(() => location.href).catch(() => '')).startsWith(b.extUrl('pdf.html')),
      );
      const outcome = await outcomeFor(pdfUrl);
      assert.deepEqual(
        outcome.chapters,
        book.map((c) => ({ chapter: c.chapter, learned: true, reason: 'learned' })),
      );
      await until('the viewer telling what the PDF taught', async () =>
        /learned from this PDF: 2\b/.test(
          await tab.evaluate(() => document.querySelector('.cp-progress')?.textContent ?? ''),
        ),
      );
      await tab.close();
      const stored = await learned();
      assert.deepEqual(stored.map((r) => r.chapter).sort(), book.map((c) => c.chapter).sort());
      const r = await visit(BLOG, '/book-notes.html');
      assert.deepEqual(
        quoted(r).map((d) => [d.chapter, d.paragraph, d.passage]),
        [[book[1].chapter, book[1].run.paragraph, null]],
        'the quote is recognised with the chapter and paragraph its heading and layout gave',
      );
      assert.equal((await call('forgetLearned', null)).ok, true);
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
