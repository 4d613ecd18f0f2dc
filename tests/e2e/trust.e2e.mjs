// The attacker's view, in Chromium and Firefox: a content script is the page's
// neighbour (a compromised renderer holds its world), so from a content
// script's own world, on one site, it must not reach the reader's library,
// another site's notes, or another tab's report. And from the page's own
// world: no way into the overlay (a closed shadow root), no save from events
// it makes up, and nothing of a note the reader types (the editor is an
// extension frame). The build is the shipped one (closed overlay) plus host
// permissions for the two sites.
//
// The content script's world is reached the way the extension itself reaches
// it: scripting.executeScript (ISOLATED world, the world the content script
// runs in) from an extension page, calling runtime.sendMessage there (the
// build grants host permissions for the two sites, which executeScript needs
// in Chromium; the shipped build has none). The
// background sees a content script of that tab and frame, as it would for a
// compromised one. Every method of the contract is called, with the examples
// of its schemas (tests/e2e/lib/contract.mjs).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { BROWSERS, adapterFor } from './lib/adapters.mjs';
import { TEST_HOST } from './lib/browsers.mjs';
import { loadContract } from './lib/contract.mjs';
import { editorFrame, editorOpen, pressSaveInEditor, typeInEditor } from './lib/editor-frame.mjs';
import { selectInPage } from './lib/highlight-page.mjs';
import { loadOverlayFixtures } from './lib/overlay-fixtures.mjs';
import { until } from './lib/wait.mjs';
import { servePages } from './lib/server.mjs';

const SITE_B = 'www.marxists.info';
const SECRET = 'my private note on site A, 7f3c';

