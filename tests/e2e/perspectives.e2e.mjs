// Perspectives of one's own (issue 18), in Chromium and Firefox: words of the
// History that no bundled passage holds (the body of ch26's opening, from
// ../shared/reference) are selected on the demo chapter page, and the save
// editor's "Add to a perspective" makes a perspective with a paragraph on them;
// another page quoting the same words shows the perspective's layer and its
// card the paragraph, named as the perspective's. The perspective is exported,
// imported through the options page into a fresh profile, and shown there.
// Then a pack built by `npm run pack:build` from a Markdown source (a quote of
// ch27's opening, composed at run time) is imported the same way, and a page
// quoting those words shows its paragraph. Neither file holds a run of the
// quoted words: fingerprints only.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { importTs } from '../../scripts/lib/import-ts.mjs';
import { BROWSERS, adapterFor } from './lib/adapters.mjs';
import { TEST_HOST } from './lib/browsers.mjs';
import { editorFrame, editorOpen, pressSaveInEditor, typeInEditor } from './lib/editor-frame.mjs';
import { countInOverlay } from './lib/highlight-page.mjs';
import { cardInPage } from './lib/overlay-page.mjs';
import { loadOverlayFixtures } from './lib/overlay-fixtures.mjs';
import { servePages } from './lib/server.mjs';
import { shot } from './lib/shots.mjs';
import { until } from './lib/wait.mjs';

const NOTES_PATH = '/archive/notes/tuesday.htm';
const CLI_NOTES_PATH = '/archive/notes/thursday.htm';
const PERSPECTIVE = { name: 'Tuesday notes', author: 'The Tuesday reading group' };
const PARAGRAPH = 'The crowd here is no chorus: the book gives it the first word.';
const SECOND_PARAGRAPH = 'On a second reading, the chorus is the point.';
const CLI_PARAGRAPH = 'Read against the review, this opening already argues its case.';

const squash = (s) => s.replace(/\s+/g, ' ').trim();
/** A highlight ends at the last word the engine matched: the quote's closing punctuation is not in it. */
const words = (s) => squash(s).replace(/[\p{P}]+$/u, '');
/** Words `from`..`to` of a chapter's opening, as the reference prints them. */
const openingWords = (openings, chapter, from, to) =>
  squash(openings.find((o) => o.chapter === chapter).text)
    .split(' ')
    .slice(from, to)
    .join(' ');

/** Lower-cased words: a run of 4 of a quote's found in a file would be its text. */
function hasRunOf(file, quote, run = 4) {
  const words = (s) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const hay = ` ${words(file).join(' ')} `;
  const q = words(quote);
  return q.some(
    (_, i) => i + run <= q.length && hay.includes(` ${q.slice(i, i + run).join(' ')} `),
  );
}

