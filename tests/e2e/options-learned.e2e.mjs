// The options page's learned chapters in Chromium, end to end: reading the
// learning fixture (tests/fixtures/learned-chapter.ts, served as
// www.marxists.org/archive/trotsky/1930/hrr/ch05.htm) teaches the browser
// ch05; the options page lists it with its title and words; Export downloads
// counterpoint-learned-YYYY-MM-DD.json; Forget all (after its confirmation)
// empties the list; importing the exported file through "Import…" lists it
// again; the switch turns learning off in the stored settings. The extension
// is the plain build (dist/chrome): run `npm run build` first. Screenshots of
// the section, light and dark, go to out/.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { build } from 'esbuild';
import { launchChromium, TEST_HOST } from './browsers.mjs';
import { until } from './scenarios.mjs';
import { servePages } from './server.mjs';

const DATASET = JSON.parse(readFileSync('src/data/dataset.json', 'utf8'));
const MESSAGES = JSON.parse(readFileSync('extension/_locales/en/messages.json', 'utf8'));
const OUT = 'out';
/** chrome.i18n.getMessage over the real messages.json. */
const msg = (key, subs = []) => MESSAGES[key].message.replace(/\$(\w+)\$/g, (_, name) =>
  (MESSAGES[key].placeholders?.[name.toLowerCase()]?.content ?? '').replace(/\$(\d)/g, (_x, i) => subs[Number(i) - 1] ?? ''));
const ROMAN = ['', 'I', 'II', 'III'];

async function fixture() {
  const r = await build({ entryPoints: [path.resolve('tests/fixtures/learned-chapter.ts')], bundle: true, platform: 'node', format: 'esm', packages: 'external', write: false, logLevel: 'error' });
  const m = await import(`data:text/javascript;base64,${Buffer.from(r.outputFiles[0].text).toString('base64')}`);
  return m.learnedChapterPage();
}

