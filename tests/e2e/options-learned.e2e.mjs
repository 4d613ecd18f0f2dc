// The options page's learned chapters, in Chromium and Firefox (tests/e2e/lib/adapters.mjs), end to end: reading the
// learning fixture (tests/fixtures/learned-chapter.ts, served as
// https://www.marxists.org/archive/trotsky/1930/hrr/ch05.htm) teaches the browser
// ch05; the options page lists it with its title and words; Export downloads
// counterpoint-learned-YYYY-MM-DD.json; Forget all (after its confirmation)
// empties the list; importing the exported file through "Import…" lists it
// again; the switch turns learning off in the stored settings. The extension
// is the plain build (dist/): run `npm run build` first. Screenshots of
// the section, light and dark, go to out/ (Chromium; Firefox: light, options-learned-firefox-light.png).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { importTs } from '../../scripts/lib/import-ts.mjs';
import { BROWSERS, adapterFor } from './lib/adapters.mjs';
import { SHOTS_DIR } from './lib/shots.mjs';
import { TEST_HOST } from './lib/browsers.mjs';
import { until } from './lib/wait.mjs';
import { servePages } from './lib/server.mjs';

const DATASET = JSON.parse(readFileSync('src/data/dataset.json', 'utf8'));
const MESSAGES = JSON.parse(readFileSync('extension/_locales/en/messages.json', 'utf8'));
/** chrome.i18n.getMessage over the real messages.json. */
const msg = (key, subs = []) =>
  MESSAGES[key].message.replace(/\$(\w+)\$/g, (_, name) =>
    (MESSAGES[key].placeholders?.[name.toLowerCase()]?.content ?? '').replace(
      /\$(\d)/g,
      (_x, i) => subs[Number(i) - 1] ?? '',
    ),
  );
const ROMAN = ['', 'I', 'II', 'III'];

async function fixture() {
  return (
    await importTs('tests/fixtures/learned-chapter.ts', { packages: 'external' })
  ).learnedChapterPage();
}

for (const browserName of BROWSERS) defineLearnedOptionsScenarios(browserName);

