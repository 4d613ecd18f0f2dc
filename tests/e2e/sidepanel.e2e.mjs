// The side panel (Chromium's side panel, Firefox's sidebar), in both browsers
// through tests/e2e/lib/adapters.mjs, opened as an extension page for one tab
// (sidepanel.html?tab=<id>) beside the demo chapter served under
// www.marxists.org: the list is the tab's detections in reading order,
// choosing an entry opens that passage's card on the page, the chapter view
// shows the review's sections on the chapter verbatim, search finds
// paragraphs, and a navigation of the tab updates the list.
//
// COUNTERPOINT_SCREENSHOTS=<dir> also writes light and dark screenshots of the
// panel (400 px wide) into <dir> (Chromium; Firefox cannot emulate the scheme
// over BiDi, so light only, named sidepanel-firefox-…).
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { BROWSERS, adapterFor } from './lib/adapters.mjs';
import { cardInPage } from './lib/overlay-page.mjs';
import { oneLine, serveFixtures } from './lib/demo-pages.mjs';
import { until } from './lib/wait.mjs';
import { paragraphsOn } from './lib/card-order.mjs';

const DATASET = JSON.parse(readFileSync('src/data/dataset.json', 'utf8'));
const MESSAGES = JSON.parse(readFileSync('extension/_locales/en/messages.json', 'utf8'));
const SHOTS = process.env.COUNTERPOINT_SCREENSHOTS;

const passageOf = (id) => DATASET.passages.find((p) => p.id === id);
const chapterOf = (id) => DATASET.chapters.find((c) => c.id === id);
const fold = (s) =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
/** The panel's label for a passage: ours, without the chapter's title it starts with. */
function expectedLabel(d) {
  if (d.passage === null) return MESSAGES.panelOpening.message;
  const { label, chapter } = passageOf(d.passage);
  const colon = label.indexOf(': ');
  const title = chapterOf(chapter)?.title ?? '';
  if (colon < 0 || !fold(title).startsWith(fold(label.slice(0, colon)))) return label;
  const rest = label.slice(colon + 2);
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}

/** Runs in the panel: its entries as the reader sees them. */
function entriesInPanel() {
  return [...document.querySelectorAll('.sp-entry')].map((li) => ({
    passage: li.dataset.passage || null,
    label: li.querySelector('.sp-entry-label')?.textContent ?? '',
    chapter: li.querySelector('.sp-entry-chapter')?.textContent ?? '',
    chips: [...li.querySelectorAll('[data-layer]')].map((c) => c.dataset.layer),
    excerpt: li.querySelector('.sp-excerpt-text')?.textContent ?? null,
  }));
}

/** Runs in the chapter page: is the passage whose text starts with `excerpt` on screen? */
function passageOnScreenInPage(excerpt) {
  const squash = (s) => s.replace(/[\s\u00a0]+/g, ' ').trim();
  const want = squash(excerpt).slice(0, 40);
  const range = [...(CSS.highlights.get('counterpoint-passage') ?? [])].find((r) =>
    squash(r.toString()).startsWith(want),
  );
  if (!range) return null;
  const b = range.getBoundingClientRect();
  return b.bottom > 0 && b.top < innerHeight;
}

for (const browserName of BROWSERS) defineSidePanelScenarios(browserName);

