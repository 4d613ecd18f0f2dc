// Saving highlighted passages, in Chromium and Firefox (tests/e2e/lib/adapters.mjs): the three ways in, the note, the
// store (the real browser's IndexedDB), re-anchoring on reload, a page edited
// near the highlight, a page whose text is gone, and opening a highlight from
// the library. Pages are assembled at run time from ../shared/reference.
//
// The context menu and the keyboard shortcut cannot be clicked or pressed
// from a test (they are browser UI): their background handlers send the
// content script the 'save-selection' command (unit-tested in
// tests/background/commands.test.ts and menus); here the background's context
// (Chromium: the service worker; Firefox: an extension page, whose tabs API
// reaches the same content script) sends that same message, and everything
// after it is the real path.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { BROWSERS, adapterFor } from './lib/adapters.mjs';
import { TEST_HOST } from './lib/browsers.mjs';
import { editorFrame, editorOpen, pressSaveInEditor, typeInEditor } from './lib/editor-frame.mjs';
import {
  countInOverlay,
  mineInPage,
  selectInPage,
  storedInExtension,
} from './lib/highlight-page.mjs';
import { loadOverlayFixtures } from './lib/overlay-fixtures.mjs';
import { servePages } from './lib/server.mjs';
import { until } from './lib/wait.mjs';

for (const browserName of BROWSERS) defineHighlightScenarios(browserName);

