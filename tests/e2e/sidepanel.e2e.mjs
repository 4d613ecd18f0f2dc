// The side panel in Chromium, opened as an extension page for one tab
// (sidepanel.html?tab=<id>) beside the demo chapter served under
// www.marxists.org: the list is the tab's detections in reading order,
// choosing an entry opens that passage's card on the page, the chapter view
// shows the review's sections on the chapter verbatim, search finds
// paragraphs, and a navigation of the tab updates the list.
//
// COUNTERPOINT_SCREENSHOTS=<dir> also writes light and dark screenshots of the
// panel (400 px wide) into <dir>.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { launchChromium } from './browsers.mjs';
import { cardInPage } from './overlay-page.mjs';
import { oneLine, serveFixtures, until } from './scenarios.mjs';

const DATASET = JSON.parse(readFileSync('src/data/dataset.json', 'utf8'));
const MESSAGES = JSON.parse(readFileSync('extension/_locales/en/messages.json', 'utf8'));
const SHOTS = process.env.COUNTERPOINT_SCREENSHOTS;

const paragraphsOn = (id) => DATASET.paragraphs.filter((p) => p.passages.includes(id)).sort((a, b) => a.order - b.order);
const passageOf = (id) => DATASET.passages.find((p) => p.id === id);
const chapterOf = (id) => DATASET.chapters.find((c) => c.id === id);
const fold = (s) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
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
  const range = [...(CSS.highlights.get('counterpoint-passage') ?? [])].find((r) => squash(r.toString()).startsWith(want));
  if (!range) return null;
  const b = range.getBoundingClientRect();
  return b.bottom > 0 && b.top < innerHeight;
}

