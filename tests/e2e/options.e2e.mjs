// The options page in Chromium and Firefox (tests/e2e/lib/adapters.mjs), end to end, beside an open chapter tab:
// - a threshold change (minimum words) previews on the open page, is written
//   to the settings, and the chapter tab re-scans without a reload;
// - a broken pack is refused with its reason and changes nothing; importing
//   the small test pack (tests/fixtures/packs) adds its layer, and the
//   chapter tab's card for VII-01 shows the pack's paragraph;
// - resetting to the bundled dataset (after its confirmation) removes the
//   pack and keeps the reader's highlight.
//
// The chapter is the demo ch26 page (scripts/lib/demo-chapter.ts) with one
// word of VII-01 replaced, so VII-01 is matched nearly whole (26 of 27 words)
// rather than whole: a whole passage is accepted at any minimum, a near-whole
// one only when its matched words reach the minimum. The extension is the
// plain build (dist/chrome, dist/firefox): run `npm run build` first. Screenshots of the
// page, light and dark, go to out/ (Chromium; Firefox: light, out/options-firefox-*).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { BROWSERS, adapterFor } from './lib/adapters.mjs';
import { SHOTS_DIR } from './lib/shots.mjs';
import { TEST_HOST } from './lib/browsers.mjs';
import { cardInPage, registeredInPage, pageThroughCard } from './lib/overlay-page.mjs';
import { loadDemoModule } from './lib/demo-pages.mjs';
import { until } from './lib/wait.mjs';
import { servePages } from './lib/server.mjs';

const DATASET = JSON.parse(readFileSync('src/data/dataset.json', 'utf8'));
const MESSAGES = JSON.parse(readFileSync('extension/_locales/en/messages.json', 'utf8'));
const PACK_FILE = path.resolve('tests/fixtures/packs/small-pack.json');
const PACK = JSON.parse(readFileSync(PACK_FILE, 'utf8'));
/** chrome.i18n.getMessage over the real messages.json. */
const msg = (key, subs = []) =>
  MESSAGES[key].message.replace(/\$(\w+)\$/g, (_, name) =>
    (MESSAGES[key].placeholders?.[name.toLowerCase()]?.content ?? '').replace(
      /\$(\d)/g,
      (_x, i) => subs[Number(i) - 1] ?? '',
    ),
  );

const SHORTENED = 'VII-01';
/** Above VII-01's matched words (26 of 27), below every other planted passage's length (all matched whole). */
const MIN_WORDS = 30;
const HIGHLIGHT = {
  id: 'e2e-options-h1',
  url: 'https://www.marxists.org/archive/trotsky/1930/hrr/ch26.htm',
  chapter: 'ch26',
  passage: null,
  created: 1,
};

/** The demo chapter with one word of `id` replaced (a word that occurs once on the page, inside the passage's text). */
function withOneWordChanged(demo, id) {
  const text = demo.passages.find((p) => p.id === id).text;
  const words = text.match(/\p{L}{6,}/gu);
  const once = (w) =>
    (demo.html.match(new RegExp(`(?<!\\p{L})${w}(?!\\p{L})`, 'gu')) ?? []).length === 1;
  const word = words.slice(2, -2).find(once);
  assert.ok(word, `a word of ${id} that occurs once on the page`);
  return demo.html.replace(new RegExp(`(?<!\\p{L})${word}(?!\\p{L})`, 'u'), 'zqxwv');
}

/** Runs in the service worker: writes one record into the reader's highlights store. */
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

/** Runs in the service worker: every record of the highlights store. */
function readHighlightsInWorker() {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open('counterpoint');
    req.onsuccess = () => {
      const db = req.result;
      const get = db.transaction('highlights').objectStore('highlights').getAll();
      get.onsuccess = () => {
        db.close();
        resolve(get.result);
      };
      get.onerror = () => reject(get.error);
    };
    req.onerror = () => reject(req.error);
  });
}

for (const browserName of BROWSERS) defineOptionsScenarios(browserName);

