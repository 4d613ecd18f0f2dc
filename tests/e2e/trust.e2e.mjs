// The attacker's view, in Chromium and Firefox: a content script is the page's
// neighbour (a compromised renderer holds its world), so from a content
// script's own world, on one site, it must not reach the reader's library,
// another site's notes, or another tab's report.
//
// The content script's world is reached the way the extension itself reaches
// it: scripting.executeScript (ISOLATED world, the world the content script
// runs in) from an extension page, calling runtime.sendMessage there (the
// build grants host permissions for the two sites, which executeScript needs
// in Chromium; the shipped build has none). The
// background sees a content script of that tab and frame, as it would for a
// compromised one. Every method of the contract is called, with the examples
// of its schemas (tests/e2e/contract.mjs).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { BROWSERS, adapterFor } from './adapters.mjs';
import { TEST_HOST } from './browsers.mjs';
import { loadContract } from './contract.mjs';
import { loadOverlayFixtures } from './overlay-fixtures.mjs';
import { servePages } from './server.mjs';

const SITE_B = 'www.marxists.info';
const SECRET = 'my private note on site A, 7f3c';

/** In an extension page: runs `calls` one after another in the content script's world of `tabId`'s top frame; the replies. */
function callFromContentWorld({ tabId, calls }) {
  const api = globalThis.browser ?? globalThis.chrome;
  return api.scripting.executeScript({
    target: { tabId },
    // As JSON: Chromium drops null-valued properties from executeScript's arguments, which runtime.sendMessage keeps.
    func: async (json) => {
      const rt = (globalThis.browser ?? globalThis.chrome).runtime;
      const out = [];
      for (const call of JSON.parse(json)) out.push(await rt.sendMessage(call).catch((e) => ({ thrown: String(e) })));
      return out;
    },
    args: [JSON.stringify(calls)],
  }).then(([r]) => r.result);
}

for (const browserName of BROWSERS) defineTrustScenarios(browserName);