/** In an extension page: runs `calls` one after another in the content script's world of `tabId`'s top frame; the replies. */
function callFromContentWorld({ tabId, calls }) {
  const api = globalThis.browser ?? globalThis.chrome;
  return api.scripting
    .executeScript({
      target: { tabId },
      // As JSON: Chromium drops null-valued properties from executeScript's arguments, which runtime.sendMessage keeps.
      func: async (json) => {
        const rt = (globalThis.browser ?? globalThis.chrome).runtime;
        const out = [];
        for (const call of JSON.parse(json))
          out.push(await rt.sendMessage(call).catch((e) => ({ thrown: String(e) })));
        return out;
      },
      args: [JSON.stringify(calls)],
    })
    .then(([r]) => r.result);
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
      execFileSync(process.execPath, ['scripts/build.mjs'], {
        env: {
          ...process.env,
          COUNTERPOINT_OUT: tmp,
          COUNTERPOINT_TEST_HOST_PERMISSIONS: hostPermissions,
          COUNTERPOINT_E2E_OPEN_OVERLAY: '',
        },
        stdio: 'ignore',
      });
      b = await adapterFor(browserName)({
        extDir: path.join(tmp, browserName === 'chromium' ? 'chrome' : 'firefox'),
        hosts: [TEST_HOST, SITE_B],
      });
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
      for (const url of [siteA, siteB]) await pageAt(url);
    });

    after(async () => {
      await b?.close();
      await server?.close();
      if (tmp) rmSync(tmp, { recursive: true, force: true });
    });

    const tabs = new Map();
    /** The page showing `url` (a tab of its own, opened once). */
    const pageAt = async (url) => {
      if (!tabs.has(url)) tabs.set(url, await b.open(url));
      return tabs.get(url);
    };
    const asPage = (message) => extPage.evaluate((m) => chrome.runtime.sendMessage(m), message);
    const tabOf = async (url) => (await b.reportFor(url)).tabId;
    const fromContent = async (url, calls) =>
      extPage.evaluate(callFromContentWorld, { tabId: await tabOf(url), calls });

    it("site A's own content world gets site A's note (the channel works)", async () => {
      const [reply] = await fromContent(siteA, [{ method: 'highlightsForPage', args: [siteA] }]);
      assert.equal(reply.ok, true, JSON.stringify(reply));
      assert.deepEqual(
        reply.value.map((h) => h.note),
        [SECRET],
      );
    });

    it("every method for extension pages is refused there, and no reply on site B holds site A's note", async () => {
      const pageOnly = contract.METHODS.filter(
        (m) => !contract.CONTRACT[m].callers.includes('content'),
      );
      assert.ok(pageOnly.length >= 25, `page-only methods: ${pageOnly.length}`);
      const idA = stored.value[0].id;
      const calls = [
        ...pageOnly.map((method) => ({ method, args: contract.exampleArgs(method) })),
        // The page-only methods again with what an attacker would pass: the library, the other tab, the note's id.
        { method: 'listHighlights', args: [] },
        { method: 'exportHighlights', args: ['jsonld'] },
        { method: 'exportHighlights', args: ['markdown'] },
        { method: 'getTabReport', args: [await tabOf(siteA)] },
        { method: 'deleteHighlight', args: [idA] },
        { method: 'resetDataset', args: [] },
      ];
      const replies = await fromContent(siteB, calls);
      const accepted = calls.filter(
        (_, i) =>
          replies[i]?.ok !== false ||
          !/^refused: \w+ is for (extension pages|the PDF viewer) only/.test(replies[i].error),
      );
      assert.deepEqual(
        accepted.map((c) => c.method),
        [],
        JSON.stringify(replies.filter((r) => r?.ok !== false)).slice(0, 500),
      );
      const own = await fromContent(siteB, [
        { method: 'highlightsForPage', args: [siteB] },
        { method: 'takePendingHighlight', args: [] },
      ]);
      assert.deepEqual(
        own.map((r) => r.ok),
        [true, true],
      );
      assert.deepEqual(own[0].value, [], 'site B has no highlight of its own');
      assert.ok(
        !JSON.stringify([...replies, ...own]).includes(SECRET),
        "a reply on site B holds site A's note",
      );
    });

    it("site B cannot save: no editor for site A's page, and an editor's token works only in its own tab", async () => {
      const draft = {
        url: siteA,
        title: 't',
        quote: { type: 'TextQuoteSelector', exact: 'Could the Bolsheviks', prefix: '', suffix: '' },
        position: { type: 'TextPositionSelector', start: 0, end: 20 },
        note: '',
        tags: [],
        chapter: null,
        passage: null,
      };
      const idA = stored.value[0].id;
      const [asA, overA, save] = await fromContent(siteB, [
        { method: 'openNoteEditor', args: [draft] },
        { method: 'openNoteEditor', args: [{ ...draft, url: siteB, id: idA }] },
        { method: 'saveNote', args: ['5d0c6f1e-8a4b-4c2d-9e3f-1a2b3c4d5e6f', 'overwritten', []] },
      ]);
      assert.match(
        asA.error ?? '',
        /^refused: openNoteEditor names a page outside the sender's origin/,
        JSON.stringify(asA),
      );
      assert.match(
        save.error ?? '',
        /^refused: saveNote is for extension pages only/,
        JSON.stringify(save),
      );
      // The editor for site B's tab, its token asked from another tab (the library's, say): refused.
      assert.equal(overA.ok, true, JSON.stringify(overA));
      const elsewhere = await asPage({
        method: 'saveNote',
        args: [overA.value, 'overwritten', []],
      });
      assert.match(
        elsewhere.error ?? '',
        /^refused: saveNote comes from the editor in its own tab/,
        JSON.stringify(elsewhere),
      );
      const after = await asPage({ method: 'listHighlights', args: [] });
      assert.deepEqual(after.value, stored.value, "site A's record is untouched");
    });

    it('site B names no page of site A: reports, highlights and anchoring for another origin are refused', async () => {
      const idA = stored.value[0].id;
      const replies = await fromContent(siteB, [
        { method: 'highlightsForPage', args: [siteA] },
        { method: 'reportAnchoring', args: [siteA, [{ id: idA, status: 'orphaned' }]] },
        {
          method: 'reportDetections',
          args: [{ url: siteA, title: 't', chapter: null, detections: [] }],
        },
      ]);
      for (const r of replies)
        assert.match(
          r.error ?? '',
          /^refused: \w+ names a page outside the sender's origin/,
          JSON.stringify(r),
        );
      const after = await asPage({ method: 'listHighlights', args: [] });
      assert.deepEqual(after.value, stored.value, "site A's record is untouched");
    });

    it("the page's world reaches no shadow root of ours: none on our element, none anywhere", async () => {
      const page = await pageAt(siteA);
      const found = await page.evaluate(() => {
        const host = document.querySelector('counterpoint-overlay');
        const open = [...document.querySelectorAll('*')]
          .filter((el) => el.shadowRoot)
          .map((el) => el.localName);
        return { host: !!host, shadowRoot: host ? host.shadowRoot : 'no host', open };
      });
      assert.deepEqual(found, { host: true, shadowRoot: null, open: [] });
    });

    it('events the page makes up open no editor and save nothing', async () => {
      const page = await pageAt(siteA);
      const before = await asPage({ method: 'listHighlights', args: [] });
      const editorDrafts = () =>
        extPage.evaluate(async () =>
          Object.keys(await chrome.storage.session.get(null)).filter((k) =>
            k.startsWith('editor:'),
          ),
        );
      const draftsBefore = await editorDrafts();
      await page.evaluate(selectInPage, ['That the movement had begun from below', 90]);
      await new Promise((r) => setTimeout(r, 400)); // the save button follows selectionchange
      await page.evaluate(() => {
        const end = getSelection().getRangeAt(0).getBoundingClientRect();
        const targets = new Set([
          document.querySelector('counterpoint-overlay'),
          document.body,
          document,
        ]);
        // Around the selection's end, where the save button sits, every 6 px.
        for (let dx = -80; dx <= 80; dx += 6)
          for (let dy = 0; dy <= 40; dy += 6)
            targets.add(document.elementFromPoint(end.right + dx, end.bottom + dy));
        for (const target of targets) {
          if (!target) continue;
          for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click'])
            target.dispatchEvent(
              new MouseEvent(type, {
                bubbles: true,
                composed: true,
                clientX: end.right,
                clientY: end.bottom + 10,
              }),
            );
          for (const key of ['Enter', 's', 'S'])
            target.dispatchEvent(
              new KeyboardEvent('keydown', {
                key,
                bubbles: true,
                composed: true,
                ctrlKey: key !== 'Enter',
                shiftKey: key === 'S',
              }),
            );
        }
      });
      await new Promise((r) => setTimeout(r, 1000));
      assert.equal(await editorOpen(page), false, 'no note editor opened');
      assert.deepEqual(await editorDrafts(), draftsBefore, 'no editor draft kept');
      assert.deepEqual(
        (await asPage({ method: 'listHighlights', args: [] })).value,
        before.value,
        'nothing saved',
      );
    });

    it("a note the reader types: the page's keydown, input and message listeners on window see none of it", async () => {
      const page = await pageAt(siteA);
      await page.evaluate(() => {
        window.__seen = [];
        for (const type of [
          'keydown',
          'keypress',
          'keyup',
          'beforeinput',
          'input',
          'compositionend',
          'paste',
          'message',
        ]) {
          window.addEventListener(
            type,
            (e) =>
              window.__seen.push(`${type}:${e.key ?? e.data ?? JSON.stringify(e.data ?? null)}`),
            true,
          );
        }
      });
      await page.evaluate(selectInPage, ['During the month of June', 60]);
      await extPage.evaluate(
        (tabId) => chrome.tabs.sendMessage(tabId, { command: 'save-selection' }, { frameId: 0 }),
        await tabOf(siteA),
      );
      await page.bringToFront(); // the reader's window has the keyboard (Firefox: one window per page)
      const frame = await editorFrame(page);
      const note = 'zq private thought 42';
      await typeInEditor(page, frame, 'textarea', note);
      await pressSaveInEditor(page, frame);
      await until('the editor to close', async () => !(await editorOpen(page)), 5000, 50);
      const saved = (await asPage({ method: 'listHighlights', args: [] })).value.filter(
        (h) => h.note === note,
      );
      await extPage.bringToFront();
      assert.equal(saved.length, 1, 'the note was saved (the channel works)');
      const seen = await page.evaluate(() => window.__seen);
      const leaked = seen.filter((entry) =>
        /[zq]|private|thought|42/.test(entry.replace(/^\w+:/, '')),
      );
      assert.deepEqual(leaked, [], `the page saw: ${seen.join(' | ')}`);
      assert.ok(!seen.some((entry) => entry.includes(note)), 'no message carried the note');
    });
  });
}
