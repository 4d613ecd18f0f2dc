// The core scenario, in Chromium and Firefox: the demo chapter pages
// (scripts/lib/demo-chapter.ts, assembled from ../shared/reference/hrr at run
// time) and an unrelated page are served under www.marxists.org; the built
// extension must highlight exactly the reference passages and the opening,
// store the report in storage.session, answer the typed getTabReport call and
// set the badge to the detection count.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { BROWSERS, adapterFor } from './lib/adapters.mjs';
import { oneLine, SCENARIO_CHAPTERS, serveFixtures, squash } from './lib/demo-pages.mjs';
import { passageRectInPage, readHighlightInPage, rectInPage } from './lib/highlight-page.mjs';
import { decodePng, tintedShare } from './lib/png.mjs';
import { until } from './lib/wait.mjs';

for (const browserName of BROWSERS) defineScenarios(browserName);

function defineScenarios(browserName) {
  describe(`${browserName}: Counterpoint on marxists.org pages`, { timeout: 120_000 }, () => {
    let fx, b;
    const opened = new Map();

    before(async () => {
      for (const dir of ['dist/chrome', 'dist/firefox']) {
        assert.ok(
          existsSync(path.join(dir, 'manifest.json')),
          `${dir} is missing: run \`npm run build\` first`,
        );
      }
      fx = await serveFixtures();
      b = await adapterFor(browserName)();
    });

    after(async () => {
      await b?.close();
      await fx?.server.close();
    });

    let extensionPage = null;
    /** The background's reply to `message`, sent from an extension page (the popup, opened as a tab). */
    const call = async (message) => {
      extensionPage ??= await b.open(b.extUrl('popup.html'));
      return extensionPage.evaluate(
        (m) => (globalThis.browser ?? chrome).runtime.sendMessage(m),
        message,
      );
    };
    const badgeText = (tabId) => b.bg((id) => chrome.action.getBadgeText({ tabId: id }), tabId);

    /** Opens a fixture page once and waits for the content script's report to reach storage.session. */
    async function visit(fixture) {
      if (opened.has(fixture.path)) return opened.get(fixture.path);
      const url = fx.urlOf(fixture);
      const page = await b.open(url);
      const [key, report] = await until(`the report for ${url} in storage.session`, async () => {
        const all = await b.sessionStorage();
        return Object.entries(all).find(([k, v]) => k.startsWith('report:') && v?.url === url);
      });
      const visit = { page, url, tabId: Number(key.slice('report:'.length)), report };
      opened.set(fixture.path, visit);
      return visit;
    }

    for (const [i, id] of SCENARIO_CHAPTERS.entries()) {
      const label =
        i === 0 ? `${id} (default demo chapter)` : `${id} (passages between editorial notes)`;

      it(`${label}: one counterpoint-passage range per reference passage, with its text`, async (t) => {
        const demo = fx.chapters[i];
        const { page } = await visit(demo);
        const got = await page.evaluate(readHighlightInPage, 'counterpoint-passage');
        assert.ok(got.supported, 'CSS Custom Highlight API is missing');
        assert.ok(got.ranges, 'no counterpoint-passage highlight registered');
        const texts = got.ranges.map((r) => oneLine(r.text));
        assert.equal(
          got.ranges.length,
          demo.passages.length,
          `expected ${demo.passages.length} ranges (${demo.expectedPassageIds.join(', ')}), got ${got.ranges.length}:\n  ${texts.join('\n  ')}`,
        );
        for (const p of demo.passages) {
          const n = got.ranges.filter((r) => squash(r.text) === squash(p.text)).length;
          assert.equal(
            n,
            1,
            `${p.id}: expected exactly one range with its text\n  passage: ${p.text}\n  ranges:\n  ${texts.join('\n  ')}`,
          );
        }
        t.diagnostic(
          `${got.ranges.length} ranges: ${demo.expectedPassageIds.join(', ')}; highlightsFromPoint ${got.ranges[0].hits === null ? 'not available' : 'checked'}`,
        );
        for (const r of got.ranges) {
          if (r.hits !== null)
            assert.ok(
              r.hits.includes('counterpoint-passage'),
              `highlightsFromPoint misses the range "${oneLine(r.text).slice(0, 60)}…" (hits: ${r.hits})`,
            );
        }
      });

      it(`${label}: counterpoint-opening covers the chapter opening`, async () => {
        const demo = fx.chapters[i];
        const { page } = await visit(demo);
        const got = await page.evaluate(readHighlightInPage, 'counterpoint-opening');
        assert.ok(got.ranges, 'no counterpoint-opening highlight registered');
        assert.equal(got.ranges.length, 1, `expected one opening range, got ${got.ranges.length}`);
        assert.equal(
          squash(got.ranges[0].text),
          squash(demo.openingText),
          'the opening range does not cover exactly the opening text',
        );
        if (got.ranges[0].hits !== null)
          assert.ok(got.ranges[0].hits.includes('counterpoint-opening'));
      });

      it(`${label}: report in storage.session, getTabReport round trip, badge = count`, async () => {
        const demo = fx.chapters[i];
        const { tabId, report, url } = await visit(demo);
        assert.equal(report.url, url);
        const passageIds = report.detections
          .filter((d) => d.passage !== null)
          .map((d) => d.passage);
        assert.deepEqual(
          [...passageIds].sort(),
          [...demo.expectedPassageIds].sort(),
          'passage ids in the stored report',
        );
        for (const d of report.detections)
          assert.equal(d.chapter, demo.chapter.id, `chapter of ${d.passage ?? 'the opening'}`);
        const openings = report.detections.filter((d) => d.passage === null);
        assert.equal(openings.length, 1, 'one opening detection');
        assert.equal(report.detections.length, demo.passages.length + 1);
        for (const d of report.detections) {
          assert.ok(
            d.end > d.start && d.score > 0 && d.score <= 1 && d.excerpt.length > 0,
            `malformed detection ${JSON.stringify(d)}`,
          );
        }

        const reply = await call({ method: 'getTabReport', args: [tabId] });
        assert.deepEqual(
          reply,
          { ok: true, value: report },
          'getTabReport through the background returns the stored report',
        );
        const refused = await call({ method: 'noSuchMethod', args: [] });
        assert.equal(refused?.ok, false, 'a call outside the contract is refused');

        assert.equal(
          await badgeText(tabId),
          String(passageIds.length),
          'badge text: the passages found',
        );
        assert.equal(report.chapter, demo.chapter.id, 'the recognised chapter in the report');
      });
    }

    it('ch26: the overlay shows one margin marker per passage and the chapter banner', async () => {
      const demo = fx.chapters[0];
      const { page } = await visit(demo);
      const got = await until('the overlay', async () => {
        const o = await page.evaluate(() => {
          const root = document.querySelector('counterpoint-overlay')?.shadowRoot;
          return (
            root && {
              markers: root.querySelectorAll('[data-marker]').length,
              banner: root.querySelector('[role="region"]')?.textContent ?? null,
            }
          );
        });
        return o?.banner ? o : null;
      });
      assert.equal(got.markers, demo.passages.length);
      assert.ok(
        got.banner.includes(demo.chapter.title.replace(/[“”]/g, '"')) ||
          got.banner.includes(demo.chapter.title),
        got.banner,
      );
    });

    it('ch26: the passage highlight is visibly painted, plain text is not', async (t) => {
      const { page } = await visit(fx.chapters[0]);
      const shot = async (fn, arg) => {
        const { rect, innerWidth } = await page.evaluate(fn, arg);
        const img = decodePng(await b.screenshot(page));
        const k = img.width / innerWidth;
        return tintedShare(img, {
          x: rect.x * k,
          y: rect.y * k,
          width: rect.width * k,
          height: rect.height * k,
        });
      };
      const highlighted = await shot(passageRectInPage, 0);
      const plain = await shot(rectInPage, 'p.note');
      t.diagnostic(
        `tinted pixels: ${(highlighted * 100).toFixed(1)}% of a passage line, ${(plain * 100).toFixed(1)}% of a plain note`,
      );
      assert.ok(
        highlighted > 0.3,
        `only ${(highlighted * 100).toFixed(1)}% of the first passage line is tinted`,
      );
      assert.ok(plain < 0.05, `${(plain * 100).toFixed(1)}% of a plain editorial note is tinted`);
    });

    it('an unrelated marxists.org page: no highlights, empty report, no badge', async () => {
      const { page, tabId, report } = await visit(fx.negative);
      assert.deepEqual(report.detections, [], 'detections on the unrelated page');
      for (const name of ['counterpoint-passage', 'counterpoint-opening']) {
        const got = await page.evaluate(readHighlightInPage, name);
        assert.equal(got.ranges, null, `${name} is registered on the unrelated page`);
      }
      assert.equal(await badgeText(tabId), '', 'badge text on the unrelated page');
      const reply = await call({ method: 'getTabReport', args: [tabId] });
      assert.deepEqual(reply, { ok: true, value: report });
    });
  });
}