function defineTrustScenarios(browserName) {
  describe(`${browserName}: what a content script can reach`, { timeout: 300_000 }, () => {
    let fx, server, b, contract, siteA, siteB, stored, extPage, tmp;

    before(async () => {
      [fx, contract] = await Promise.all([loadOverlayFixtures(), loadContract()]);
      server = await servePages({ [fx.chapter.path]: fx.chapter.html });
      tmp = mkdtempSync(path.join(os.tmpdir(), 'counterpoint-trust-'));
      const hostPermissions = [TEST_HOST, SITE_B].map((h) => `*://${h}/*`).join(',');
      execFileSync(process.execPath, ['scripts/build.mjs'], { env: { ...process.env, COUNTERPOINT_OUT: tmp, COUNTERPOINT_TEST_HOST_PERMISSIONS: hostPermissions }, stdio: 'ignore' });
      b = await adapterFor(browserName)({ extDir: path.join(tmp, browserName === 'chromium' ? 'chrome' : 'firefox'), hosts: [TEST_HOST, SITE_B] });
      siteA = server.url(TEST_HOST, fx.chapter.path);
      siteB = server.url(SITE_B, fx.chapter.path);
      // An extension page, as the library is: the reader's note on site A, imported through the library's own method.
      extPage = await b.open(b.extUrl('popup.html?tab=-1'));
      const csv = `url,quote,note\r\n${siteA},Could the Bolsheviks,"${SECRET}"\r\n`;
      const imported = await asPage({ method: 'importHighlights', args: ['csv', csv] });
      assert.equal(imported.ok, true, JSON.stringify(imported));
      stored = await asPage({ method: 'listHighlights', args: [] });
      assert.equal(stored.ok, true, JSON.stringify(stored));
      assert.equal(stored.value.length, 1);
      for (const url of [siteA, siteB]) await b.open(url);
    });

    after(async () => {
      await b?.close();
      await server?.close();
      if (tmp) rmSync(tmp, { recursive: true, force: true });
    });

    const asPage = (message) => extPage.evaluate((m) => chrome.runtime.sendMessage(m), message);
    const tabOf = async (url) => (await b.reportFor(url)).tabId;
    const fromContent = async (url, calls) => extPage.evaluate(callFromContentWorld, { tabId: await tabOf(url), calls });

    it('site A\'s own content world gets site A\'s note (the channel works)', async () => {
      const [reply] = await fromContent(siteA, [{ method: 'highlightsForPage', args: [siteA] }]);
      assert.equal(reply.ok, true, JSON.stringify(reply));
      assert.deepEqual(reply.value.map((h) => h.note), [SECRET]);
    });

    it('every method for extension pages is refused there, and no reply on site B holds site A\'s note', async () => {
      const pageOnly = contract.METHODS.filter((m) => !contract.CONTRACT[m].callers.includes('content'));
      assert.ok(pageOnly.length >= 25, `page-only methods: ${pageOnly.length}`);
      const idA = stored.value[0].id;
      const calls = [
        ...pageOnly.map((method) => ({ method, args: contract.exampleArgs(method) })),
        // The page-only methods again with what an attacker would pass: the library, the other tab, the note's id.
        { method: 'listHighlights', args: [] }, { method: 'exportHighlights', args: ['jsonld'] }, { method: 'exportHighlights', args: ['markdown'] },
        { method: 'getTabReport', args: [await tabOf(siteA)] }, { method: 'deleteHighlight', args: [idA] }, { method: 'resetDataset', args: [] },
      ];
      const replies = await fromContent(siteB, calls);
      const accepted = calls.filter((_, i) => replies[i]?.ok !== false || !/^refused: \w+ is for extension pages only/.test(replies[i].error));
      assert.deepEqual(accepted.map((c) => c.method), [], JSON.stringify(replies.filter((r) => r?.ok !== false)).slice(0, 500));
      const own = await fromContent(siteB, [{ method: 'highlightsForPage', args: [siteB] }, { method: 'takePendingHighlight', args: [] }]);
      assert.deepEqual(own.map((r) => r.ok), [true, true]);
      assert.deepEqual(own[0].value, [], 'site B has no highlight of its own');
      assert.ok(!JSON.stringify([...replies, ...own]).includes(SECRET), 'a reply on site B holds site A\'s note');
    });

    it('a save from site B cannot claim site A\'s page, nor write over site A\'s record', async () => {
      const draft = { url: siteA, title: 't', quote: { type: 'TextQuoteSelector', exact: 'Could the Bolsheviks', prefix: '', suffix: '' },
        position: { type: 'TextPositionSelector', start: 0, end: 20 }, note: 'overwritten', tags: [], chapter: null, passage: null };
      const idA = stored.value[0].id;
      const [asA, overA] = await fromContent(siteB, [
        { method: 'saveHighlight', args: [draft] },
        { method: 'saveHighlight', args: [{ ...draft, url: siteB, id: idA }] },
      ]);
      assert.match(asA.error ?? '', /^refused: saveHighlight names a page outside the sender's origin/, JSON.stringify(asA));
      assert.match(overA.error ?? '', /^refused: saveHighlight cannot write over a highlight of another page/, JSON.stringify(overA));
      const after = await asPage({ method: 'listHighlights', args: [] });
      assert.deepEqual(after.value, stored.value, 'site A\'s record is untouched');
    });

    it('site B names no page of site A: reports, highlights and anchoring for another origin are refused', async () => {
      const idA = stored.value[0].id;
      const replies = await fromContent(siteB, [
        { method: 'highlightsForPage', args: [siteA] },
        { method: 'reportAnchoring', args: [siteA, [{ id: idA, status: 'orphaned' }]] },
        { method: 'reportDetections', args: [{ url: siteA, title: 't', chapter: null, detections: [] }] },
      ]);
      for (const r of replies) assert.match(r.error ?? '', /^refused: \w+ names a page outside the sender's origin/, JSON.stringify(r));
      const after = await asPage({ method: 'listHighlights', args: [] });
      assert.deepEqual(after.value, stored.value, 'site A\'s record is untouched');
    });
  });
}
