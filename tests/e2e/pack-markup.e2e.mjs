// A critique pack whose texts carry markup, in Chromium and Firefox
// (tests/e2e/lib/adapters.mjs): imported through the options page as a reader
// would, then read in the overlay's card on its passage and in the side
// panel's chapter view. Every text shows as the literal characters it holds:
// no element is made from it, no handler runs (each payload would set
// window.__pwned), in the page and in the extension's own pages.
// Chromium writes a screenshot of the card to out/pack-markup-card.png.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { BROWSERS, adapterFor } from './lib/adapters.mjs';
import { SHOTS_DIR } from './lib/shots.mjs';
import { TEST_HOST } from './lib/browsers.mjs';
import { loadOverlayFixtures } from './lib/overlay-fixtures.mjs';
import { cardInPage, pageThroughCard } from './lib/overlay-page.mjs';
import { until } from './lib/wait.mjs';
import { servePages } from './lib/server.mjs';

const MESSAGES = JSON.parse(readFileSync('extension/_locales/en/messages.json', 'utf8'));
const SMALL = JSON.parse(readFileSync('tests/fixtures/packs/small-pack.json', 'utf8'));

/** Each would set window.__pwned if it became markup. */
const PAYLOAD = [
  'Markup in a pack stays text: <img src=x onerror="window.__pwned=\'img\'">',
  "<script>window.__pwned='script'</script>",
  '<b>not bold</b> <a href="javascript:window.__pwned=\'link\'">not a link</a>',
  '<svg onload="window.__pwned=\'svg\'"></svg> <iframe srcdoc="<script>parent.__pwned=\'frame\'</script>"></iframe>',
  '&amp; &lt;i&gt; and **Markdown** [x](javascript:alert(1)) {{7*7}} stay as typed.',
].join(' ');
const LAYER = {
  ...SMALL.layers[0],
  id: 'pack:markup',
  name: '<b>Markup</b><img src=x onerror=window.__pwned=1>',
  description: 'A layer <script>window.__pwned="layer"</script> described in markup.',
};
const PACK = {
  ...SMALL,
  id: 'markup-pack',
  name: '<i>Markup pack</i><img src=x onerror=window.__pwned=1>',
  attribution:
    'Written for the test suite <script>window.__pwned="attribution"</script> by <a href="javascript:void(0)">nobody</a>.',
  layers: [LAYER],
  paragraphs: SMALL.paragraphs.map((p, i) => ({
    ...p,
    id: `m${i + 1}`,
    layer: LAYER.id,
    text: i === 0 ? PAYLOAD : `${PAYLOAD} (${p.passages[0]})`,
  })),
};
const ON_PASSAGE = 'VII-01';
const TEXT = PACK.paragraphs.find((p) => p.passages.includes(ON_PASSAGE)).text;
/** What none of the payloads may become: an element, or an attribute of one (our own icons are svg[data-icon]). */
const MADE =
  'img[src="x"], script:not([src]), iframe, svg:not([data-icon]), object, embed, b, a[href^="javascript"], [onerror], [onload]';

const msg = (key, subs = []) =>
  MESSAGES[key].message.replace(/\$(\w+)\$/g, (_, name) =>
    (MESSAGES[key].placeholders?.[name.toLowerCase()]?.content ?? '').replace(
      /\$(\d)/g,
      (_x, i) => subs[Number(i) - 1] ?? '',
    ),
  );

/** Runs in a page or an extension page: what the payloads made there (none, if all is well). */
function madeInDocument([selector, within]) {
  const root = within ? document.querySelector(within)?.shadowRoot : document;
  return {
    elements: root
      ? [...root.querySelectorAll(selector)].map((el) => el.outerHTML.slice(0, 80))
      : null,
    pwned: window.__pwned ?? null,
  };
}

/** Runs in the page: the card's paragraph showing `text`: its text and how many elements it holds. */
function packParagraphInCard(text) {
  const card = document
    .querySelector('counterpoint-overlay')
    ?.shadowRoot?.querySelector('[role="dialog"]');
  const p = card && [...card.querySelectorAll('.cp-para-text')].find((x) => x.textContent === text);
  return p ? { text: p.textContent, children: p.childElementCount } : null;
}

for (const browserName of BROWSERS) definePackMarkupScenarios(browserName);

