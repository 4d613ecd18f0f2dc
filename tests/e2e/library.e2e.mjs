// The library page in Chromium, end to end, on the real store in the service
// worker: highlights seeded from tests/fixtures/exchange/library-seed.json are
// listed newest first; search and filters narrow the list; a note is edited;
// a delete is undone; "Open" opens the page at a #:~:text= fragment; the
// JSON-LD export is downloaded and imported into a fresh profile (a second
// browser), where every record is compared field by field with the first.
// The extension is the plain build (dist/chrome): run `npm run build` first.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { launchChromium } from './browsers.mjs';
import { until } from './scenarios.mjs';
import { callFromPage, readHighlightsInWorker, SEED, seedHighlights } from '../fixtures/exchange/library-seed.mjs';

const FIELDS = ['id', 'url', 'title', 'quote', 'position', 'note', 'tags', 'created', 'updated', 'chapter', 'passage', 'status', 'checked'];
const byCreated = [...SEED].sort((a, b) => b.created - a.created).map((h) => h.id);
const short = (id) => id.slice(-2);

describe('chromium: the library page', () => {
  let first = null;
  let second = null;
  let page = null;
  let exported = null;
  let records = null;

  const cardIds = () => page.locator('.lib-card').evaluateAll((cards) => cards.map((c) => c.dataset.id));
  const card = (id) => page.locator(`.lib-card[data-id="${id}"]`);
  const stored = async (browser) => (await browser.sw.evaluate(readHighlightsInWorker));

  before(async () => {
    first = await launchChromium();
    page = await seedHighlights(first);
    await page.reload();
    await page.locator('.lib-card').first().waitFor();
  });
  after(async () => {
    await first?.context.close();
    await second?.context.close();
  });

  it('lists every highlight, newest first, uncertain and orphaned ones marked', async () => {
    await until('five cards', async () => (await cardIds()).length === 5);
    assert.deepEqual(await cardIds(), byCreated);
    assert.equal(await page.locator('#lib-count').textContent(), '5 highlights');
    assert.match(await card(SEED[1].id).locator('.lib-status').textContent(), /Uncertain/);
    assert.match(await card(SEED[4].id).locator('.lib-status').textContent(), /Not found/);
    // Layers of the review on the passage, from getOverlayData.
    await card(SEED[0].id).locator('.cp-chip[data-layer="theme:discipline-timing"]').waitFor();
  });

  it('searches quotes, notes and tags (accents aside) and filters', async () => {
    await page.getByRole('searchbox', { name: 'Search highlights' }).fill('KERENSKY');
    await until('one card', async () => (await cardIds()).length === 1);
    assert.deepEqual((await cardIds()).map(short), ['05']);
    await page.getByRole('searchbox', { name: 'Search highlights' }).fill('');
    await page.getByRole('combobox', { name: 'Layer' }).selectOption('theme:spontaneity');
    assert.deepEqual((await cardIds()).map(short), ['03']);
    await page.getByRole('combobox', { name: 'Layer' }).selectOption('');
    await page.getByRole('combobox', { name: 'Chapter' }).selectOption('-');
    assert.deepEqual((await cardIds()).map(short), ['04']);
    await page.getByRole('button', { name: 'Clear search and filters' }).click();
    assert.equal((await cardIds()).length, 5);
  });

  it('edits a note and tags, written to the store', async () => {
    const target = card(SEED[2].id);
    await target.getByRole('button', { name: 'Edit' }).click();
    await target.getByRole('textbox', { name: 'Note' }).fill('Edited in the **library**.');
    await target.getByRole('textbox', { name: 'Tags' }).fill('spontaneity, february');
    await target.getByRole('textbox', { name: 'Tags' }).press('Enter');
    await target.locator('.lib-note strong').waitFor();
    const saved = (await stored(first)).find((h) => h.id === SEED[2].id);
    assert.equal(saved.note, 'Edited in the **library**.');
    assert.deepEqual(saved.tags, ['spontaneity', 'february']);
    assert.ok(saved.updated > SEED[2].updated);
  });

  it('deletes, and undoes the delete from the toast', async () => {
    const before = (await stored(first)).find((h) => h.id === SEED[1].id);
    await card(SEED[1].id).getByRole('button', { name: 'Delete' }).click();
    await until('the card gone', async () => !(await cardIds()).includes(SEED[1].id));
    assert.equal((await stored(first)).some((h) => h.id === SEED[1].id), false, 'deleted from the store');
    const undo = page.getByRole('button', { name: 'Undo' });
    assert.equal(await undo.evaluate((b) => b === document.activeElement), true, 'the undo button has the focus');
    await page.keyboard.press('Enter');
    await until('the card back', async () => (await cardIds()).includes(SEED[1].id));
    assert.deepEqual((await stored(first)).find((h) => h.id === SEED[1].id), before, 'restored as it was');
    assert.deepEqual(await cardIds(), byCreated);
  });

  it('opens a highlight at its passage (a text fragment)', async () => {
    // Nothing serves https://www.marxists.org here and the tab ends on an error page, so the URL it was
    // opened at is read from the browser's target list (a page's own URL loses the :~: directive anyway).
    const cdp = await first.context.browser().newBrowserCDPSession();
    const targets = [];
    cdp.on('Target.targetCreated', (e) => targets.push(e.targetInfo.url));
    await cdp.send('Target.setDiscoverTargets', { discover: true });
    const opened = first.context.waitForEvent('page');
    await card(SEED[0].id).getByRole('button', { name: 'Open at the passage' }).click();
    const tab = await opened;
    const want = `${SEED[0].url}#:~:text=Lenin%20summons%20to%20insurrection`;
    await until('a tab at the text fragment', () => targets.includes(want));
    await cdp.detach();
    await tab.close();
  });

  it('exports JSON-LD as a download', async () => {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Web Annotation (JSON-LD)' }).click();
    const file = await download;
    assert.match(file.suggestedFilename(), /^counterpoint-highlights-\d{4}-\d\d-\d\d\.jsonld$/);
    exported = { name: file.suggestedFilename(), text: readFileSync(await file.path(), 'utf8') };
    const collection = JSON.parse(exported.text);
    assert.equal(collection['@context'], 'http://www.w3.org/ns/anno.jsonld');
    assert.equal(collection.first.items.length, 5);
    records = await stored(first);
    // The Markdown export too, as the background makes it.
    const md = await callFromPage(page, 'exportHighlights', 'markdown');
    assert.match(md.text, /^# Counterpoint highlights\n/);
    assert.match(md.text, /\*\*The review on this passage:\*\*/);
  });

  it('imports it into a fresh profile: every record identical, field by field', async () => {
    second = await launchChromium();
    const fresh = await second.context.newPage();
    await fresh.goto(`chrome-extension://${second.extId}/library.html`);
    await fresh.locator('#lib-count').filter({ hasText: '0 highlights' }).waitFor();
    await fresh.locator('#lib-import-file').setInputFiles({ name: exported.name, mimeType: 'application/ld+json', buffer: Buffer.from(exported.text) });
    await fresh.locator('.lib-report-ok').waitFor();
    assert.match(await fresh.locator('.lib-report-ok').textContent(), /5 added.*0 merged.*0 skipped/);
    await until('five cards', async () => (await fresh.locator('.lib-card').count()) === 5);
    const imported = await stored(second);
    assert.equal(imported.length, records.length);
    for (const want of records) {
      const got = imported.find((h) => h.id === want.id);
      assert.ok(got, `record ${want.id} imported`);
      for (const field of FIELDS) assert.deepEqual(got[field], want[field], `${want.id}: ${field}`);
      assert.deepEqual(Object.keys(got).sort(), Object.keys(want).sort(), `${want.id}: no field more or less`);
    }
    // Importing it again adds nothing.
    await fresh.locator('#lib-import-file').setInputFiles({ name: exported.name, mimeType: 'application/ld+json', buffer: Buffer.from(exported.text) });
    await until('the second report', async () => /0 added.*0 merged.*5 skipped/.test(await fresh.locator('.lib-report-ok').textContent()));
    assert.equal((await stored(second)).length, 5);
  });
});