describe('chromium: the options page\'s learned chapters', { timeout: 180_000 }, () => {
  let page, server, browser, options, label;
  const errors = [];

  before(async () => {
    page = await fixture();
    server = await servePages({ [TEST_HOST + page.path]: page.html });
    browser = await launchChromium({ viewport: { width: 1200, height: 900 } });
    mkdirSync(OUT, { recursive: true });
    const record = DATASET.chapters.find((c) => c.id === page.chapter);
    label = msg('overlayChapterTitle', [ROMAN[record.volume], String(record.number), record.title]);
  });

  after(async () => {
    await browser?.context.close();
    await server?.close();
  });

  const sw = () => browser.sw;
  /** A background call from the options page, as the page makes it. */
  const call = (method, ...args) => options.evaluate(([m, a]) => chrome.runtime.sendMessage({ method: m, args: a }), [method, args])
    .then((reply) => { if (!reply.ok) throw new Error(reply.error); return reply.value; });
  const notice = () => options.locator('#opt-learned-notice').textContent();
  const row = () => options.locator(`#learned tr[data-chapter="${page.chapter}"]`);
  const settings = async () => (await sw().evaluate(() => chrome.storage.local.get('settings'))).settings ?? {};

  function watchErrors(p, name) {
    p.on('console', (m) => m.type() === 'error' && errors.push(`${name}: ${m.text()}`));
    p.on('pageerror', (e) => errors.push(`${name}: ${e.message}`));
  }

  async function shoot(name) {
    for (const colorScheme of ['light', 'dark']) {
      await options.emulateMedia({ colorScheme });
      await options.locator('#learned').screenshot({ path: path.join(OUT, `${name}-${colorScheme}.png`) });
    }
    await options.emulateMedia({ colorScheme: 'light' });
  }

  it('reading ch05 on marxists.org teaches it; the options page lists it with its title, words and paragraphs', async () => {
    const tab = await browser.context.newPage();
    watchErrors(tab, 'chapter');
    await tab.goto(server.url(TEST_HOST, page.path));

    options = await browser.context.newPage();
    watchErrors(options, 'options');
    await options.goto(`chrome-extension://${browser.extId}/options.html`);
    await options.getByRole('heading', { level: 2, name: msg('optionsLearnedTitle') }).waitFor();
    const [learned] = await until('ch05 learned', async () => {
      const list = await call('listLearned');
      return list.length === 1 && list;
    });
    assert.equal(learned.chapter, page.chapter);
    await tab.close();

    // The page was open before the chapter was learned: it lists it when seen again.
    await options.bringToFront();
    await options.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
    await row().waitFor();
    assert.equal(await row().getByRole('rowheader').textContent(), label);
    const cells = await row().getByRole('cell').allTextContents();
    assert.equal(Number(cells[0].replace(/\D/g, '')), learned.words, `words: ${cells[0]}`);
    assert.equal(Number(cells[1].replace(/\D/g, '')), learned.paragraphs, `paragraphs: ${cells[1]}`);
    assert.equal(await row().locator('time').getAttribute('datetime'), new Date(learned.learnedAt).toISOString());
    assert.equal(await options.getByRole('switch', { name: msg('optionsLearnedSwitch') }).isChecked(), true);
    await shoot('options-learned');
  });

  let exported;
  it('Export downloads counterpoint-learned-YYYY-MM-DD.json with the fingerprints', async () => {
    const [download] = await Promise.all([
      options.waitForEvent('download'),
      options.getByRole('button', { name: msg('optionsLearnedExport') }).click(),
    ]);
    const name = download.suggestedFilename();
    assert.match(name, /^counterpoint-learned-\d{4}-\d{2}-\d{2}\.json$/);
    exported = { name, file: await download.path() };
    const pack = JSON.parse(readFileSync(exported.file, 'utf8'));
    assert.equal(pack.format, 'counterpoint-learned');
    assert.deepEqual(pack.chapters.map((c) => c.chapter), [page.chapter]);
    assert.deepEqual(pack, await call('exportLearned'));
    await until('the export notice', async () => (await notice()) === msg('optionsLearnedExported', [name, '1']));
  });

  it('Forget all, after its confirmation, empties the list', async () => {
    await options.getByRole('button', { name: msg('optionsLearnedForgetAll') }).click();
    const confirm = options.getByRole('button', { name: msg('optionsLearnedForgetAllConfirm') });
    assert.equal(await confirm.evaluate((b) => b === document.activeElement), true, 'focus on the confirmation');
    await confirm.click();
    await until('the forget notice', async () => (await notice()) === msg('optionsLearnedForgottenAll'));
    assert.equal(await row().count(), 0);
    await options.getByText(msg('optionsLearnedEmpty')).waitFor();
    assert.deepEqual(await call('listLearned'), []);
  });

  it('importing the exported file through "Import…" lists the chapter again', async () => {
    const [chooser] = await Promise.all([
      options.waitForEvent('filechooser'),
      options.getByRole('button', { name: msg('optionsLearnedImport') }).click(),
    ]);
    await chooser.setFiles({ name: exported.name, mimeType: 'application/json', buffer: readFileSync(exported.file) });
    await until('the import notice', async () => (await notice()) === msg('optionsLearnedImported', [exported.name, '1']));
    await row().waitFor();
    assert.equal(await row().getByRole('rowheader').textContent(), label);
    assert.deepEqual((await call('listLearned')).map((c) => c.chapter), [page.chapter]);

    // Another kind of file is refused, says why, and changes nothing.
    const [again] = await Promise.all([
      options.waitForEvent('filechooser'),
      options.getByRole('button', { name: msg('optionsLearnedImport') }).click(),
    ]);
    await again.setFiles({ name: 'other.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"other"}') });
    await until('the refusal', async () => (await notice()).startsWith(msg('optionsLearnedImportRefused', ['other.json', ''])));
    assert.equal(await row().count(), 1);
  });

  it('the switch turns learning off: the setting is stored, and the page shows it after a reload', async () => {
    const sw_ = options.getByRole('switch', { name: msg('optionsLearnedSwitch') });
    await sw_.focus();
    await options.keyboard.press('Space');
    await until('learning off in the settings', async () => (await settings()).learning === false);
    await options.reload();
    await row().waitFor();
    assert.equal(await options.getByRole('switch', { name: msg('optionsLearnedSwitch') }).isChecked(), false);
  });

  it('no errors on either page', () => {
    assert.deepEqual(errors, []);
  });
});