function definePackMarkupScenarios(browserName) {
  describe(`${browserName}: a pack's markup shown as text`, { timeout: 240_000 }, () => {
    let b, server, chapter, tabId;
    const errors = [];

    before(async () => {
      const fx = await loadOverlayFixtures();
      assert.ok(fx.chapter.planted.includes(ON_PASSAGE), `${ON_PASSAGE} is on the demo chapter`);
      server = await servePages({
        [fx.chapter.path]: fx.chapter.html,
        '/blank.htm': '<!DOCTYPE html><title>blank</title><body></body>',
      });
      b = await adapterFor(browserName)({ viewport: { width: 1280, height: 900 } });
      const url = server.url(TEST_HOST, fx.chapter.path);
      chapter = await b.newPage();
      b.watchErrors(chapter, 'chapter', errors);
      await chapter.goto(url);
      ({ tabId } = await b.reportFor(url));
    });

    after(async () => {
      await b?.close();
      await server?.close();
    });

    it('the payloads are live: parsed as HTML in a plain page, they make elements and run', async () => {
      const control = await b.open(server.url(TEST_HOST, '/blank.htm'));
      await control.evaluate((html) => {
        document.body.innerHTML = html;
      }, TEXT);
      await until(
        'a payload to run',
        async () => (await control.evaluate(madeInDocument, [MADE, null])).pwned !== null,
        5000,
        50,
      );
      assert.ok((await control.evaluate(madeInDocument, [MADE, null])).elements.length >= 5);
      await control.close();
    });

    it('the options page imports it and names it as text', async () => {
      const options = await b.open(b.extUrl('options.html'));
      b.watchErrors(options, 'options', errors);
      await b.upload(options, '#opt-pack-file', {
        name: 'markup-pack.json',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify(PACK)),
      });
      const done = msg('optionsImportDone', [
        PACK.name,
        LAYER.name,
        String(PACK.paragraphs.length),
      ]);
      await until(`“${done}”`, () =>
        options.evaluate((d) => document.body.textContent.includes(d), done),
      );
      await new Promise((r) => setTimeout(r, 300)); // an img's onerror fires after its load fails
      assert.deepEqual(await options.evaluate(madeInDocument, [MADE, null]), {
        elements: [],
        pwned: null,
      });
      await options.close();
    });

    it(`the card on ${ON_PASSAGE} shows the paragraph's markup as its characters; nothing is made of it`, async () => {
      await chapter.bringToFront();
      const index = (await b.reportFor(chapter.url())).report.detections.findIndex(
        (d) => d.passage === ON_PASSAGE,
      );
      const next = msg('overlayNextSection');
      // The tab reloads its critique on the import (dataset signal); the pack's paragraph follows the review's.
      const shown = await until(
        `the card of ${ON_PASSAGE} with the pack's paragraph`,
        async () => {
          await b.bg(
            ([t, i]) => chrome.tabs.sendMessage(t, { command: 'open-passage', index: i }),
            [tabId, index],
          );
          return pageThroughCard(chapter, next, () => chapter.evaluate(packParagraphInCard, TEXT));
        },
        15_000,
        300,
      );
      assert.deepEqual(shown, { text: TEXT, children: 0 });
      const card = await chapter.evaluate(cardInPage);
      assert.ok(
        card.text.includes(TEXT),
        "the card's text holds the markup, character for character",
      );
      assert.ok(card.text.includes(PACK.name), "the pack's name, as its section, as text");
      await new Promise((r) => setTimeout(r, 300));
      assert.deepEqual(await chapter.evaluate(madeInDocument, [MADE, 'counterpoint-overlay']), {
        elements: [],
        pwned: null,
      });
      assert.deepEqual((await chapter.evaluate(madeInDocument, [MADE, null])).pwned, null);
      if (browserName === 'chromium') {
        const m = 12;
        const clip = {
          x: Math.max(0, card.rect.x - m),
          y: Math.max(0, card.rect.y - m),
          width: card.rect.width + 2 * m,
          height: card.rect.height + 2 * m,
        };
        await b.screenshot(chapter, { path: path.join(SHOTS_DIR, 'pack-markup-card.png'), clip });
      }
    });

    it("the side panel's chapter view shows it as text too", async () => {
      const panel = await b.newPage({ viewport: { width: 400, height: 900 } });
      b.watchErrors(panel, 'panel', errors);
      await b.goto(panel, b.extUrl(`sidepanel.html?tab=${tabId}`));
      await panel.click(await b.byRole(panel, 'tab', MESSAGES.panelTabChapter.message));
      const id = `${PACK.id}/${PACK.paragraphs.find((p) => p.text === TEXT).id}`;
      const shown = await until("the pack's paragraph in the chapter view", () =>
        panel.evaluate((pid) => {
          const p = document.querySelector(`.sp-para[data-paragraph="${pid}"] .sp-para-text`);
          return p && { text: p.textContent, children: p.childElementCount };
        }, id),
      );
      assert.deepEqual(shown, { text: TEXT, children: 0 });
      assert.ok(
        await panel.evaluate((name) => document.body.textContent.includes(name), PACK.name),
        "the pack's name as text",
      );
      await new Promise((r) => setTimeout(r, 300));
      assert.deepEqual(await panel.evaluate(madeInDocument, [MADE, null]), {
        elements: [],
        pwned: null,
      });
    });

    it('no error in any console', () => assert.deepEqual(errors, []));
  });
}