describe('chromium: the side panel', { timeout: 180_000 }, () => {
  let fx, browser, chapterPage, panel, tabId, report;
  const errors = [];

  before(async () => {
    fx = await serveFixtures(['ch26', 'ch27']);
    browser = await launchChromium({ viewport: { width: 1280, height: 900 } });
  });

  after(async () => {
    await browser?.context.close();
    await fx?.server.close();
  });

  const reportFor = (url) => until(`the report for ${url}`, async () => {
    const all = await browser.sw.evaluate(() => chrome.storage.session.get(null));
    const entry = Object.entries(all).find(([k, v]) => k.startsWith('report:') && v?.url === url);
    return entry && { tabId: Number(entry[0].slice(7)), report: entry[1] };
  });
  /** Calls the background from the panel, as the panel does. */
  const call = (method, ...args) => panel.evaluate(([m, a]) => chrome.runtime.sendMessage({ method: m, args: a }), [method, args])
    .then((r) => { if (!r.ok) throw new Error(r.error); return r.value; });
  const panelEntries = () => panel.evaluate(entriesInPanel);
  const shoot = async (name) => {
    if (!SHOTS) return;
    mkdirSync(SHOTS, { recursive: true });
    for (const colorScheme of ['light', 'dark']) {
      await panel.emulateMedia({ colorScheme });
      await new Promise((r) => setTimeout(r, 150));
      await panel.screenshot({ path: path.join(SHOTS, `sidepanel-${name}-${colorScheme}.png`) });
    }
    await panel.emulateMedia({ colorScheme: 'light' });
  };

  it('lists the page\'s detections in reading order, with labels, chapters, chips and excerpts', async () => {
    const [ch26] = fx.chapters;
    chapterPage = await browser.context.newPage();
    chapterPage.on('pageerror', (e) => errors.push(`chapter: ${e.message}`));
    await chapterPage.goto(fx.urlOf(ch26));
    ({ tabId, report } = await reportFor(fx.urlOf(ch26)));
    assert.ok(report.detections.length >= 3, `${report.detections.length} detections`);

    panel = await browser.context.newPage();
    await panel.setViewportSize({ width: 400, height: 900 });
    panel.on('console', (m) => m.type() === 'error' && errors.push(`panel: ${m.text()}`));
    panel.on('pageerror', (e) => errors.push(`panel: ${e.message}`));
    await panel.goto(`chrome-extension://${browser.extId}/sidepanel.html?tab=${tabId}`);
    const entries = await until('the panel\'s entries', async () => {
      const e = await panelEntries();
      return e.length === report.detections.length && e.every((x) => x.chapter) ? e : null;
    });
    assert.deepEqual(entries.map((e) => e.passage), report.detections.map((d) => d.passage));
    assert.deepEqual(entries.map((e) => e.label), report.detections.map(expectedLabel));
    const chapter = chapterOf('ch26');
    for (const e of entries) assert.ok(e.chapter.includes(chapter.title) && e.chapter.includes('26'), e.chapter);
    for (const [i, d] of report.detections.entries()) {
      if (d.passage === null) continue;
      const first = paragraphsOn(d.passage)[0];
      assert.ok(first.text.startsWith(entries[i].excerpt.replace(/…$/, '')), `${d.passage}: the excerpt is the start of ${first.id}`);
      for (const layer of first.layers) assert.ok(entries[i].chips.includes(layer), `${d.passage}: chip ${layer}`);
    }
    await shoot('list');
  });

  it('choosing the 3rd entry scrolls the page to that passage and opens its card', async () => {
    const d = report.detections[2];
    assert.ok(d.passage, 'the third detection is a reference passage');
    await chapterPage.evaluate(() => window.scrollTo(0, 0));
    await panel.locator('.sp-entry-button').nth(2).click();
    const expected = paragraphsOn(d.passage)[0].text;
    const card = await until(`the card of ${d.passage}`, async () => {
      const c = await chapterPage.evaluate(cardInPage);
      return c?.text.includes(expected) ? c : null;
    }, 5000, 50);
    assert.ok(card.rect.y < 900 && card.rect.y + card.rect.height > 0, 'the card is on screen');
    assert.equal(await chapterPage.evaluate(passageOnScreenInPage, d.excerpt), true, `${d.passage} is in view`);
  });

  it('the keyboard reaches and chooses an entry: ↓ moves, Enter opens', async () => {
    await chapterPage.keyboard.press('Escape');
    await panel.locator('.sp-entry-button').first().focus();
    await panel.keyboard.press('ArrowDown');
    const focused = await panel.evaluate(() => document.activeElement?.closest('.sp-entry')?.dataset.entry);
    assert.equal(focused, '1');
    await panel.keyboard.press('Enter');
    const id = report.detections[1].passage;
    await until(`the card of ${id}`, async () => (await chapterPage.evaluate(cardInPage))?.text.includes(paragraphsOn(id)[0].text), 5000, 50);
  });

  it('the chapter view shows the review\'s sections on ch26, verbatim, each paragraph linked to where it is placed', async () => {
    await panel.getByRole('tab', { name: MESSAGES.panelTabChapter.message }).click();
    const view = await call('getChapterView', 'ch26');
    assert.deepEqual(view.sections.map((s) => s.section), ['VI', 'VII']);
    const shown = await until('the reading view', () => panel.evaluate(() => {
      const sections = [...document.querySelectorAll('[data-section]')];
      return sections.length > 0 && sections.map((s) => ({
        section: s.dataset.section,
        paragraphs: [...s.querySelectorAll('.sp-para')].map((p) => ({
          id: p.dataset.paragraph,
          text: p.querySelector('.sp-para-text').textContent,
          passages: [...p.querySelectorAll('[data-passage]')].map((a) => a.dataset.passage),
          chapters: [...p.querySelectorAll('a[data-chapter]')].map((a) => [a.dataset.chapter, a.href, a.target]),
        })),
      }));
    }));
    assert.deepEqual(shown.map((s) => s.section), view.sections.map((s) => s.section));
    for (const [i, s] of view.sections.entries()) {
      assert.deepEqual(shown[i].paragraphs.map((p) => [p.id, p.text]), s.paragraphs.map((p) => [p.id, p.text]));
      for (const [j, p] of s.paragraphs.entries()) {
        assert.deepEqual(shown[i].paragraphs[j].passages, p.passages);
        assert.deepEqual(shown[i].paragraphs[j].chapters.map((c) => c[0]), p.chapters);
        for (const [id, href, target] of shown[i].paragraphs[j].chapters) {
          assert.equal(href, chapterOf(id).url);
          assert.equal(target, '_blank');
        }
      }
    }
    await shoot('chapter');
    // A passage link on this page opens it there.
    const d = report.detections.find((x) => x.passage && view.sections.some((s) => s.paragraphs.some((p) => p.passages.includes(x.passage))));
    await chapterPage.keyboard.press('Escape');
    await panel.locator(`.sp-place-here[data-passage="${d.passage}"]`).first().click();
    await until(`the card of ${d.passage}`, async () => (await chapterPage.evaluate(cardInPage))?.text.includes(paragraphsOn(d.passage)[0].text), 5000, 50);
  });

  it('search finds the review\'s paragraphs holding the word', async () => {
    await panel.getByRole('tab', { name: MESSAGES.panelTabSearch.message }).click();
    await panel.getByLabel(MESSAGES.panelSearchLabel.message).fill('vanguard');
    await panel.keyboard.press('Enter');
    const expected = await call('searchReview', 'vanguard');
    assert.ok(expected.length > 0);
    const shown = await until('search results', async () => {
      const r = await panel.evaluate(() => [...document.querySelectorAll('.sp-results .sp-para')].map((p) => [p.dataset.paragraph, p.querySelector('.sp-para-text').textContent]));
      return r.length === expected.length ? r : null;
    });
    assert.deepEqual(shown, expected.map((p) => [p.id, p.text]));
    for (const [id, text] of shown) assert.match(text, /vanguard/i, id);
    assert.ok(await panel.locator('.sp-results mark').count() >= shown.length, 'the word is marked');
    await shoot('search');
  });

  it('follows the tab: navigating it to another chapter updates the list', async () => {
    await panel.getByRole('tab', { name: MESSAGES.panelTabPage.message }).click();
    const ch27 = fx.chapters[1];
    await chapterPage.goto(fx.urlOf(ch27));
    const { report: next } = await reportFor(fx.urlOf(ch27));
    assert.notDeepEqual(next.detections.map((d) => d.passage), report.detections.map((d) => d.passage));
    const entries = await until('the list of the new page', async () => {
      const e = await panelEntries();
      return oneLine(e.map((x) => x.passage ?? '¶').join(' ')) === next.detections.map((d) => d.passage ?? '¶').join(' ') ? e : null;
    });
    assert.deepEqual(entries.map((e) => e.label), next.detections.map(expectedLabel));
    assert.match(await panel.locator('.sp-title').textContent(), new RegExp(chapterOf('ch27').title.slice(0, 20).replace(/[?.]/g, '\\$&')));
  });

  it('without ?tab= it follows the active tab: switching tabs switches the list', async () => {
    const follower = await browser.context.newPage();
    follower.on('pageerror', (e) => errors.push(`follower: ${e.message}`));
    await follower.goto(`chrome-extension://${browser.extId}/sidepanel.html`);
    const other = await browser.context.newPage();
    await other.goto(fx.urlOf(fx.chapters[0]));
    const { report: first } = await reportFor(fx.urlOf(fx.chapters[0]));
    const listOf = (r) => r.detections.map((d) => d.passage ?? '¶').join(' ');
    const shown = () => follower.evaluate(() => [...document.querySelectorAll('.sp-entry')].map((li) => li.dataset.passage || '¶').join(' '));
    await other.bringToFront();
    await until('the list of the active ch26 tab', async () => (await shown()) === listOf(first));
    await chapterPage.bringToFront();
    const { report: second } = await reportFor(chapterPage.url());
    await until('the list of the active ch27 tab', async () => (await shown()) === listOf(second));
    await other.close();
    await follower.close();
  });

  it('no error in the panel or the page', () => {
    assert.deepEqual(errors, []);
  });
});
