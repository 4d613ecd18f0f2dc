// The browser scenario, shared by the Chromium and Firefox suites: the
// demo chapter pages (scripts/lib/demo-chapter.ts, assembled from
// ../shared/reference/hrr at run time) and an unrelated page are served under
// www.marxists.org; the built extension must highlight exactly the reference
// passages and the opening, store the report in storage.session, answer the
// typed getTabReport call and set the badge to the detection count.
//
// A suite provides an adapter (see defineScenarios) and this file does the rest.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { build } from 'esbuild';
import { decodePng, tintedShare } from './png.mjs';
import { servePages } from './server.mjs';
import { TEST_HOST } from './browsers.mjs';

/** The default demo chapter (all passages inside its opening) and one whose passages also stand in their own paragraphs. */
export const SCENARIO_CHAPTERS = ['ch26', 'ch27'];
const WAIT_MS = 20_000;

/** scripts/lib/demo-chapter.ts, bundled by esbuild in memory and imported as a data: module. */
export async function loadDemoModule() {
  const result = await build({
    entryPoints: [path.resolve('scripts/lib/demo-chapter.ts')], bundle: true, platform: 'node', format: 'esm',
    target: 'node20', packages: 'external', write: false, logLevel: 'error',
  });
  const code = result.outputFiles[0].text;
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}

/** The fixture pages and a server for them. */
export async function serveFixtures(chapterIds = SCENARIO_CHAPTERS) {
  const demo = await loadDemoModule();
  const chapters = chapterIds.map((id) => demo.demoChapter(id));
  const negative = demo.negativePage();
  const pages = Object.fromEntries([...chapters, negative].map((p) => [p.path, p.html]));
  const server = await servePages(pages);
  return { server, chapters, negative, urlOf: (p) => server.url(TEST_HOST, p.path) };
}

/** Whitespace (incl. NBSP) removed and edge punctuation trimmed: detection spans run from first to last word. */
export const squash = (s) => s.replace(/[\s\u00a0]+/g, '').replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
export const oneLine = (s) => s.replace(/[\s\u00a0]+/g, ' ').trim();

