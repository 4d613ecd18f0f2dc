// The overlay, in Chromium and in Firefox (tests/e2e/lib/adapters.mjs): a marxists.org chapter page, a blog quoting passages
// with variants on a site the reader enabled, a dark mirror page, a frame, a
// single-page app and late content. Pages are assembled at run time from
// ../shared/reference (tests/fixtures/overlay-pages.ts, scripts/lib/demo-chapter.ts).
//
// The extension is a test build of the shipped one that also holds the blog's
// host permission (COUNTERPOINT_TEST_HOST_PERMISSIONS): a reader grants it at
// a prompt no test can click; everything after the grant is the real path.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { BROWSERS, adapterFor } from './lib/adapters.mjs';
import { TEST_HOST } from './lib/browsers.mjs';
import {
  bannerInPage,
  cardInPage,
  domUnchangedInPage,
  focusFirstMarkerInPage,
  markerCountInPage,
  overlayFocusInPage,
  passageLinesInPage,
  passageOwnLinesInPage,
  registeredInPage,
} from './lib/overlay-page.mjs';
import { loadOverlayFixtures as loadFixtures } from './lib/overlay-fixtures.mjs';
import { servePages } from './lib/server.mjs';
import { until } from './lib/wait.mjs';
import { cardPagesOf, paragraphsOn } from './lib/card-order.mjs';

const DATASET = JSON.parse(readFileSync('src/data/dataset.json', 'utf8'));

const firstWords = (text) => text.slice(0, 90);
/** Reference passages in a report (quotations inside a chapter's opening also report the opening, passage null). */
const passagesOf = (report) =>
  report.detections.filter((d) => d.passage !== null).map((d) => d.passage);