function defineLearnedOptionsScenarios(browserName) {
  describe(`${browserName}: the options page's learned chapters`, { timeout: 240_000 }, () => {
    let page, server, b, options, label;
    const errors = [];

    before(async () => {
      page = await fixture();
      server = await servePages({ [TEST_HOST + page.path]: page.html }, { tls: true }); // learning reads https pages only
      b = await adapterFor(browserName)({ viewport: { width: 1200, height: 900 } });
      const record = DATASET.chapters.find((c) => c.id === page.chapter);
      label = [
        msg('overlayVolume', [ROMAN[record.volume]]),
        msg('overlayChapterNumber', [String(record.number)]),
        record.title,
      ].join(' · ');
    });

    after(async () => {
      await b?.close();
      await server?.close();
    });

    /** A background call from the options page, as the page makes it. */
    const call = (method, ...args) =>
      options
        .evaluate(([m, a]) => chrome.runtime.sendMessage({ method: m, args: a }), [method, args])
        .then((reply) => {
          if (!reply.ok) throw new Error(reply.error);
          return reply.value;
        });
    const notice = () =>
      options.evaluate(() => document.querySelector('#opt-learned-notice')?.textContent ?? null);
    /** The chapter's row as the reader reads it: its header, its cells and its date; null while absent. */
    const row = () =>
      options.evaluate((chapter) => {
        const tr = document.querySelector(`#learned tr[data-chapter="${chapter}"]`);
        return (
          tr && {
            header: tr.querySelector('th, [role="rowheader"]')?.textContent ?? null,
            cells: [...tr.querySelectorAll('td, [role="cell"]')].map((c) => c.textContent),
            datetime: tr.querySelector('time')?.getAttribute('datetime') ?? null,
          }
        );
      }, page.chapter);
    const settings = async () =>
      (await b.bg(() => chrome.storage.local.get('settings'))).settings ?? {};
    const watchErrors = (p, name) => b.watchErrors(p, name, errors);
    const learningSwitch = () => b.byRole(options, 'switch', msg('optionsLearnedSwitch'));
    const isChecked = (sel) =>
      options.evaluate((s) => {
        const el = document.querySelector(s);
        return el.getAttribute('aria-checked') === 'true' || el.checked === true;
      }, sel);
    /** "Import…" opens the hidden file field. Chromium: through the file chooser it opens; Firefox: the field itself (puppeteer over BiDi). */
    async function importFile(file) {
      if (browserName === 'chromium') {
        const [chooser] = await Promise.all([
          options.waitForEvent('filechooser'),
          options.click(await b.byRole(options, 'button', msg('optionsLearnedImport'))),
        ]);
        await chooser.setFiles(file);
      } else {
        await b.upload(options, '#opt-learned-file', file);
      }
    }

    async function shoot(name) {
      for (const colorScheme of ['light', 'dark']) {
        if (!(await b.colorScheme(options, colorScheme))) {
          if (colorScheme === 'light')
            await (
              await options.$('#learned')
            ).screenshot({ path: path.join(SHOTS_DIR, `${name}-${browserName}-light.png`) });
          continue;
        }
        await (
          await options.$('#learned')
        ).screenshot({ path: path.join(SHOTS_DIR, `${name}-${colorScheme}.png`) });
      }
      await b.colorScheme(options, 'light');
    }

    it('reading ch05 on marxists.org teaches it; the options page lists it with its title, words and paragraphs', async () => {
      const tab = await b.newPage();
      watchErrors(tab, 'chapter');
      await tab.goto(server.url(TEST_HOST, page.path));

      options = await b.newPage();
      watchErrors(options, 'options');
      await b.goto(options, b.extUrl('options.html'));
      await b.byRole(options, 'heading', msg('optionsLearnedTitle'));
      const [learned] = await until('ch05 learned', async () => {
        const list = await call('listLearned');
        return list.length === 1 && list;
      });
      assert.equal(learned.chapter, page.chapter);
      await tab.close();

      // The page was open before the chapter was learned: it lists it when seen again.
      await options.bringToFront();
      await options.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
      const shown = await until("the chapter's row", row);
      assert.equal(shown.header, label);
      const { cells } = shown;
      assert.equal(Number(cells[0].replace(/\D/g, '')), learned.words, `words: ${cells[0]}`);
      assert.equal(
        Number(cells[1].replace(/\D/g, '')),
        learned.paragraphs,
        `paragraphs: ${cells[1]}`,
      );
      assert.equal(shown.datetime, new Date(learned.learnedAt).toISOString());
      assert.equal(await isChecked(await learningSwitch()), true);
      await shoot('options-learned');
    });

    let exported;
    it('Export downloads counterpoint-learned-YYYY-MM-DD.json with the fingerprints', async () => {
      const button = await b.byRole(options, 'button', msg('optionsLearnedExport'));
      const download = await b.download(options, () => options.click(button));
      const { name } = download;
      assert.match(name, /^counterpoint-learned-\d{4}-\d{2}-\d{2}\.json$/);
      exported = { name, text: download.text };
      const pack = JSON.parse(exported.text);
      assert.equal(pack.format, 'counterpoint-learned');
      assert.deepEqual(
        pack.chapters.map((c) => c.chapter),
        [page.chapter],
      );
      assert.deepEqual(pack, await call('exportLearned'));
      await until(
        'the export notice',
        async () => (await notice()) === msg('optionsLearnedExported', [name, '1']),
      );
    });

    it('Forget all, after its confirmation, empties the list', async () => {
      await options.click(
        await b.byRole(options, 'button', msg('optionsLearnedForgetAll'), { exact: true }),
      );
      const confirm = await b.byRole(options, 'button', msg('optionsLearnedForgetAllConfirm'), {
        exact: true,
      });
      assert.equal(
        await options.evaluate(
          (s) => document.querySelector(s) === document.activeElement,
          confirm,
        ),
        true,
        'focus on the confirmation',
      );
      await options.click(confirm);
      await until(
        'the forget notice',
        async () => (await notice()) === msg('optionsLearnedForgottenAll'),
      );
      assert.equal(await row(), null);
      await until('the empty list', async () =>
        (await b.text(options)).includes(msg('optionsLearnedEmpty')),
      );
      assert.deepEqual(await call('listLearned'), []);
    });

    it('importing the exported file through "Import…" lists the chapter again', async () => {
      await importFile({
        name: exported.name,
        mimeType: 'application/json',
        buffer: Buffer.from(exported.text),
      });
      await until(
        'the import notice',
        async () => (await notice()) === msg('optionsLearnedImported', [exported.name, '1']),
      );
      assert.equal((await until("the chapter's row", row)).header, label);
      assert.deepEqual(
        (await call('listLearned')).map((c) => c.chapter),
        [page.chapter],
      );

      // Another kind of file is refused, says why, and changes nothing.
      await importFile({
        name: 'other.json',
        mimeType: 'application/json',
        buffer: Buffer.from('{"format":"other"}'),
      });
      await until('the refusal', async () =>
        (await notice()).startsWith(msg('optionsLearnedImportRefused', ['other.json', ''])),
      );
      assert.ok(await row(), 'the chapter is still listed');
    });

    it('the switch turns learning off: the setting is stored, and the page shows it after a reload', async () => {
      await options.bringToFront(); // keyboard focus needs the focused window (Firefox: one window per page)
      await options.focus(await learningSwitch());
      await options.keyboard.press(' '); // the space bar (puppeteer over BiDi knows no "Space" key name)
      await until(
        'learning off in the settings',
        async () => (await settings()).learning === false,
      );
      await b.goto(options, b.extUrl('options.html')); // a reload (Firefox: page.reload() does not resolve on moz-extension://)
      await until("the chapter's row", row);
      assert.equal(await isChecked(await learningSwitch()), false);
    });

    it('no errors on either page', () => {
      assert.deepEqual(errors, []);
    });
  });
}