function defineSidePanelScenarios(browserName) {
  describe(`${browserName}: the side panel`, { timeout: 240_000 }, () => {
    let fx, b, chapterPage, panel, tabId, report;
    const errors = [];

    before(async () => {
      fx = await serveFixtures(['ch26', 'ch27']);
      b = await adapterFor(browserName)({ viewport: { width: 1280, height: 900 } });
    });

    after(async () => {
      await b?.close();
      await fx?.server.close();
    });

    const reportFor = (url) => b.reportFor(url);
    const clickRole = async (page, role, name) => page.click(await b.byRole(page, role, name));
    /** Calls the background from the panel, as the panel does. */
    const call = (method, ...args) =>
      panel
        .evaluate(([m, a]) => chrome.runtime.sendMessage({ method: m, args: a }), [method, args])
        .then((r) => {
          if (!r.ok) throw new Error(r.error);
          return r.value;
        });
    const panelEntries = () => panel.evaluate(entriesInPanel);
    const shoot = async (name) => {
      if (!SHOTS) return;
      mkdirSync(SHOTS, { recursive: true });
      if (browserName !== 'chromium') {
        await b.screenshot(panel, {
          path: path.join(SHOTS, `sidepanel-${browserName}-${name}-light.png`),
        });
        return;
      }
      for (const colorScheme of ['light', 'dark']) {
        await b.colorScheme(panel, colorScheme);
        await new Promise((r) => setTimeout(r, 150));
        await b.screenshot(panel, {
          path: path.join(SHOTS, `sidepanel-${name}-${colorScheme}.png`),
        });
      }
      await b.colorScheme(panel, 'light');
    };

    it("lists the page's detections in reading order, with labels, chapters, chips and excerpts", async () => {
      const [ch26] = fx.chapters;
      chapterPage = await b.newPage();
      chapterPage.on('pageerror', (e) => errors.push(`chapter: ${e.message}`));
      await chapterPage.goto(fx.urlOf(ch26));
      ({ tabId, report } = await reportFor(fx.urlOf(ch26)));
      assert.ok(report.detections.length >= 3, `${report.detections.length} detections`);

      panel = await b.newPage({ viewport: { width: 400, height: 900 } });
      b.watchErrors(panel, 'panel', errors);
      await b.goto(panel, b.extUrl(`sidepanel.html?tab=${tabId}`));
      const entries = await until("the panel's entries", async () => {
        const e = await panelEntries();
        return e.length === report.detections.length && e.every((x) => x.chapter) ? e : null;
      });
      assert.deepEqual(
        entries.map((e) => e.passage),
        report.detections.map((d) => d.passage),
      );
      assert.deepEqual(
        entries.map((e) => e.label),
        report.detections.map(expectedLabel),
      );
      const chapter = chapterOf('ch26');
      for (const e of entries)
        assert.ok(e.chapter.includes(chapter.title) && e.chapter.includes('26'), e.chapter);
      for (const [i, d] of report.detections.entries()) {
        if (d.passage === null) continue;
        const first = paragraphsOn(d.passage)[0];
        assert.ok(
          first.text.startsWith(entries[i].excerpt.replace(/…$/, '')),
          `${d.passage}: the excerpt is the start of ${first.id}`,
        );
        for (const layer of first.layers)
          assert.ok(entries[i].chips.includes(layer), `${d.passage}: chip ${layer}`);
      }
      await shoot('list');
    });

    it('choosing the 3rd entry scrolls the page to that passage and opens its card', async () => {
      const d = report.detections[2];
      assert.ok(d.passage, 'the third detection is a reference passage');
      await chapterPage.evaluate(() => window.scrollTo(0, 0));
      await (await panel.$$('.sp-entry-button'))[2].click();
      const expected = paragraphsOn(d.passage)[0].text;
      const card = await until(
        `the card of ${d.passage}`,
        async () => {
          const c = await chapterPage.evaluate(cardInPage);
          return c?.text.includes(expected) ? c : null;
        },
        5000,
        50,
      );
      assert.ok(card.rect.y < 900 && card.rect.y + card.rect.height > 0, 'the card is on screen');
      assert.equal(
        await chapterPage.evaluate(passageOnScreenInPage, d.excerpt),
        true,
        `${d.passage} is in view`,
      );
    });

    it('the keyboard reaches and chooses an entry: ↓ moves, Enter opens', async () => {
      await chapterPage.keyboard.press('Escape');
      await panel.focus('.sp-entry-button');
      await panel.keyboard.press('ArrowDown');
      const focused = await panel.evaluate(
        () => document.activeElement?.closest('.sp-entry')?.dataset.entry,
      );
      assert.equal(focused, '1');
      await panel.keyboard.press('Enter');
      const id = report.detections[1].passage;
      await until(
        `the card of ${id}`,
        async () =>
          (await chapterPage.evaluate(cardInPage))?.text.includes(paragraphsOn(id)[0].text),
        5000,
        50,
      );
    });

    it("the chapter view shows the review's sections on ch26, verbatim, each paragraph linked to where it is placed", async () => {
      await clickRole(panel, 'tab', MESSAGES.panelTabChapter.message);
      const view = await call('getChapterView', 'ch26');
      assert.deepEqual(
        view.sections.map((s) => s.section),
        ['VI', 'VII'],
      );
      const shown = await until('the reading view', () =>
        panel.evaluate(() => {
          const sections = [...document.querySelectorAll('[data-section]')];
          return (
            sections.length > 0 &&
            sections.map((s) => ({
              section: s.dataset.section,
              paragraphs: [...s.querySelectorAll('.sp-para')].map((p) => ({
                id: p.dataset.paragraph,
                text: p.querySelector('.sp-para-text').textContent,
                passages: [...p.querySelectorAll('[data-passage]')].map((a) => a.dataset.passage),
                chapters: [...p.querySelectorAll('a[data-chapter]')].map((a) => [
                  a.dataset.chapter,
                  a.href,
                  a.target,
                ]),
              })),
            }))
          );
        }),
      );
      assert.deepEqual(
        shown.map((s) => s.section),
        view.sections.map((s) => s.section),
      );
      for (const [i, s] of view.sections.entries()) {
        assert.deepEqual(
          shown[i].paragraphs.map((p) => [p.id, p.text]),
          s.paragraphs.map((p) => [p.id, p.text]),
        );
        for (const [j, p] of s.paragraphs.entries()) {
          assert.deepEqual(shown[i].paragraphs[j].passages, p.passages);
          assert.deepEqual(
            shown[i].paragraphs[j].chapters.map((c) => c[0]),
            p.chapters,
          );
          for (const [id, href, target] of shown[i].paragraphs[j].chapters) {
            assert.equal(href, chapterOf(id).url);
            assert.equal(target, '_blank');
          }
        }
      }
      await shoot('chapter');
      // A passage link on this page opens it there.
      const d = report.detections.find(
        (x) =>
          x.passage &&
          view.sections.some((s) => s.paragraphs.some((p) => p.passages.includes(x.passage))),
      );
      await chapterPage.keyboard.press('Escape');
      await panel.click(`.sp-place-here[data-passage="${d.passage}"]`);
      await until(
        `the card of ${d.passage}`,
        async () =>
          (await chapterPage.evaluate(cardInPage))?.text.includes(paragraphsOn(d.passage)[0].text),
        5000,
        50,
      );
    });

    it("search finds the review's paragraphs holding the word", async () => {
      await clickRole(panel, 'tab', MESSAGES.panelTabSearch.message);
      await b.fill(
        panel,
        await b.byRole(panel, 'searchbox', MESSAGES.panelSearchLabel.message),
        'vanguard',
      );
      await panel.keyboard.press('Enter');
      const expected = await call('searchReview', 'vanguard');
      assert.ok(expected.length > 0);
      const shown = await until('search results', async () => {
        const r = await panel.evaluate(() =>
          [...document.querySelectorAll('.sp-results .sp-para')].map((p) => [
            p.dataset.paragraph,
            p.querySelector('.sp-para-text').textContent,
          ]),
        );
        return r.length === expected.length ? r : null;
      });
      assert.deepEqual(
        shown,
        expected.map((p) => [p.id, p.text]),
      );
      for (const [id, text] of shown) assert.match(text, /vanguard/i, id);
      assert.ok(
        (await panel.evaluate(() => document.querySelectorAll('.sp-results mark').length)) >=
          shown.length,
        'the word is marked',
      );
      await shoot('search');
    });

    it('follows the tab: navigating it to another chapter updates the list', async () => {
      await clickRole(panel, 'tab', MESSAGES.panelTabPage.message);
      const ch27 = fx.chapters[1];
      await chapterPage.goto(fx.urlOf(ch27));
      const { report: next } = await reportFor(fx.urlOf(ch27));
      assert.notDeepEqual(
        next.detections.map((d) => d.passage),
        report.detections.map((d) => d.passage),
      );
      const entries = await until('the list of the new page', async () => {
        const e = await panelEntries();
        return oneLine(e.map((x) => x.passage ?? '¶').join(' ')) ===
          next.detections.map((d) => d.passage ?? '¶').join(' ')
          ? e
          : null;
      });
      assert.deepEqual(
        entries.map((e) => e.label),
        next.detections.map(expectedLabel),
      );
      assert.match(
        await panel.evaluate(() => document.querySelector('.sp-title').textContent),
        new RegExp(chapterOf('ch27').title.slice(0, 20).replace(/[?.]/g, '\\$&')),
      );
    });

    it('without ?tab= it follows the active tab: switching tabs switches the list', async () => {
      // Tabs of the panel's own window (Chromium: the context's one window; Firefox: the adapter gives each
      // page a window, so the panel opens the two chapter tabs beside itself and switches between them the
      // way a click on a tab does, with tabs.update).
      const follower = await b.newPage();
      follower.on('pageerror', (e) => errors.push(`follower: ${e.message}`));
      await b.goto(follower, b.extUrl('sidepanel.html'));
      const listOf = (r) => r.detections.map((d) => d.passage ?? '¶').join(' ');
      const shown = () =>
        follower.evaluate(() =>
          [...document.querySelectorAll('.sp-entry')]
            .map((li) => li.dataset.passage || '¶')
            .join(' '),
        );
      if (browserName === 'chromium') {
        const other = await b.newPage();
        await other.goto(fx.urlOf(fx.chapters[0]));
        const { report: first } = await reportFor(fx.urlOf(fx.chapters[0]));
        await other.bringToFront();
        await until(
          'the list of the active ch26 tab',
          async () => (await shown()) === listOf(first),
        );
        await chapterPage.bringToFront();
        const { report: second } = await reportFor(chapterPage.url());
        await until(
          'the list of the active ch27 tab',
          async () => (await shown()) === listOf(second),
        );
        await other.close();
      } else {
        const [a, c] = await follower.evaluate(
          async (urls) => {
            const made = [];
            for (const url of urls)
              made.push((await chrome.tabs.create({ url, active: false })).id);
            return made;
          },
          [fx.urlOf(fx.chapters[0]), fx.urlOf(fx.chapters[1])],
        );
        const { report: first } = await reportFor(fx.urlOf(fx.chapters[0]));
        const { report: second } = await reportFor(fx.urlOf(fx.chapters[1]));
        await follower.evaluate((id) => chrome.tabs.update(id, { active: true }), a);
        await until(
          'the list of the active ch26 tab',
          async () => (await shown()) === listOf(first),
        );
        await follower.evaluate((id) => chrome.tabs.update(id, { active: true }), c);
        await until(
          'the list of the active ch27 tab',
          async () => (await shown()) === listOf(second),
        ).catch(async (e) => {
          const why = await follower.evaluate(
            async (ids) => ({
              active: (await chrome.tabs.query({ active: true, currentWindow: true })).map((t) => [
                t.id,
                t.url,
              ]),
              reports: Object.fromEntries(ids.map((id) => [id, null])),
              session: Object.keys(await chrome.storage.session.get(null)),
            }),
            [a, c],
          );
          throw new Error(
            `${e.message}; shown: ${await shown()}; want: ${listOf(second)}; tabs ${a}, ${c}; ${JSON.stringify(why)}`,
          );
        });
        await follower.evaluate((ids) => chrome.tabs.remove(ids), [a, c]);
      }
      await follower.close();
    });

    it('no error in the panel or the page', () => {
      assert.deepEqual(errors, []);
    });
  });
}
