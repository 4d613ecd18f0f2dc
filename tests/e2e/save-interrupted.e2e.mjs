// The service worker stopped in the middle of a save, in Chromium, on the real
// browser's IndexedDB. A save starts from the note editor (the floating
// button, then a note and Save in the editor's extension frame) and the worker is stopped through the DevTools protocol
// (Target.closeTarget, as Chrome ends a worker) at several moments: before the
// save is sent; as it is sent (three timings: where it lands is chance); and,
// held there by a hook put into the worker, before the record is put, after the
// put but before the transaction commits, after the commit but before the
// answer, and after the answer while the page reads the new record back. Each time: the record is whole or absent, never partial; the records
// already there are untouched; absent, the editor says "not saved" and keeps
// the note, and Save again stores it once; present, the editor closes as after
// any save and the highlight is painted.
//
// Chromium only: WebDriver BiDi has no command that stops Firefox's event page.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { chromiumAdapter } from './lib/adapters.mjs';
import { editorFrame, editorState, pressSaveInEditor, typeInEditor } from './lib/editor-frame.mjs';
import { TEST_HOST } from './lib/browsers.mjs';
import { recordHardening } from './lib/hardening.mjs';
import { countInOverlay, mineInPage, storedInExtension } from './lib/highlight-page.mjs';
import { loadOverlayFixtures } from './lib/overlay-fixtures.mjs';
import { oneLine } from './lib/demo-pages.mjs';
import { shot } from './lib/shots.mjs';
import { until } from './lib/wait.mjs';
import { servePages } from './lib/server.mjs';

const FIELDS = [
  'chapter',
  'checked',
  'created',
  'id',
  'note',
  'passage',
  'position',
  'quote',
  'status',
  'tags',
  'title',
  'updated',
  'url',
];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** Runs in the page: selects slot `k` (50 characters) of the chapter's long text nodes, a different one for each k. */
function selectSlotInPage(k) {
  const nodes = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode())
    if (n.data.length >= 300 && n.parentElement.closest('p')) nodes.push(n);
  const node = nodes[k % nodes.length];
  const at = 10 + 70 * Math.floor(k / nodes.length);
  if (at + 50 > node.data.length) throw new Error(`no slot ${k}`);
  getSelection().setBaseAndExtent(node, at, node, at + 50);
  return getSelection().toString();
}

/**
 * Runs in the service worker: holds the save of the highlight whose note is `note` at `moment`,
 * until the worker is stopped. Reads, one after another, keep a transaction from committing;
 * the answer waits for the transaction's complete event, which can be held back.
 */
function holdSaveInWorker({ moment, note }) {
  const cp = (self.__cpHold ??= {});
  Object.assign(cp, { moment, note, phase: 'armed', held: new WeakSet() });
  if (cp.installed) return;
  cp.installed = true;
  const spin = (store) => {
    store.count().onsuccess = () => spin(store);
  };
  const put = IDBObjectStore.prototype.put;
  IDBObjectStore.prototype.put = function (value, ...rest) {
    if (this.name !== 'highlights' || value?.note !== cp.note || cp.phase !== 'armed')
      return put.call(this, value, ...rest);
    if (cp.moment === 'before the put') {
      cp.phase = 'held';
      spin(this);
      return this.count(); // stands in for the put, which never happens
    }
    const request = put.call(this, value, ...rest);
    if (cp.moment === 'answered, not read back') {
      cp.phase = 'saved';
      return request;
    }
    if (cp.moment === 'put, not committed')
      request.addEventListener('success', () => {
        cp.phase = 'held';
        spin(this);
      });
    else cp.held.add(this.transaction);
    return request;
  };
  // The page reads the saved record back: that read never answers.
  const getAll = IDBIndex.prototype.getAll;
  IDBIndex.prototype.getAll = function (...args) {
    const request = getAll.apply(this, args);
    if (this.name === 'by-url' && cp.phase === 'saved') {
      cp.phase = 'held';
      request.addEventListener = () => undefined;
    }
    return request;
  };
  const addEventListener = IDBTransaction.prototype.addEventListener;
  IDBTransaction.prototype.addEventListener = function (type, listener, ...rest) {
    if (type !== 'complete') return addEventListener.call(this, type, listener, ...rest);
    return addEventListener.call(
      this,
      type,
      function (event) {
        if (!cp.held.has(this)) return listener.call(this, event);
        cp.phase = 'held'; // committed: the answer is held back
        setTimeout(() => listener.call(this, event), 60_000);
        return undefined;
      },
      ...rest,
    );
  };
}