function defineOptionsScenarios(browserName) {
  describe(`${browserName}: the options page`, { timeout: 300_000 }, () => {
    let server, b, chapter, options, demo, html;
    const errors = [];

    before(async () => {
      demo = (await loadDemoModule()).demoChapter('ch26');
      html = withOneWordChanged(demo, SHORTENED);
      server = await servePages({ [demo.path]: html });
      b = await adapterFor(browserName)({ viewport: { width: 1200, height: 900 } });
    });

    after(async () => {
      await b?.close();
      await server?.close();
    });

    const chapterUrl = () => server.url(TEST_HOST, demo.path);
    const report = () =>
      until("the chapter tab's report", async () => {
        const all = await b.sessionStorage();
        return Object.entries(all).find(
          ([k, v]) => k.startsWith('report:') && v?.url === chapterUrl(),
        )?.[1];
      });
    const chapterTabId = async () => {
      const all = await b.sessionStorage();
      return Number(
        Object.entries(all)
          .find(([k, v]) => k.startsWith('report:') && v?.url === chapterUrl())[0]
          .slice(7),
      );
    };
    const passagesOf = (r) => r.detections.filter((d) => d.passage !== null).map((d) => d.passage);
    /** A background call from the options page, as the page makes it. */
    const call = (method, ...args) =>
      options
        .evaluate(([m, a]) => chrome.runtime.sendMessage({ method: m, args: a }), [method, args])
        .then((reply) => {
          if (!reply.ok) throw new Error(reply.error);
          return reply.value;
        });
    /** Whether a live region of the page says `text`. */
    const says = (page, text) =>
      page.evaluate(
        (t) =>
          [...document.querySelectorAll('[role="status"]')].some((s) => s.textContent.includes(t)),
        text,
      );

    /** The whole page and its first screen, from the top, in one colour scheme (Firefox: light only, cannot emulate over BiDi). */
    async function shoot(colorScheme, name) {
      if (!(await b.colorScheme(options, colorScheme)) && colorScheme !== 'light') return;
      const file = browserName === 'chromium' ? name : `${name}-${browserName}`;
      await options.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
      await b.screenshot(options, {
        path: path.join(SHOTS_DIR, `${file}-${colorScheme}.png`),
        fullPage: true,
      });
      await b.screenshot(options, { path: path.join(SHOTS_DIR, `${file}-${colorScheme}-top.png`) });
    }

    const watchErrors = (page, name) => b.watchErrors(page, name, errors);
    const role = (r, name, opts) => b.byRole(options, r, name, opts);

    it('setup: the chapter tab shows every planted passage, VII-01 nearly whole; a highlight of the reader is stored', async () => {
      chapter = await b.newPage();
      watchErrors(chapter, 'chapter');
      await chapter.goto(chapterUrl());
      const r = await report();
      assert.deepEqual(passagesOf(r), demo.expectedPassageIds);
      assert.ok(passagesOf(r).includes(SHORTENED));
      await until(
        'highlights',
        async () =>
          (await chapter.evaluate(registeredInPage))['counterpoint-passage'] ===
          demo.expectedPassageIds.length,
      );
      await chapter.evaluate(() => {
        window.__notReloaded = true;
      });
      await b.bg(writeHighlightInWorker, HIGHLIGHT);

      options = await b.newPage();
      watchErrors(options, 'options');
      await b.goto(options, b.extUrl('options.html'));
      const h1 = await role('heading', msg('optionsTitle'));
      assert.equal(await options.evaluate((sel) => document.querySelector(sel).tagName, h1), 'H1');
    });

    it('the page lists the built-in sites and the commands, and previews on the open chapter', async () => {
      for (const host of ['marxists.org', 'marxists.info', 'marxist.com', 'connexions.org']) {
        const sw = await role('switch', host, { exact: true });
        assert.equal(
          await options.evaluate((sel) => {
            const el = document.querySelector(sel);
            return el.getAttribute('aria-checked') === 'true' || el.checked === true;
          }, sw),
          true,
          `${host} on by default`,
        );
      }
      const keys = await options.evaluate(() =>
        [...document.querySelectorAll('.opt-shortcuts kbd')].map((k) => k.textContent),
      );
      assert.ok(keys.includes('Alt+Shift+J'), `shortcut keys listed: ${keys}`);
      const title = (await report()).title;
      const expected = msg('optionsPreviewSame', [title, String(demo.expectedPassageIds.length)]);
      await until(`the preview “${expected}”`, async () => says(options, expected));
    });

    it('a higher minimum of words previews first, then re-scans the open chapter without a reload', async () => {
      const field = await role('spinbutton', msg('optionsMinWordsExact'));
      await options.bringToFront();
      await b.fill(options, field, String(MIN_WORDS));
      await options.keyboard.press('Tab');
      const title = (await report()).title;
      const expected = msg('optionsPreviewChange', [
        title,
        String(demo.expectedPassageIds.length),
        String(demo.expectedPassageIds.length - 1),
      ]);
      await until(`the preview “${expected}”`, async () => says(options, expected), 5000, 50);
      await until(
        'minWords in the settings',
        async () =>
          (await b.bg(() => chrome.storage.local.get('settings'))).settings?.minWords === MIN_WORDS,
      );

      await chapter.bringToFront();
      const rescanned = await until('the re-scanned report', async () => {
        const r = await report();
        return passagesOf(r).length === demo.expectedPassageIds.length - 1 ? r : null;
      });
      assert.deepEqual(
        passagesOf(rescanned),
        demo.expectedPassageIds.filter((id) => id !== SHORTENED),
      );
      await until(
        'one highlight fewer',
        async () =>
          (await chapter.evaluate(registeredInPage))['counterpoint-passage'] ===
          demo.expectedPassageIds.length - 1,
      );
      assert.equal(
        await chapter.evaluate(() => window.__notReloaded),
        true,
        'the chapter tab was not reloaded',
      );
      const saved = msg('optionsPreviewSame', [title, String(demo.expectedPassageIds.length - 1)]);
      await until(`the preview, once saved: “${saved}”`, () => says(options, saved));

      // And back: the defaults bring VII-01 back.
      await options.bringToFront();
      await options.click(await role('button', msg('optionsDetectionReset')));
      await chapter.bringToFront();
      await until('VII-01 back', async () => passagesOf(await report()).includes(SHORTENED));
      await until(
        'every highlight back',
        async () =>
          (await chapter.evaluate(registeredInPage))['counterpoint-passage'] ===
          demo.expectedPassageIds.length,
      );
      const back = msg('optionsPreviewSame', [title, String(demo.expectedPassageIds.length)]);
      await until(`the preview “${back}”`, () => says(options, back));
    });

    it("importing the small pack adds its layer; the chapter's card for VII-01 shows the pack paragraph", async () => {
      await options.bringToFront();
      // A pack naming a passage that does not exist is refused whole, and says why.
      const broken = {
        ...PACK,
        paragraphs: [{ ...PACK.paragraphs[0], passages: ['NO-SUCH-PASSAGE'] }, PACK.paragraphs[1]],
      };
      await b.upload(options, '#opt-pack-file', {
        name: 'broken-pack.json',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify(broken)),
      });
      await until('the refusal', () => says(options, 'broken-pack.json was not imported'));
      assert.ok(
        await says(options, 'no passage NO-SUCH-PASSAGE'),
        'the refusal names what is wrong',
      );
      assert.deepEqual(await call('listPacks'), [], 'a refused pack changes nothing');

      await until('the file field enabled again', () =>
        options.evaluate(() => !document.querySelector('#opt-pack-file').disabled),
      );
      await b.upload(options, '#opt-pack-file', PACK_FILE);
      const layer = PACK.layers[0];
      const done = msg('optionsImportDone', [
        PACK.name,
        layer.name,
        String(PACK.paragraphs.length),
      ]);
      await until(`“${done}”`, async () => says(options, done));
      const count = (sel) => options.evaluate((x) => document.querySelectorAll(x).length, sel);
      assert.equal(await count(`[data-pack="${PACK.id}"]`), 1, 'the pack is listed');
      assert.equal(await count(`tr[data-layer="${layer.id}"]`), 1, 'its layer gets a colour row');
      const layers = await call('getLayers');
      assert.ok(
        layers.some((l) => l.id === layer.id && l.pack === PACK.id),
        'getLayers includes the pack layer',
      );

      // The chapter tab reloads its critique (dataset signal); VII-01's card pages through to the pack paragraph.
      await shoot('light', 'options-pack');
      await chapter.bringToFront();
      const note = PACK.paragraphs.find((p) => p.passages.includes(SHORTENED)).text;
      const tabId = await chapterTabId();
      const index = (await report()).detections.findIndex((d) => d.passage === SHORTENED);
      const next = msg('overlayNextSection');
      let seen = [];
      await until(
        `the card of ${SHORTENED} with the pack paragraph`,
        async () => {
          await b.bg(
            ([t, i]) => chrome.tabs.sendMessage(t, { command: 'open-passage', index: i }),
            [tabId, index],
          );
          seen = [];
          return pageThroughCard(chapter, next, async () => {
            const card = await chapter.evaluate(cardInPage);
            if (card?.text.includes(note)) return true;
            seen.push(card?.text.slice(0, 50) ?? null);
            return null;
          });
        },
        15000,
        300,
      ).catch((e) => {
        throw new Error(`${e.message}; the card showed ${JSON.stringify(seen)}`);
      });
    });

    it("reset to the bundled dataset, after its confirmation, removes the pack and keeps the reader's highlight", async () => {
      await options.bringToFront();
      await options.click(await role('button', msg('optionsReset'), { exact: true }));
      const confirm = await role('button', msg('optionsResetConfirm'), { exact: true });
      assert.equal(
        await options.evaluate(
          (sel) => document.querySelector(sel) === document.activeElement,
          confirm,
        ),
        true,
        'focus on the confirmation',
      );
      await options.click(confirm);
      const done = msg('optionsResetDone', [DATASET.version]);
      await until(`“${done}”`, async () => says(options, done));
      assert.equal(
        await options.evaluate(
          (x) => document.querySelectorAll(x).length,
          `[data-pack="${PACK.id}"]`,
        ),
        0,
      );
      const layers = await call('getLayers');
      assert.deepEqual(
        layers.map((l) => l.id).sort(),
        DATASET.layers.map((l) => l.id).sort(),
        'the bundled layers, and no pack layer',
      );
      assert.deepEqual(await call('listPacks'), []);
      assert.deepEqual(
        await b.bg(readHighlightsInWorker),
        [HIGHLIGHT],
        "the reader's highlight is kept",
      );
    });

    it('screenshots, light and dark', async () => {
      await options.bringToFront();
      for (const colorScheme of ['light', 'dark']) await shoot(colorScheme, 'options');
      await b.colorScheme(options, 'light');
    });

    it('no errors on either page', () => {
      assert.deepEqual(errors, []);
    });
  });
}