const quotingPage = (quote) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Reading notes</title></head><body><h1>Reading notes</h1><p>We stopped at this, from the History:</p><blockquote><p>${quote}</p></blockquote><p>More next week.</p></body></html>`;

/** In the page: selects the words of `quote` in the one text node that holds them. */
function selectQuoteInPage(quote) {
  const squashed = (s) => s.replace(/\s+/g, ' ');
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const at = squashed(n.data).indexOf(quote);
    if (at < 0) continue;
    getSelection().setBaseAndExtent(n, at, n, at + quote.length);
    return getSelection().toString();
  }
  return null;
}

/** In the page: the text of each range of the highlight registered under `name`. */
const highlightTexts = (name) => [...(CSS.highlights.get(name) ?? [])].map((r) => r.toString());

/** In the editor frame: opens "Add to a perspective", as the reader's click would; whether it shows. */
const openPerspectivePart = () => {
  const button = document.querySelector('.cp-disclosure');
  if (button.getAttribute('aria-expanded') !== 'true') button.click();
  return new Promise((resolve) =>
    requestAnimationFrame(() => resolve(!!document.querySelector('.cp-perspective-body'))),
  );
};

/** In an extension page: a call to the background, its value (the contract's reply is { ok, value }). */
async function callInPage([method, args]) {
  const reply = await chrome.runtime.sendMessage({ method, args });
  if (!reply?.ok) throw new Error(`${method}: ${JSON.stringify(reply)}`);
  return reply.value;
}

let fx, quote, cliQuote, tmp, server;
before(async () => {
  fx = await loadOverlayFixtures();
  const { readOpenings } = await importTs('scripts/lib/reference.ts', { packages: 'external' });
  const openings = readOpenings();
  quote = openingWords(openings, 'ch26', 20, 60);
  cliQuote = openingWords(openings, 'ch27', 10, 50);
  tmp = mkdtempSync(path.join(os.tmpdir(), 'counterpoint-perspectives-'));
  server = await servePages({
    [fx.chapter.path]: fx.chapter.html,
    [NOTES_PATH]: quotingPage(quote),
    [CLI_NOTES_PATH]: quotingPage(cliQuote),
  });
});
after(async () => {
  await server?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

/** A screenshot of the overlay's element `selector` with a margin, for a person to look at. */
async function shotOf(page, selector, name) {
  const rect = await page.evaluate((sel) => {
    const r = document.querySelector('counterpoint-overlay').shadowRoot.querySelector(sel);
    r.scrollIntoView({ block: 'start', behavior: 'instant' });
    const b = r.getBoundingClientRect();
    return { x: b.x, y: b.y, width: b.width, height: b.height };
  }, selector);
  const m = 12;
  await page.screenshot({
    path: shot(name),
    clip: {
      x: Math.max(0, rect.x - m),
      y: Math.max(0, rect.y - m),
      width: rect.width + 2 * m,
      height: rect.height + 2 * m,
    },
  });
}

for (const browserName of BROWSERS) definePerspectiveScenarios(browserName);

function definePerspectiveScenarios(browserName) {
  describe(`${browserName}: perspectives of one's own`, { timeout: 300_000 }, () => {
    let b, fresh, exported;
    const errors = [];

    before(async () => {
      b = await adapterFor(browserName)({ viewport: { width: 1280, height: 900 } });
    });
    after(async () => {
      await b?.close();
      await fresh?.close();
    });

    /** Opens a page quoting words of the History and its card for the first passage there. */
    async function cardOn(browser, pagePath, expectText) {
      const page = await browser.newPage();
      browser.watchErrors(page, pagePath, errors);
      const url = server.url(TEST_HOST, pagePath);
      await page.goto(url);
      const { tabId, report } = await browser.reportFor(url);
      const index = report.detections.findIndex((d) => d.passage !== null);
      assert.ok(index >= 0, `a passage found on ${pagePath}: ${JSON.stringify(report.detections)}`);
      const card = await until(`the card with the paragraph on ${pagePath}`, async () => {
        await browser.bg(
          ([t, i]) => chrome.tabs.sendMessage(t, { command: 'open-passage', index: i }),
          [tabId, index],
        );
        const c = await page.evaluate(cardInPage);
        return c?.text.includes(expectText) ? c : null;
      });
      return { page, card, passage: report.detections[index].passage };
    }

    it('a selection on the chapter page becomes a perspective, with its paragraph', async () => {
      const page = await b.newPage();
      b.watchErrors(page, 'chapter', errors);
      await page.goto(server.url(TEST_HOST, fx.chapter.path));
      await until('the scan', () =>
        page.evaluate(() => CSS.highlights.get('counterpoint-passage')?.size > 0),
      );
      await page.bringToFront();
      assert.equal(squash(await page.evaluate(selectQuoteInPage, quote)), quote);
      await until(
        'the save button',
        async () => (await page.evaluate(countInOverlay, '.cp-save-button')) === 1,
        5000,
        50,
      );
      await page.click(b.sel('counterpoint-overlay >> .cp-save-button'));
      const frame = await editorFrame(page);
      assert.ok(await frame.evaluate(openPerspectivePart), 'the perspective part opens');
      const field = (n) => `.cp-fieldset label:nth-of-type(${n}) input`;
      await typeInEditor(page, frame, field(1), PERSPECTIVE.name);
      await typeInEditor(page, frame, field(2), PERSPECTIVE.author);
      await typeInEditor(page, frame, '.cp-perspective-body > label textarea', PARAGRAPH);
      await frame.evaluate(() => {
        const stance = document.querySelector('.cp-field-row select');
        stance.value = 'tribute';
        stance.dispatchEvent(new Event('change', { bubbles: true }));
      });
      if (browserName === 'chromium')
        await shotOf(page, '.cp-editor-slot', 'perspective-editor.png');
      await pressSaveInEditor(page, frame);
      await until('the editor to close', async () => !(await editorOpen(page)), 10_000, 50);
      await page.close();
    });

    it('another page quoting the same words shows the perspective: its layer and its card', async () => {
      const extPage = await b.open(b.extUrl('options.html'));
      const [pack] = await extPage.evaluate(callInPage, ['listPacks', []]);
      assert.equal(pack.name, PERSPECTIVE.name);
      assert.deepEqual([pack.version, pack.paragraphs, pack.passages], [2, 1, 1]);
      exported = await extPage.evaluate(callInPage, ['exportPack', [pack.id]]);
      await extPage.close();
      assert.equal(exported.paragraphs[0].text, PARAGRAPH);
      assert.equal(exported.paragraphs[0].stance, 'tribute');
      assert.ok(!hasRunOf(JSON.stringify(exported), quote), 'no run of the quoted words');
      const { page, card, passage } = await cardOn(b, NOTES_PATH, PARAGRAPH);
      assert.equal(passage, `${pack.id}.q1`);
      assert.ok(card.text.includes(PERSPECTIVE.name) && card.text.includes(PERSPECTIVE.author));
      const layer = `counterpoint-${pack.layers[0].id.replace(/[^a-z0-9-]/gi, '-')}`;
      assert.deepEqual((await page.evaluate(highlightTexts, layer)).map(words), [words(quote)]);
      if (browserName === 'chromium') await shotOf(page, '.cp-card-slot', 'perspective-card.png');
      await page.close();
    });

    it("the card's “Add your perspective…” opens the editor on the passage: a second paragraph, on the same passage", async () => {
      const { page } = await cardOn(b, NOTES_PATH, PARAGRAPH);
      await page.click(b.sel('counterpoint-overlay >> .cp-add-perspective'));
      const frame = await editorFrame(page);
      await until('the perspective part, open', () =>
        frame.evaluate(() => !!document.querySelector('.cp-perspective-body')),
      );
      // The reader's perspectives arrive from the background: the first is then chosen.
      await until(
        'the perspective there, chosen',
        async () =>
          (await frame.evaluate(
            () => document.querySelector('.cp-perspective-body select').value,
          )) === exported.id,
      );
      await typeInEditor(page, frame, '.cp-perspective-body > label textarea', SECOND_PARAGRAPH);
      await pressSaveInEditor(page, frame);
      await until('the editor to close', async () => !(await editorOpen(page)), 10_000, 50);
      const extPage = await b.open(b.extUrl('options.html'));
      const grown = await extPage.evaluate(callInPage, ['exportPack', [exported.id]]);
      await extPage.close();
      assert.deepEqual(
        grown.paragraphs.map((p) => [p.text, p.passages]),
        [
          [PARAGRAPH, [`${exported.id}.q1`]],
          [SECOND_PARAGRAPH, [`${exported.id}.q1`]],
        ],
      );
      await page.close();
      const { card } = await cardOn(b, NOTES_PATH, SECOND_PARAGRAPH);
      assert.ok(card.text.includes(PARAGRAPH), 'both paragraphs on the card');
    });

    it('exported, then imported into a fresh profile through the options page: shown there', async () => {
      fresh = await adapterFor(browserName)({ viewport: { width: 1280, height: 900 } });
      const options = await fresh.open(fresh.extUrl('options.html'));
      await fresh.upload(options, '#opt-pack-file', {
        name: 'tuesday.counterpoint-pack.json',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify(exported)),
      });
      await until('the import', () =>
        options.evaluate((n) => document.body.textContent.includes(n), PERSPECTIVE.name),
      );
      await options.close();
      const { card } = await cardOn(fresh, NOTES_PATH, PARAGRAPH);
      assert.ok(card.text.includes(PERSPECTIVE.author));
    });

    it('a pack built by pack:build from Markdown is imported, and a page quoting its words shows it', async () => {
      const source = path.join(tmp, `${browserName}.md`);
      const out = path.join(tmp, `${browserName}.json`);
      writeFileSync(
        source,
        [
          '---',
          'title: Thursday notes',
          'author: The Thursday reading group',
          'licence: CC BY 4.0',
          '---',
          '',
          '# The opening of the July days',
          '',
          ...cliQuote.match(/.{1,70}(\s|$)/g).map((l) => `> ${l.trim()}`),
          '',
          CLI_PARAGRAPH,
          '',
          'Stance: mixed',
          'Themes: openings, method',
          '',
        ].join('\n'),
      );
      execFileSync(
        process.execPath,
        ['scripts/run.mjs', 'src/cli/pack-build.ts', source, '--out', out],
        {
          stdio: 'pipe',
        },
      );
      const built = readFileSync(out, 'utf8');
      assert.ok(!hasRunOf(built, cliQuote), 'no run of the quoted words in the built pack');
      const options = await fresh.open(fresh.extUrl('options.html'));
      await fresh.upload(options, '#opt-pack-file', {
        name: 'thursday.json',
        mimeType: 'application/json',
        buffer: Buffer.from(built),
      });
      await until('the import', () =>
        options.evaluate(() => document.body.textContent.includes('Thursday notes')),
      );
      await options.close();
      const pack = JSON.parse(built);
      const { page } = await cardOn(fresh, CLI_NOTES_PATH, CLI_PARAGRAPH);
      const layer = `counterpoint-${pack.layers[0].id.replace(/[^a-z0-9-]/gi, '-')}`;
      assert.deepEqual((await page.evaluate(highlightTexts, layer)).map(words), [words(cliQuote)]);
    });

    it('no error in any page', () => assert.deepEqual(errors, []));
  });
}