describe(
  'chromium: the service worker stopped in the middle of a save',
  { timeout: 300_000 },
  () => {
    let b, server, page, store, url;
    let slot = 0;
    const counts = { faults: 0, recordsLost: 0 };
    const errors = [];
    const shadow = (selector) => `counterpoint-overlay ${selector}`;
    const stored = () => store.evaluate(storedInExtension);

    before(async () => {
      const fx = await loadOverlayFixtures();
      server = await servePages({ [fx.chapter.path]: fx.chapter.html });
      b = await chromiumAdapter({ viewport: { width: 1280, height: 900 } });
      url = server.url(TEST_HOST, fx.chapter.path);
      // The store read from a document of the extension's origin that runs none of its code: it works while the worker is down.
      store = await b.open(b.extUrl('manifest.json'));
      page = await b.newPage();
      b.watchErrors(page, 'page', errors);
      await page.goto(url);
      await until('the scan', () =>
        page.evaluate(() => CSS.highlights.get('counterpoint-passage')?.size > 0),
      );
      // Two records saved before any stop: they must come through every stop untouched.
      for (const note of ['already there 1', 'already there 2']) {
        await openEditor();
        await submit(note);
        assert.equal((await settled()).open, false);
      }
      assert.equal((await stored()).length, 2);
    });

    after(async () => {
      recordHardening('save-interrupted-chromium', counts);
      await b?.close();
      await server?.close();
    });

    /** Selects a new slot, presses the floating button; returns the selected text. */
    async function openEditor() {
      await page.bringToFront();
      const text = await page.evaluate(selectSlotInPage, slot++);
      await until(
        'the save button',
        async () => (await page.evaluate(countInOverlay, '.cp-save-button')) === 1,
        5000,
        50,
      );
      await page.click(shadow('.cp-save-button'));
      await editorFrame(page);
      return text;
    }

    /** Types the note in the editor frame; `then` presses Save (with `alongside` run beside the click). */
    async function typeNote(note) {
      await typeInEditor(page, await editorFrame(page), 'textarea', note);
    }
    const pressSave = async () => pressSaveInEditor(page, await editorFrame(page));
    async function submit(note) {
      await typeNote(note);
      await pressSave();
    }

    /** The editor once the save is over: closed, or open with its error. */
    const settled = () =>
      until(
        'the save to end (editor closed, or an error)',
        async () => {
          const e = await editorState(page);
          return !e.open || e.error ? e : null;
        },
        20_000,
        50,
      );

    /** A stored record saved from `text` with `note`: every field there and right. */
    function assertWhole(h, text, note) {
      assert.deepEqual(Object.keys(h).sort(), FIELDS, 'every field of a highlight');
      assert.match(h.id, UUID);
      assert.deepEqual(
        [h.url, h.note, h.tags, h.chapter, h.status],
        [url, note, [], 'ch26', 'anchored'],
      );
      assert.equal(h.quote.type, 'TextQuoteSelector');
      assert.equal(oneLine(h.quote.exact), oneLine(text));
      assert.ok(
        typeof h.quote.prefix === 'string' &&
          typeof h.quote.suffix === 'string' &&
          h.quote.prefix.length > 0,
      );
      assert.equal(h.position.type, 'TextPositionSelector');
      assert.equal(h.position.end - h.position.start, [...h.quote.exact].length);
      assert.ok([h.created, h.updated, h.checked].every(Number.isFinite) && h.title.length > 0);
    }

    /** Starts the worker if it is down (any message does): the driver reaches it again. */
    const wake = () =>
      store.evaluate(() => chrome.runtime.sendMessage({ method: 'listPacks', args: [] }));

    /**
     * One stop: `stop` runs as Save is pressed, alongside the click. `expect` is 'saved', 'not saved' or 'either'.
     */
    async function interruptedSave(t, note, stop, expect) {
      const earlier = await stored();
      const text = await openEditor();
      await typeNote(note);
      await Promise.all([pressSave(), stop()]);
      const editor = await settled();
      const now = await stored();
      const lost = earlier.filter(
        (r) => JSON.stringify(now.find((x) => x.id === r.id)) !== JSON.stringify(r),
      ).length;
      counts.faults++;
      counts.recordsLost += lost;
      assert.equal(lost, 0, 'the records already there are untouched');
      const ours = now.filter((h) => h.note === note);
      assert.equal(now.length, earlier.length + ours.length, 'nothing else added');
      assert.ok(ours.length <= 1, `one record at most, got ${ours.length}`);
      const saved = ours.length === 1;
      t.diagnostic(
        `${saved ? 'saved' : 'not saved'}; the editor ${editor.open ? `says “${editor.error}”` : 'closed'}`,
      );
      if (expect !== 'either') assert.equal(saved ? 'saved' : 'not saved', expect);
      if (saved) {
        assertWhole(ours[0], text, note);
        assert.equal(
          editor.open,
          false,
          'a save that happened closes the editor, as any save does',
        );
        await until('the new highlight painted', async () =>
          (await page.evaluate(mineInPage)).some(
            (r) => oneLine(r) === oneLine(ours[0].quote.exact),
          ),
        );
        return;
      }
      assert.ok(
        editor.open && /^not saved/.test(editor.error),
        `the reader is told: ${JSON.stringify(editor)}`,
      );
      assert.equal(editor.note, note, 'the note is kept for another try');
      // What the reader sees (docs: looked at, not compared).
      await page.screenshot({ path: shot('editor-not-saved.png') }).catch(() => undefined);
      // Save again: stored once, whole.
      await pressSave();
      assert.equal((await settled()).open, false, 'the second try saves');
      const retried = (await stored()).filter((h) => h.note === note);
      assert.equal(retried.length, 1, 'stored once');
      assertWhole(retried[0], text, note);
    }

    /** Arms the hook in the running worker (started afresh after the last stop if need be). */
    async function hold(moment, note) {
      await wake();
      await b.bg(holdSaveInWorker, { moment, note });
    }

    const heldThenStopped = async () => {
      await until(
        'the save held in the worker',
        async () => (await b.bg(() => self.__cpHold.phase)) === 'held',
        10_000,
        20,
      );
      assert.ok(await b.stopWorker(), 'a worker to stop');
    };

    it('stopped before the save is sent: the message starts a new worker, and the record is stored whole', async () => {
      const earlier = await stored();
      const text = await openEditor();
      await typeNote('stopped before');
      assert.ok(await b.stopWorker(), 'a worker to stop');
      await pressSave();
      assert.equal((await settled()).open, false, 'saved: the editor closes');
      counts.faults++;
      const now = await stored();
      assert.deepEqual(
        now.filter((h) => h.note !== 'stopped before'),
        earlier,
        'the records already there are untouched',
      );
      assertWhole(
        now.find((h) => h.note === 'stopped before'),
        text,
        'stopped before',
      );
    });

    for (const delay of [0, 5, 20]) {
      it(`stopped as the save is sent (${delay} ms into the click): whole or absent, and the reader told which`, async (t) => {
        await wake();
        await interruptedSave(
          t,
          `as sent, ${delay} ms`,
          async () => {
            await new Promise((r) => setTimeout(r, delay));
            await b.stopWorker();
          },
          'either',
        );
      });
    }

    const moments = [
      ['before the put', 'not saved'],
      ['put, not committed', 'not saved'],
      ['committed, not answered', 'saved'],
      ['answered, not read back', 'saved'],
    ];
    for (const [moment, expect] of moments) {
      it(`stopped with the save held ${moment}: ${expect}`, async (t) => {
        const note = `held ${moment}`;
        await hold(moment, note);
        await interruptedSave(t, note, heldThenStopped, expect);
      });
    }

    it('every note stored exactly once; no error in the page console', async () => {
      const notes = (await stored()).map((h) => h.note).sort();
      assert.deepEqual(notes, [...new Set(notes)], 'no duplicate');
      assert.equal(notes.length, 2 + 1 + 3 + moments.length);
      assert.deepEqual(errors, []);
    });
  },
);