export async function until(what, fn, timeoutMs = WAIT_MS, intervalMs = 100) {
  const deadline = Date.now() + timeoutMs;
  let last;
  for (;;) {
    try {
      const value = await fn();
      if (value) return value;
    } catch (e) {
      last = e;
    }
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${last ? `: ${last.message}` : ''}`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

/**
 * Runs in the page: the ranges of a named highlight, each with its text
 * (footnote markers left out, as the page-text model does), the names of the
 * highlights hit at the middle of its widest line, and that line's rect.
 * Self-contained: serialised into the page by the driver.
 */
/** In the page: the centre of the open card's button labelled `label` ("next paragraph"); null when there is none or it is disabled. */
function buttonInCard(label) {
  const button = document.querySelector('counterpoint-overlay')?.shadowRoot.querySelector(`[role="dialog"] button[aria-label="${label}"]`);
  if (!button || button.disabled) return null;
  const r = button.getBoundingClientRect();
  return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
}

/**
 * Pages through the open card (its button labelled `nextLabel`) until `look()` returns a value:
 * that value, or null when the last of up to 8 paragraphs has been looked at.
 */
export async function pageThroughCard(page, nextLabel, look) {
  for (let n = 0; n < 8; n += 1) {
    const found = await look();
    if (found) return found;
    // A real click: the overlay ignores clicks a script makes up.
    const at = await page.evaluate(buttonInCard, nextLabel);
    if (!at) return null;
    await page.mouse.click(at.x, at.y);
    await new Promise((r) => setTimeout(r, 60));
  }
  return null;
}

export function readHighlightInPage(name) {
  const registry = globalThis.CSS?.highlights;
  if (!registry) return { supported: false, ranges: null };
  const h = registry.get(name);
  if (!h) return { supported: true, ranges: null };
  const names = [...registry.keys()];
  const ranges = [];
  for (const r of h) {
    const frag = r.cloneContents();
    for (const sup of frag.querySelectorAll('sup')) sup.remove();
    const el = r.startContainer.nodeType === 1 ? r.startContainer : r.startContainer.parentElement;
    el.scrollIntoView({ block: 'center' });
    const rects = [...r.getClientRects()].filter((q) => q.width > 0 && q.height > 0);
    const rect = rects.sort((a, b) => b.width - a.width)[0];
    let hits = null;
    if (rect && typeof registry.highlightsFromPoint === 'function') {
      hits = registry.highlightsFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2)
        .map((entry) => names.find((n) => registry.get(n) === entry.highlight) ?? '?');
    }
    ranges.push({ text: frag.textContent, hits, rect: rect ? { x: rect.x, y: rect.y, width: rect.width, height: rect.height } : null });
  }
  return { supported: true, ranges };
}

/** Runs in the page: scrolls the first element matched by `selector` into view and returns its rect and the viewport width. */
export function rectInPage(selector) {
  const el = document.querySelector(selector);
  el.scrollIntoView({ block: 'center' });
  const r = el.getBoundingClientRect();
  return { rect: { x: r.x, y: r.y, width: r.width, height: r.height }, innerWidth: window.innerWidth };
}

/** Runs in the page: scrolls a passage range into view again and returns its widest line rect and the viewport width. */
export function passageRectInPage(index) {
  const r = [...CSS.highlights.get('counterpoint-passage')][index];
  (r.startContainer.nodeType === 1 ? r.startContainer : r.startContainer.parentElement).scrollIntoView({ block: 'center' });
  const rect = [...r.getClientRects()].sort((a, b) => b.width - a.width)[0];
  return { rect: { x: rect.x, y: rect.y, width: rect.width, height: rect.height }, innerWidth: window.innerWidth };
}

/**
 * Registers the suite. `adapter()` launches the browser and resolves to:
 *   open(url) → page handle { evaluate(fn, arg), screenshot() → PNG Buffer }
 *   sessionStorage() → everything in the extension's storage.session (as the background sees it)
 *   call(message) → the background's reply to runtime.sendMessage(message) from an extension page
 *   badgeText(tabId) → the action badge text of a tab
 *   close()
 */
export function defineScenarios(browserName, adapter) {
  describe(`${browserName}: Counterpoint on marxists.org pages`, { timeout: 120_000 }, () => {
    let fx, b;
    const opened = new Map();

    before(async () => {
      for (const dir of ['dist/chrome', 'dist/firefox']) {
        assert.ok(existsSync(path.join(dir, 'manifest.json')), `${dir} is missing: run \`npm run build\` first`);
      }
      fx = await serveFixtures();
      b = await adapter();
    });

    after(async () => {
      await b?.close();
      await fx?.server.close();
    });

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
      const label = i === 0 ? `${id} (default demo chapter)` : `${id} (passages between editorial notes)`;

      it(`${label}: one counterpoint-passage range per reference passage, with its text`, async (t) => {
        const demo = fx.chapters[i];
        const { page } = await visit(demo);
        const got = await page.evaluate(readHighlightInPage, 'counterpoint-passage');
        assert.ok(got.supported, 'CSS Custom Highlight API is missing');
        assert.ok(got.ranges, 'no counterpoint-passage highlight registered');
        const texts = got.ranges.map((r) => oneLine(r.text));
        assert.equal(got.ranges.length, demo.passages.length,
          `expected ${demo.passages.length} ranges (${demo.expectedPassageIds.join(', ')}), got ${got.ranges.length}:\n  ${texts.join('\n  ')}`);
        for (const p of demo.passages) {
          const n = got.ranges.filter((r) => squash(r.text) === squash(p.text)).length;
          assert.equal(n, 1, `${p.id}: expected exactly one range with its text\n  passage: ${p.text}\n  ranges:\n  ${texts.join('\n  ')}`);
        }
        t.diagnostic(`${got.ranges.length} ranges: ${demo.expectedPassageIds.join(', ')}; highlightsFromPoint ${got.ranges[0].hits === null ? 'not available' : 'checked'}`);
        for (const r of got.ranges) {
          if (r.hits !== null) assert.ok(r.hits.includes('counterpoint-passage'), `highlightsFromPoint misses the range "${oneLine(r.text).slice(0, 60)}…" (hits: ${r.hits})`);
        }
      });

      it(`${label}: counterpoint-opening covers the chapter opening`, async () => {
        const demo = fx.chapters[i];
        const { page } = await visit(demo);
        const got = await page.evaluate(readHighlightInPage, 'counterpoint-opening');
        assert.ok(got.ranges, 'no counterpoint-opening highlight registered');
        assert.equal(got.ranges.length, 1, `expected one opening range, got ${got.ranges.length}`);
        assert.equal(squash(got.ranges[0].text), squash(demo.openingText), 'the opening range does not cover exactly the opening text');
        if (got.ranges[0].hits !== null) assert.ok(got.ranges[0].hits.includes('counterpoint-opening'));
      });

      it(`${label}: report in storage.session, getTabReport round trip, badge = count`, async () => {
        const demo = fx.chapters[i];
        const { tabId, report, url } = await visit(demo);
        assert.equal(report.url, url);
        const passageIds = report.detections.filter((d) => d.passage !== null).map((d) => d.passage);
        assert.deepEqual([...passageIds].sort(), [...demo.expectedPassageIds].sort(), 'passage ids in the stored report');
        for (const d of report.detections) assert.equal(d.chapter, demo.chapter.id, `chapter of ${d.passage ?? 'the opening'}`);
        const openings = report.detections.filter((d) => d.passage === null);
        assert.equal(openings.length, 1, 'one opening detection');
        assert.equal(report.detections.length, demo.passages.length + 1);
        for (const d of report.detections) {
          assert.ok(d.end > d.start && d.score > 0 && d.score <= 1 && d.excerpt.length > 0, `malformed detection ${JSON.stringify(d)}`);
        }

        const reply = await b.call({ method: 'getTabReport', args: [tabId] });
        assert.deepEqual(reply, { ok: true, value: report }, 'getTabReport through the background returns the stored report');
        const refused = await b.call({ method: 'noSuchMethod', args: [] });
        assert.equal(refused?.ok, false, 'a call outside the contract is refused');

        assert.equal(await b.badgeText(tabId), String(passageIds.length), 'badge text: the passages found');
        assert.equal(report.chapter, demo.chapter.id, 'the recognised chapter in the report');
      });
    }

    it('ch26: the overlay shows one margin marker per passage and the chapter banner', async () => {
      const demo = fx.chapters[0];
      const { page } = await visit(demo);
      const got = await until('the overlay', async () => {
        const o = await page.evaluate(() => {
          const root = document.querySelector('counterpoint-overlay')?.shadowRoot;
          return root && { markers: root.querySelectorAll('[data-marker]').length, banner: root.querySelector('[role="region"]')?.textContent ?? null };
        });
        return o?.banner ? o : null;
      });
      assert.equal(got.markers, demo.passages.length);
      assert.ok(got.banner.includes(demo.chapter.title.replace(/[“”]/g, '"')) || got.banner.includes(demo.chapter.title), got.banner);
    });

    it('ch26: the passage highlight is visibly painted, plain text is not', async (t) => {
      const { page } = await visit(fx.chapters[0]);
      const shot = async (fn, arg) => {
        const { rect, innerWidth } = await page.evaluate(fn, arg);
        const img = decodePng(await page.screenshot());
        const k = img.width / innerWidth;
        return tintedShare(img, { x: rect.x * k, y: rect.y * k, width: rect.width * k, height: rect.height * k });
      };
      const highlighted = await shot(passageRectInPage, 0);
      const plain = await shot(rectInPage, 'p.note');
      t.diagnostic(`tinted pixels: ${(highlighted * 100).toFixed(1)}% of a passage line, ${(plain * 100).toFixed(1)}% of a plain note`);
      assert.ok(highlighted > 0.3, `only ${(highlighted * 100).toFixed(1)}% of the first passage line is tinted`);
      assert.ok(plain < 0.05, `${(plain * 100).toFixed(1)}% of a plain editorial note is tinted`);
    });

    it('an unrelated marxists.org page: no highlights, empty report, no badge', async () => {
      const { page, tabId, report } = await visit(fx.negative);
      assert.deepEqual(report.detections, [], 'detections on the unrelated page');
      for (const name of ['counterpoint-passage', 'counterpoint-opening']) {
        const got = await page.evaluate(readHighlightInPage, name);
        assert.equal(got.ranges, null, `${name} is registered on the unrelated page`);
      }
      assert.equal(await b.badgeText(tabId), '', 'badge text on the unrelated page');
      const reply = await b.call({ method: 'getTabReport', args: [tabId] });
      assert.deepEqual(reply, { ok: true, value: report });
    });
  });
}