function overlaps(a, b) {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

for (const browserName of BROWSERS) defineOverlayScenarios(browserName);

function defineOverlayScenarios(browserName) {
  describe(`${browserName}: the overlay`, { timeout: 300_000 }, () => {
    let fx, server, b, tmp;
    const errors = [];

    before(async () => {
      fx = await loadFixtures();
      const all = [fx.chapter, fx.blog, fx.dark, ...fx.frames, fx.spa, fx.late, fx.long];
      server = await servePages(Object.fromEntries(all.map((p) => [p.host + p.path, p.html])));
      tmp = mkdtempSync(path.join(os.tmpdir(), 'counterpoint-overlay-'));
      execFileSync(process.execPath, ['scripts/build.mjs'], {
        env: {
          ...process.env,
          COUNTERPOINT_OUT: tmp,
          COUNTERPOINT_TEST_HOST_PERMISSIONS: `*://${fx.pages.BLOG_HOST}/*`,
        },
        stdio: 'ignore',
      });
      b = await adapterFor(browserName)({
        extDir: path.join(tmp, browserName === 'chromium' ? 'chrome' : 'firefox'),
        hosts: [TEST_HOST, fx.pages.MIRROR_HOST, fx.pages.BLOG_HOST],
        viewport: { width: 1280, height: 900 },
      });
    });

    after(async () => {
      await b?.close();
      await server?.close();
      if (tmp) rmSync(tmp, { recursive: true, force: true });
    });

    const urlOf = (p, host = p.host || TEST_HOST) => server.url(host, p.path);
    const reportFor = (url) => b.reportFor(url);

    async function open(p, host) {
      const page = await b.newPage();
      b.watchErrors(page, p.path, errors);
      const url = urlOf(p, host);
      await page.goto(url);
      const { tabId, report } = await reportFor(url);
      return { page, tabId, report, url };
    }

    /** Hovers the middle of passage i's widest line and waits for a card that shows `expected`. */
    async function hoverCard(page, i, expected) {
      const lines = await page.evaluate(passageLinesInPage, i);
      const line = [...(await page.evaluate(passageOwnLinesInPage, i))].sort(
        (a, b) => b.width - a.width,
      )[0];
      await page.mouse.move(line.x + line.width / 2, line.y + line.height / 2, { steps: 3 });
      let seen = null;
      const card = await until(
        `a card showing “${firstWords(expected)}…”`,
        async () => {
          const c = await page.evaluate(cardInPage);
          seen = c?.text ?? null;
          return c?.text.includes(expected) ? c : null;
        },
        5000,
        50,
      ).catch((e) => {
        throw new Error(`${e.message}; the card showed: ${seen?.slice(0, 300) ?? 'nothing'}`);
      });
      return { card, lines };
    }

    let chapterVisit;

    it('chapter page: every passage highlighted by layer, banner names the chapter and its sections', async () => {
      chapterVisit = await open(fx.chapter);
      const { page, report } = chapterVisit;
      assert.deepEqual(
        report.detections.filter((d) => d.passage).map((d) => d.passage),
        fx.chapter.planted,
      );
      const registered = await until('highlights', () =>
        page.evaluate(registeredInPage).then((r) => (r['counterpoint-passage'] ? r : null)),
      );
      assert.equal(registered['counterpoint-passage'], fx.chapter.planted.length);
      assert.ok(
        registered['counterpoint-critique'] > 0,
        `critique layer painted: ${JSON.stringify(registered)}`,
      );
      for (const name of Object.keys(registered))
        assert.ok(!name.endsWith('-dark'), `${name} on a light page`);
      const banner = await until('the chapter banner', () => page.evaluate(bannerInPage));
      assert.match(banner, /Chapter 26/);
      assert.ok(banner.includes('Could the Bolsheviks Have Seized the Power in July?'), banner);
      const chapter = DATASET.chapters.find((c) => c.id === 'ch26');
      for (const s of chapter.sections)
        assert.ok(banner.includes(`§${s}`), `banner offers section ${s}: ${banner}`);
      assert.equal(
        await page.evaluate(markerCountInPage),
        fx.chapter.planted.length,
        'one margin marker per passage',
      );
    });

    it('chapter page: hover opens the right review paragraph, beside and not over the passage', async () => {
      const { page } = chapterVisit;
      for (const [i, id] of fx.chapter.planted.entries()) {
        await page.mouse.move(5, 890);
        await until('no card', async () => (await page.evaluate(cardInPage)) === null, 3000, 50);
        const expected = paragraphsOn(id)[0].text;
        const { card, lines } = await hoverCard(page, i, expected);
        for (const line of lines)
          assert.ok(!overlaps(card.rect, line), `${id}: the card covers a line of its passage`);
        assert.ok(
          card.text.includes('The Revolution Remembered Through a Mirror'),
          'the card attributes the review',
        );
      }
    });

    it('chapter page: a click pins the card; moving away keeps it; Escape closes it', async () => {
      const { page } = chapterVisit;
      const lines = await page.evaluate(passageLinesInPage, 1);
      await page.mouse.click(lines[0].x + 10, lines[0].y + lines[0].height / 2);
      await until('a card', () => page.evaluate(cardInPage), 3000, 50);
      await page.mouse.move(5, 890);
      await new Promise((r) => setTimeout(r, 900));
      assert.ok(
        await page.evaluate(cardInPage),
        'a pinned card stays open when the pointer leaves',
      );
      assert.ok(
        (await page.evaluate(cardInPage)).text.includes(
          paragraphsOn(fx.chapter.planted[1])[0].text,
        ),
      );
      await page.keyboard.press('Escape');
      await until(
        'the card to close',
        async () => (await page.evaluate(cardInPage)) === null,
        3000,
        50,
      );
    });

    it('chapter page: keyboard — focusing a marker opens its card, Tab enters the card, ←/→ page, Escape returns to the marker', async () => {
      const { page } = chapterVisit;
      await page.bringToFront(); // focus events need the focused window (Firefox: one window per page)
      await page.evaluate(focusFirstMarkerInPage);
      const id = fx.chapter.planted[0];
      const pages = cardPagesOf(id);
      await until(
        'the card of the focused marker',
        async () => (await page.evaluate(cardInPage))?.text.includes(pages[0].paragraphs[0].text),
        3000,
        50,
      );
      await page.keyboard.press('Tab');
      assert.equal(
        await page.evaluate(overlayFocusInPage),
        'card',
        'Tab moves from the marker into its card',
      );
      if (pages.length > 1) {
        await page.keyboard.press('ArrowRight');
        await until(
          'the next review section',
          async () => (await page.evaluate(cardInPage))?.text.includes(pages[1].paragraphs[0].text),
          3000,
          50,
        );
      }
      await page.keyboard.press('Escape');
      await until(
        'the card to close',
        async () => (await page.evaluate(cardInPage)) === null,
        3000,
        50,
      );
      assert.equal(
        await page.evaluate(overlayFocusInPage),
        'marker',
        'focus goes back to the marker',
      );
    });

    it('chapter page: next/previous passage commands walk the passages and open their cards', async () => {
      const { page, tabId } = chapterVisit;
      await page.evaluate(() => window.scrollTo(0, 0));
      const send = (command) =>
        b.bg(([t, c]) => chrome.tabs.sendMessage(t, { command: c }), [tabId, command]);
      for (const id of fx.chapter.planted.slice(0, 3)) {
        await send('next-passage');
        await until(
          `the card of ${id}`,
          async () => (await page.evaluate(cardInPage))?.text.includes(paragraphsOn(id)[0].text),
          3000,
          50,
        );
      }
      await send('previous-passage');
      await until(
        'the card of the second passage again',
        async () =>
          (await page.evaluate(cardInPage))?.text.includes(
            paragraphsOn(fx.chapter.planted[1])[0].text,
          ),
        3000,
        50,
      );
      await page.keyboard.press('Escape');
    });

    it('chapter page: the page DOM is unchanged apart from our one host element; badge counts passages', async () => {
      const { page, tabId } = chapterVisit;
      const dom = await page.evaluate(domUnchangedInPage, fx.chapter.html);
      assert.deepEqual(dom, {
        head: true,
        body: true,
        htmlAttributes: true,
        children: ['head', 'body', 'counterpoint-overlay'],
      });
      assert.equal(
        await b.bg((id) => chrome.action.getBadgeText({ tabId: id }), tabId),
        String(fx.chapter.planted.length),
      );
    });

    it('toggling the overlay off clears every highlight and marker; on brings them back, without reload', async () => {
      const { page } = chapterVisit;
      const setOverlay = (on) =>
        b.bg(
          (v) =>
            chrome.storage.local
              .get('settings')
              .then((s) => chrome.storage.local.set({ settings: { ...s.settings, overlay: v } })),
          on,
        );
      await setOverlay(false);
      await until(
        'no highlights and no markers',
        async () =>
          Object.keys(await page.evaluate(registeredInPage)).length === 0 &&
          (await page.evaluate(markerCountInPage)) === 0,
        3000,
        50,
      );
      await setOverlay(true);
      await until(
        'highlights back',
        async () =>
          (await page.evaluate(registeredInPage))['counterpoint-passage'] ===
          fx.chapter.planted.length,
        3000,
        50,
      );
    });

    it('a blog on a site the reader enabled: variant quotes recognised, right paragraph on hover, no chapter banner', async () => {
      await b.bg(
        (host) =>
          chrome.storage.local
            .get('settings')
            .then((s) =>
              chrome.storage.local.set({ settings: { ...s.settings, sites: { [host]: true } } }),
            ),
        fx.pages.BLOG_HOST,
      );
      await until(
        'the reader-site content script',
        async () => (await b.bg(() => chrome.scripting.getRegisteredContentScripts())).length === 1,
      );
      const { page, report } = await open(fx.blog);
      assert.deepEqual(passagesOf(report), fx.blog.planted);
      assert.equal(
        report.chapter,
        null,
        'quotations that overlap chapter openings do not make the blog a chapter',
      );
      await until(
        'highlights',
        async () =>
          (await page.evaluate(registeredInPage))['counterpoint-passage'] ===
          fx.blog.planted.length,
      );
      await hoverCard(page, 0, paragraphsOn(fx.blog.planted[0])[0].text);
      assert.equal(await page.evaluate(bannerInPage), null);
    });

    it('a dark mirror page: dark highlight names, chapter recognised on the mirror', async () => {
      const { page, report } = await open(fx.dark);
      assert.equal(report.chapter, 'ch26');
      const registered = await until('highlights', () =>
        page.evaluate(registeredInPage).then((r) => (r['counterpoint-passage'] ? r : null)),
      );
      const layerNames = Object.keys(registered).filter(
        (n) =>
          !['counterpoint-passage', 'counterpoint-opening', 'counterpoint-opening-dark'].includes(
            n,
          ),
      );
      assert.ok(
        layerNames.length > 0 && layerNames.every((n) => n.endsWith('-dark')),
        `dark names only: ${layerNames}`,
      );
    });

    it('a passage in a same-origin iframe is highlighted in the frame and reported with the tab', async () => {
      const [host] = fx.frames;
      const { page, url } = await open(host);
      const frame = await until('the frame', () =>
        page.frames().find((f) => f.url().endsWith('/frame.htm')),
      );
      await until(
        "the frame's highlight",
        async () =>
          (await frame.evaluate(() => CSS.highlights.get('counterpoint-passage')?.size)) === 1,
      );
      const { report } = await until('the frame in the tab report', async () => {
        const r = await reportFor(url);
        return r.report.detections.some((d) => d.passage === 'VII-03') && r;
      });
      assert.deepEqual(passagesOf(report), ['VII-03']);
    });

    it('a single-page app: pushState navigation re-scans and reports the new page', async () => {
      const { page } = await open(fx.spa);
      await page.click('#next');
      const url = urlOf({ path: '/archive/trotsky/e2e/spa/second', host: '' });
      const { report } = await reportFor(url);
      assert.deepEqual(passagesOf(report), fx.spa.after);
      await until(
        'one highlight, the new passage',
        async () => (await page.evaluate(registeredInPage))['counterpoint-passage'] === 1,
      );
    });

    it('content that arrives late is scanned when it arrives', async () => {
      const url = urlOf(fx.late);
      const page = await b.newPage();
      await page.goto(url);
      await until('the late passage in the report', async () =>
        (await reportFor(url)).report.detections.some((d) => d.passage === fx.late.planted[0]),
      );
      await until(
        'its highlight',
        async () => (await page.evaluate(registeredInPage))['counterpoint-passage'] === 1,
      );
    });

    it('a very long page: every passage reported, only those near the viewport painted, more as the reader scrolls', async () => {
      const { page, report } = await open(fx.long);
      assert.equal(passagesOf(report).length, fx.long.planted.length);
      const painted = () =>
        page.evaluate(() => {
          const ranges = [...(CSS.highlights.get('counterpoint-passage') ?? [])];
          const onScreen = ranges.filter((r) => {
            const b = r.getBoundingClientRect();
            return b.bottom > 0 && b.top < innerHeight;
          }).length;
          return { total: ranges.length, onScreen };
        });
      const top = await until('highlights near the top', async () =>
        (await painted()).total > 0 ? painted() : null,
      );
      assert.ok(
        top.total < fx.long.planted.length / 2,
        `${top.total} of ${fx.long.planted.length} ranges painted at the top`,
      );
      assert.ok(top.onScreen > 0);
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      await until(
        'highlights near the bottom',
        async () => (await painted()).onScreen > 0,
        3000,
        50,
      );
    });

    it('no error in any page console', () => {
      assert.deepEqual(errors, []);
    });
  });
}
