// Trotsky answers, in Chromium and Firefox, on the ch26 and ch42 demo chapters
// (served under www.marxists.org): every passage whose text answers a review
// paragraph placed on it carries the `answers` highlight and no other passage
// does; the card on an answering passage says so before the review's words;
// the popup's "Trotsky answers" switch takes the highlight off and back live.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { BROWSERS, adapterFor } from './lib/adapters.mjs';
import {
  cardInPage,
  passageLinesInPage,
  registeredInPage,
  pageThroughCard,
} from './lib/overlay-page.mjs';
import { serveFixtures, squash } from './lib/demo-pages.mjs';
import { readHighlightInPage } from './lib/highlight-page.mjs';
import { until } from './lib/wait.mjs';

const DATASET = JSON.parse(readFileSync('src/data/dataset.json', 'utf8'));
const MESSAGES = JSON.parse(readFileSync('extension/_locales/en/messages.json', 'utf8'));
const CUE = MESSAGES.overlayAnswersCue.message;
const ANSWERS = 'counterpoint-answers';

/** The passages that answer a paragraph placed on them, from the bundled dataset. */
const answering = (ids) =>
  ids.filter((id) => DATASET.paragraphs.some((p) => p.relations?.[id]?.relation === 'answers'));

/** In the page: the open card's shown paragraph, its relation, and whether the answer cue comes before its text. */
function shownParagraphInPage() {
  const card = document
    .querySelector('counterpoint-overlay')
    ?.shadowRoot.querySelector('[role="dialog"]');
  const article = card?.querySelector('[data-paragraph]');
  if (!article) return null;
  const cue = article.querySelector('.cp-answers');
  const text = article.querySelector('.cp-para-text');
  return {
    paragraph: article.dataset.paragraph,
    relation: article.dataset.relation ?? null,
    cue: cue?.textContent ?? null,
    cueFirst: Boolean(cue && cue.compareDocumentPosition(text) & Node.DOCUMENT_POSITION_FOLLOWING),
    describedBy: card.getAttribute('aria-describedby'),
    cueId: cue?.id ?? null,
  };
}

for (const browserName of BROWSERS) defineAnswerScenarios(browserName);

function defineAnswerScenarios(browserName) {
  describe(
    `${browserName}: where Trotsky's text answers the critique`,
    { timeout: 240_000 },
    () => {
      let fx, b;
      const pages = {};
      const errors = [];

      before(async () => {
        fx = await serveFixtures(['ch26', 'ch42']);
        b = await adapterFor(browserName)({ viewport: { width: 1280, height: 900 } });
      });

      after(async () => {
        await b?.close();
        await fx?.server.close();
      });

      /** Which planted passage each range of `name` is, by its text. */
      const passagesIn = async (page, chapter, name) => {
        const { ranges } = await page.evaluate(readHighlightInPage, name);
        return (ranges ?? []).map(
          (r) =>
            chapter.passages.find((p) => squash(r.text).startsWith(squash(p.text).slice(0, 40)))
              ?.id ?? `? ${r.text.slice(0, 40)}`,
        );
      };

      for (const id of ['ch26', 'ch42']) {
        it(`${id}: the answering passages carry the answers highlight, and only they`, async () => {
          const chapter = fx.chapters.find((c) => c.path.endsWith(`${id}.htm`));
          const page = await b.newPage();
          b.watchErrors(page, id, errors);
          await page.goto(fx.urlOf(chapter));
          await until(
            'the highlights',
            async () =>
              (await page.evaluate(registeredInPage))['counterpoint-passage'] ===
              chapter.expectedPassageIds.length,
          );
          pages[id] = { page, chapter };
          const expected = answering(chapter.expectedPassageIds);
          assert.ok(expected.length > 0, `${id} has answering passages in the dataset`);
          assert.deepEqual((await passagesIn(page, chapter, ANSWERS)).sort(), [...expected].sort());
          const all = await passagesIn(page, chapter, 'counterpoint-passage');
          assert.deepEqual(
            [...all].sort(),
            [...chapter.expectedPassageIds].sort(),
            'every planted passage is found',
          );
        });
      }

      it("ch42: the card on an answering passage says so first, then the review's paragraph", async () => {
        const { page, chapter } = pages.ch42;
        const all = await passagesIn(page, chapter, 'counterpoint-passage');
        const index = all.indexOf('VIII-01');
        await page.bringToFront();
        const [line] = await page.evaluate(passageLinesInPage, index);
        await page.mouse.click(line.x + 20, line.y + line.height / 2);
        await until('the card', () => page.evaluate(cardInPage));
        const shown = await pageThroughCard(page, MESSAGES.overlayNextSection.message, async () => {
          const s = await page.evaluate(shownParagraphInPage);
          return s?.relation === 'answers' ? s : null;
        });
        assert.ok(shown, 'a paragraph VIII-01 answers');
        assert.equal(
          DATASET.paragraphs.find((p) => p.id === shown.paragraph).relations['VIII-01'].relation,
          'answers',
        );
        assert.equal(shown.cue, CUE);
        assert.ok(shown.cueFirst, "the cue comes before the review's words");
        assert.equal(shown.describedBy.split(' ')[0], shown.cueId, 'and is read first');
      });

      it('the popup\'s "Trotsky answers" switch takes the highlight off and back, live', async () => {
        const { page, chapter } = pages.ch42;
        const { tabId } = await b.reportFor(fx.urlOf(chapter));
        const before = await page.evaluate(registeredInPage);
        assert.ok(before[ANSWERS] > 0);
        const popup = await b.newPage({ viewport: { width: 372, height: 600 } });
        b.watchErrors(popup, 'popup', errors);
        await b.goto(popup, b.extUrl(`popup.html?tab=${tabId}`));
        const layer = DATASET.layers.find((l) => l.id === 'answers');
        const toggle = await b.byRole(popup, 'switch', layer.name, { exact: true });
        assert.equal(await b.attr(popup, toggle, 'aria-checked'), 'true');
        await popup.click(toggle);
        const off = await until(
          'answers off in the tab',
          async () => {
            const r = await page.evaluate(registeredInPage);
            return r[ANSWERS] ? null : r;
          },
          5000,
          20,
        );
        assert.equal(
          off['counterpoint-passage'],
          before['counterpoint-passage'],
          'the passages stay, under their other layers',
        );
        await popup.click(toggle);
        await until(
          'answers back',
          async () => (await page.evaluate(registeredInPage))[ANSWERS] === before[ANSWERS],
          5000,
          20,
        );
        await popup.close();
      });

      it('no errors in the pages or the popup', () => {
        assert.deepEqual(errors, []);
      });
    },
  );
}