function defineHighlightScenarios(browserName) {
  describe(`${browserName}: saving highlighted passages`, { timeout: 300_000 }, () => {
    let fx, server, b, pages, page, tabId, url;
    const shadow = (selector) => b.sel(`counterpoint-overlay >> ${selector}`);
    const errors = [];

    before(async () => {
      fx = await loadOverlayFixtures();
      pages = { [fx.chapter.path]: fx.chapter.html };
      server = await servePages(pages);
      b = await adapterFor(browserName)({ viewport: { width: 1280, height: 900 } });
      url = server.url(TEST_HOST, fx.chapter.path);
      page = await b.newPage();
      b.watchErrors(page, 'page', errors);
      await page.goto(url);
      await until('the scan', () =>
        page.evaluate(() => CSS.highlights.get('counterpoint-passage')?.size > 0),
      );
      ({ tabId } = await b.reportFor(url));
    });

    after(async () => {
      await b?.close();
      await server?.close();
    });

    const stored = () => b.bg(storedInExtension);

    /** Types the note and tags in the editor frame (out of the page's reach) and saves. */
    async function saveWithEditor(note, tags) {
      const frame = await editorFrame(page);
      await typeInEditor(page, frame, 'textarea', note);
      await typeInEditor(page, frame, 'input', tags);
      await pressSaveInEditor(page, frame);
      await until('the editor to close', async () => !(await editorOpen(page)), 5000, 50);
    }

    it('the floating button: select, save with a note and tags; stored with selectors, chapter and passage; painted as mine', async () => {
      await page.bringToFront();
      const text = await page.evaluate(selectInPage, [
        'That the movement had begun from below',
        90,
      ]);
      // The button follows selectionchange, which the browser fires after the selection is made.
      await until(
        'the save button',
        async () => (await page.evaluate(countInOverlay, '.cp-save-button')) === 1,
        5000,
        50,
      );
      await page.click(shadow('.cp-save-button'));
      await saveWithEditor('Compare with the **July** chapter.', 'july, spontaneity');
      const [h] = await stored();
      assert.equal(h.quote.exact, text);
      assert.equal(h.quote.type, 'TextQuoteSelector');
      assert.ok(h.quote.prefix.length > 0 && h.quote.suffix.length > 0, 'sentence-level context');
      assert.equal(h.position.end - h.position.start, [...text].length, 'code-point positions');
      assert.deepEqual(
        [h.note, h.tags, h.chapter, h.passage, h.url, h.status],
        [
          'Compare with the **July** chapter.',
          ['july', 'spontaneity'],
          'ch26',
          'VII-02',
          url,
          'anchored',
        ],
      );
      await until('the mine highlight', async () =>
        (await page.evaluate(mineInPage)).includes(text),
      );
    });

    it('a click page script makes on the save button opens no editor (made-up events stop at the overlay)', async () => {
      // The suites build the overlay's shadow root open, so page script can reach the button here (shipped: closed).
      await page.evaluate(selectInPage, ['During the month of June', 60]);
      await until(
        'the save button',
        async () => (await page.evaluate(countInOverlay, '.cp-save-button')) === 1,
        5000,
        50,
      );
      await page.evaluate(() => {
        const button = document
          .querySelector('counterpoint-overlay')
          .shadowRoot.querySelector('.cp-save-button');
        button.click();
        button.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
        button.dispatchEvent(
          new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }),
        );
      });
      await new Promise((r) => setTimeout(r, 800));
      assert.equal(await editorOpen(page), false);
      await page.evaluate(() => getSelection().removeAllRanges());
    });

    it('the context menu and the keyboard shortcut: their save-selection command opens the editor for the selection', async () => {
      for (const [start, note] of [
        ['During the month of June', 'via the menu'],
        ['Trotsky tried to explain', 'via the shortcut'],
      ]) {
        await page.evaluate(selectInPage, [start, 60]);
        await b.bg(
          (id) => chrome.tabs.sendMessage(id, { command: 'save-selection' }, { frameId: 0 }),
          tabId,
        );
        await editorFrame(page);
        await saveWithEditor(note, '');
      }
      const notes = (await stored()).map((h) => h.note).sort();
      assert.deepEqual(
        notes,
        ['Compare with the **July** chapter.', 'via the menu', 'via the shortcut'].sort(),
      );
    });

    it('reload: every highlight re-anchored on its text', async () => {
      await page.reload();
      const all = await stored();
      await until('three mine ranges', async () => (await page.evaluate(mineInPage)).length === 3);
      const painted = await page.evaluate(mineInPage);
      for (const h of all)
        assert.ok(painted.includes(h.quote.exact), `re-anchored: ${h.quote.exact.slice(0, 40)}`);
    });

    it('the page edited near a highlight (two words): re-anchored on its own text or shown uncertain, never elsewhere', async () => {
      const [first] = (await stored()).filter((h) => h.note.startsWith('Compare'));
      const words = first.quote.exact.split(' ');
      const edited = [...words];
      edited[2] = 'plainly';
      edited[edited.length - 3] = 'mostly';
      pages[fx.chapter.path] = fx.chapter.html
        .replace(words.slice(0, 6).join(' '), edited.slice(0, 6).join(' '))
        .replace(words.slice(-5).join(' '), edited.slice(-5).join(' '));
      await page.reload();
      await until('the scan', () =>
        page.evaluate(() => CSS.highlights.get('counterpoint-passage')?.size > 0),
      );
      await new Promise((r) => setTimeout(r, 800));
      const painted = await page.evaluate(mineInPage);
      const h = (await stored()).find((x) => x.id === first.id);
      assert.ok(['anchored', 'uncertain'].includes(h.status), `status ${h.status}`);
      const onIt = painted.filter((p) => p.includes('plainly') || p.includes(words[4]));
      if (h.status === 'anchored')
        assert.equal(onIt.length, 1, `painted on its edited text: ${JSON.stringify(painted)}`);
      else assert.equal(onIt.length, 0, 'an uncertain highlight is not painted');
      assert.equal(painted.length, 3 - (h.status === 'anchored' ? 0 : 1));
    });

    it('the text gone: listed as orphaned, not lost', async () => {
      const all = await stored();
      const shortcut = all.find((h) => h.note === 'via the shortcut');
      pages[fx.chapter.path] = fx.chapter.html.replace(
        shortcut.quote.exact,
        'Quite other words stand here now.',
      );
      try {
        await page.reload();
        await until(
          'orphaned in the store',
          async () => (await stored()).find((h) => h.id === shortcut.id)?.status === 'orphaned',
        );
        assert.equal((await stored()).length, 3, 'no record lost');
      } finally {
        pages[fx.chapter.path] = fx.chapter.html;
      }
    });

    it('opening a highlight from the library scrolls a new tab to it', async () => {
      await page.reload();
      const target = (await stored()).find((h) => h.note === 'via the shortcut');
      const ext = await b.open(b.extUrl('popup.html'));
      const opened = b.nextPage();
      await ext.evaluate(
        (id) => chrome.runtime.sendMessage({ method: 'openHighlight', args: [id] }),
        target.id,
      );
      const tab = await opened;
      await until('the highlight in view', async () =>
        tab.evaluate((exact) => {
          const h = CSS.highlights.get('counterpoint-mine');
          const r = h && [...h].find((x) => x.toString() === exact);
          if (!r) return false;
          const b = r.getBoundingClientRect();
          return scrollY > 0 && b.top >= 0 && b.bottom <= innerHeight;
        }, target.quote.exact),
      );
    });

    it('no error in the page console', () => assert.deepEqual(errors, []));
  });
}
