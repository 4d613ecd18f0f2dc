// The PDF viewer, in Chromium and Firefox, on PDFs made at run time (Chromium's
// print to PDF of the demo chapter pages, with a running head, page numbers and
// hyphenated justified lines; tests/e2e/lib/pdf-fixtures.mjs) and served under
// www.marxists.org: navigating to the PDF lands in the viewer (the redirect);
// every planted passage is highlighted on the text layer; a card opens on
// click and from the keyboard; the side panel lists the PDF's passages; the
// popup speaks for the PDF's site; a whole book's pages far from view keep
// their read text alone, and take their runs when the reader goes to them.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { BROWSERS, adapterFor } from './lib/adapters.mjs';
import { TEST_HOST } from './lib/browsers.mjs';
import { loadDemoModule, squash } from './lib/demo-pages.mjs';
import { editorFrame, editorOpen, pressSaveInEditor, typeInEditor } from './lib/editor-frame.mjs';
import {
  countInOverlay,
  mineInPage,
  readHighlightInPage,
  storedInExtension,
} from './lib/highlight-page.mjs';
import { cardInPage, focusFirstMarkerInPage, passageLinesInPage } from './lib/overlay-page.mjs';
import { bookHtml, printPdfs } from './lib/pdf-fixtures.mjs';
import { importTs } from '../../scripts/lib/import-ts.mjs';
import { servePages } from './lib/server.mjs';
import { until } from './lib/wait.mjs';

const { MAX_DRIFT } = await importTs('src/viewer/runs.ts', { packages: 'external' });
const { KEPT_LAYERS } = await importTs('src/viewer/text-layers.ts', { packages: 'external' });

const CHAPTERS = ['ch26', 'ch27'];
const BOOK_PATH = '/archive/trotsky/1930/hrr/hrr-book.pdf';
/** A file that starts as a PDF does and is none: pdf.js (in the viewer's PDF host) refuses it. */
const BROKEN_PATH = '/archive/trotsky/1930/hrr/broken.pdf';
/** Chapters whose page the book test goes to, the banner then naming each. */
const BOOK_STOPS = ['ch13', 'ch26', 'ch45'];
const pdfPath = (chapter) => chapter.path.replace(/\.htm$/, '.pdf');
/** A page of links to the PDFs, as an archive's downloads page has. */
const LINKS_PATH = '/archive/trotsky/1930/hrr/downloads.htm';
const linksPage = (chapters) =>
  `<!doctype html><html lang="en"><head><title>Downloads</title></head><body><ul>${chapters
    .map((c) => `<li><a id="${c.chapter.id}" href="${pdfPath(c)}">${c.chapter.id} (PDF)</a></li>`)
    .join('')}</ul></body></html>`;

/** In the viewer: the text layers' pages and how many have their text. */
function viewerInPage() {
  return {
    pages: document.querySelectorAll('.cp-page').length,
    layers: document.querySelectorAll('.cp-text-layer').length,
    notice: document.querySelector('.cp-notice')?.textContent ?? null,
  };
}

/**
 * In the viewer: how many pages hold their runs and how many their read text alone; and of the
 * highlighted passages and openings in view, how many, and how many are ranges over runs.
 */
function textFormsInPage() {
  const layers = [...document.querySelectorAll('.cp-text-layer')];
  const textOnly = layers.filter((l) => l.classList.contains('cp-text-only')).length;
  const ranges = ['counterpoint-passage', 'counterpoint-opening'].flatMap((name) => [
    ...(CSS.highlights.get(name) ?? []),
  ]);
  const inView = ranges.filter((r) => {
    const node = r.startContainer;
    const el = node.nodeType === 1 ? node : node.parentElement;
    const page = el?.closest('.cp-page')?.getBoundingClientRect();
    return page && page.bottom > 0 && page.top < innerHeight;
  });
  const onRuns = inView.filter((r) => r.startContainer.parentElement?.closest('.cp-run'));
  return {
    withRuns: layers.length - textOnly,
    textOnly,
    inView: inView.length,
    onRuns: onRuns.length,
  };
}

/** In the viewer: each chapter opening highlighted, with the page it starts on and its first words. */
function openingsInPage() {
  return [...(CSS.highlights.get('counterpoint-opening') ?? [])].map((r) => {
    const node = r.startContainer;
    const el = node.nodeType === 1 ? node : node.parentElement;
    return { page: Number(el.closest('.cp-text-layer')?.dataset.page), text: r.toString() };
  });
}

/**
 * In the viewer: where each PDF text item of pages 1–3 lies in the text layer, against where the
 * PDF draws it, read by pdf.js itself (as the extension bundles it, loaded in the page for the
 * test) from the same file: its start and end, in its font's size. A run holds several items
 * (src/viewer/runs.ts); each item is found by its text, in reading order.
 */
async function itemPlacesInPage(url) {
  const pdfjsPath = './pdfjs/pdf.min.mjs'; // the viewer page's, not this file's
  const pdfjs = await import(pdfjsPath);
  pdfjs.GlobalWorkerOptions.workerSrc = './pdf-worker.mjs';
  const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
  const task = pdfjs.getDocument({ data: bytes });
  const pdf = await task.promise;
  const scale = Number(getComputedStyle(document.documentElement).getPropertyValue('--scale'));
  const places = [];
  for (const number of [1, 2, 3]) {
    const page = await pdf.getPage(number);
    const { items } = await page.getTextContent();
    const layer = document.querySelector(`.cp-text-layer[data-page="${number}"]`);
    const box = layer.getBoundingClientRect();
    const nodes = [];
    let text = '';
    const walker = document.createTreeWalker(layer, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      nodes.push({ node: walker.currentNode, start: text.length });
      text += walker.currentNode.data;
    }
    const point = (offset) => {
      const n = nodes.findLast((x) => x.start <= offset);
      return [n.node, offset - n.start];
    };
    let cursor = 0;
    for (const item of items) {
      if (!item.str.trim() || item.width < 1) continue;
      const at = text.indexOf(item.str, cursor);
      if (at < 0 || at - cursor > 2) continue;
      cursor = at + item.str.length;
      const range = document.createRange();
      range.setStart(...point(at));
      const [last, offset] = point(at + item.str.length - 1);
      range.setEnd(last, offset + 1);
      const rects = [...range.getClientRects()];
      const left = Math.min(...rects.map((r) => r.left)) - box.left;
      const right = Math.max(...rects.map((r) => r.right)) - box.left;
      const size = item.transform[3] * scale;
      const x = (item.transform[4] - page.view[0]) * scale;
      places.push({
        text: item.str.slice(0, 30),
        start: Math.abs(left - x) / size,
        end: Math.abs(right - (x + item.width * scale)) / size,
      });
    }
  }
  await task.destroy();
  return places;
}

/** In the viewer: whether pdf.js was evaluated in its thread (its module sets `pdfjsLib` there). */
const pdfJsInPageThread = () => 'pdfjsLib' in globalThis;

/** In the viewer: the overlay's banner text. */
function bannerInViewer() {
  return (
    document.querySelector('counterpoint-overlay')?.shadowRoot?.querySelector('[role="region"]')
      ?.textContent ?? null
  );
}

/** In the viewer: selects the text of passage `i` (it runs over many text-layer runs); its text. */
function selectPassageInPage(i) {
  const r = [...CSS.highlights.get('counterpoint-passage')][i];
  r.startContainer.parentElement.scrollIntoView({ block: 'center', behavior: 'instant' });
  getSelection().setBaseAndExtent(r.startContainer, r.startOffset, r.endContainer, r.endOffset);
  return getSelection().toString();
}

/**
 * The note editor frame, reached from the viewer page (same origin): an object with the frame's
 * `evaluate` (a function of the frame's document, run as `fn(arg)` with `document` its own).
 */
async function viewerEditorFrame(page) {
  await until('the note editor in the viewer', () =>
    page.evaluate(() => {
      const frame = document
        .querySelector('counterpoint-overlay')
        ?.shadowRoot?.querySelector('iframe');
      return (frame?.contentDocument?.querySelector('.cp-editor-quote')?.textContent ?? '') !== '';
    }),
  );
  return {
    // The helper is wrapped here, in Node: the driver runs the wrapper in the page as it runs any
    // function, while a `new Function` in the page is refused by the viewer's CSP (Firefox 140).
    evaluate: (fn, arg) =>
      page.evaluate(
        new Function(
          'arg',
          `const document = globalThis.document.querySelector('counterpoint-overlay')
            .shadowRoot.querySelector('iframe').contentDocument;
          return (${fn.toString()})(arg);`,
        ),
        arg,
      ),
  };
}

/**
 * In the viewer: each margin marker in view, and how far (px) it sits from the nearest first line
 * of a highlighted passage (markers of pages far from view are placed without layout, then
 * measured once their page comes near: either way beside their passage's first line).
 */
function markersInViewInPage() {
  const firstLines = [...(CSS.highlights.get('counterpoint-passage') ?? [])]
    .map((r) => r.getClientRects()[0]?.top)
    .filter((top) => top !== undefined);
  return [
    ...document.querySelector('counterpoint-overlay').shadowRoot.querySelectorAll('[data-marker]'),
  ]
    .map((m) => m.getBoundingClientRect().top)
    .filter((top) => top >= 0 && top < innerHeight)
    .map((top) => Math.min(...firstLines.map((line) => Math.abs(line - top))));
}

/** In the viewer: how many passages are highlighted. */
const registeredPassagesInPage = () => CSS.highlights.get('counterpoint-passage')?.size ?? 0;

/** In the viewer: the page number its field shows. */
const pageFieldInPage = () => Number(document.querySelector('.cp-page-field input')?.value);

/** In the side panel: its entries' passages. */
function panelPassagesInPage() {
  return [...document.querySelectorAll('.sp-entry')].map((li) => li.dataset.passage || null);
}

let fixtures;
before(async () => {
  const demo = await loadDemoModule();
  const chapters = CHAPTERS.map((id) => demo.demoChapter(id));
  const reference = await importTs('scripts/lib/reference.ts', { packages: 'external' });
  // The whole book: every chapter the corpus has an opening for, each from a new page.
  const book = reference.readOpenings().map((o) => demo.demoChapter(o.chapter));
  const [bookPdf, ...pdfs] = await printPdfs([
    { html: bookHtml(book), title: 'The History of the Russian Revolution' },
    ...chapters.map((c) => ({ html: c.html, title: c.chapter.title })),
  ]);
  const pages = Object.fromEntries(
    chapters.map((c, i) => [
      pdfPath(c),
      { html: pdfs[i], headers: { 'content-type': 'application/pdf' } },
    ]),
  );
  pages[LINKS_PATH] = linksPage(chapters);
  pages[BOOK_PATH] = { html: bookPdf, headers: { 'content-type': 'application/pdf' } };
  pages[BROKEN_PATH] = {
    html: '%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n'.repeat(20),
    headers: { 'content-type': 'application/pdf' },
  };
  fixtures = { chapters, book, server: await servePages(pages) };
});
after(() => fixtures?.server.close());

for (const browserName of BROWSERS) defineViewerScenarios(browserName);

function defineViewerScenarios(browserName) {
  describe(
    `${browserName}: a PDF of the History in Counterpoint's viewer`,
    { timeout: 240_000 },
    () => {
      let b;
      const errors = [];
      const visits = {};

      before(async () => {
        b = await adapterFor(browserName)({ viewport: { width: 1280, height: 900 } });
      });
      after(async () => {
        await b?.close();
        assert.deepEqual(errors, [], 'no page errors');
      });

      /** Opens the chapter's PDF by its URL, as a reader's link would, and waits for its text. */
      async function openPdf(chapter) {
        const url = fixtures.server.url(TEST_HOST, pdfPath(chapter));
        const page = await b.open(fixtures.server.url(TEST_HOST, LINKS_PATH));
        b.watchErrors(page, chapter.chapter.id, errors);
        // The redirect replaces the navigation: no load event of its own to wait for.
        await page.evaluate((id) => document.getElementById(id).click(), chapter.chapter.id);
        // The document's own address: Firefox's driver keeps reporting the link's page after the redirect.
        const landed = await until('the viewer', async () => {
          const href = await page.evaluate(() => location.href).catch(() => '');
          return href.startsWith(b.extUrl('pdf.html')) && href;
        });
        const shown = await until('the text layers', async () => {
          const v = await page.evaluate(viewerInPage).catch(() => null);
          return v && v.pages > 0 && v.layers === v.pages ? v : null;
        });
        return { page, url, shown, landed };
      }

      /** Which planted passage each range of the passage highlight is, by its text. */
      const passagesIn = async (page, chapter) => {
        const { ranges } = await page.evaluate(readHighlightInPage, 'counterpoint-passage');
        return (ranges ?? []).map(
          (r) =>
            chapter.passages.find((p) => squash(r.text).startsWith(squash(p.text).slice(0, 40)))
              ?.id ?? `? ${r.text.slice(0, 60)}`,
        );
      };

      for (const id of CHAPTERS) {
        it(`${id}.pdf: the link lands in the viewer, and every planted passage is highlighted`, async () => {
          const chapter = fixtures.chapters.find((c) => c.chapter.id === id);
          const visit = await openPdf(chapter);
          assert.equal(
            decodeURIComponent(new URL(visit.landed).search.slice('?file='.length)),
            visit.url,
            'the viewer reads the PDF the link named',
          );
          assert.ok(visit.shown.pages > 1, `${visit.shown.pages} pages`);
          await until(
            'every planted passage',
            async () =>
              (await passagesIn(visit.page, chapter)).length === chapter.expectedPassageIds.length,
          );
          assert.deepEqual(
            (await passagesIn(visit.page, chapter)).sort(),
            [...chapter.expectedPassageIds].sort(),
          );
          assert.equal(
            await visit.page.evaluate(pdfJsInPageThread),
            false,
            "pdf.js is evaluated in the PDF host worker, not the viewer's thread",
          );
          visits[id] = { ...visit, chapter };
        });
      }

      it('each text item lies in the text layer where the PDF draws it (within a fifth of its size)', async () => {
        const { page, url } = visits.ch26;
        const places = await page.evaluate(itemPlacesInPage, url);
        assert.ok(places.length > 100, `${places.length} items compared`);
        const off = places.filter((p) => Math.max(p.start, p.end) > MAX_DRIFT + 0.02);
        assert.deepEqual(off, [], 'items that start or end away from their place in the PDF');
        // Most land on it: a font or kerning the layer did not measure shifts them all.
        const ends = places.map((p) => p.end).sort((a, b) => a - b);
        assert.ok(ends[ends.length >> 1] < 0.05, `median end ${ends[ends.length >> 1]}`);
      });

      it('a file pdf.js cannot read: the viewer says so, and what pdf.js said', async () => {
        const page = await b.newPage();
        b.watchErrors(page, 'broken', errors);
        const url = fixtures.server.url(TEST_HOST, BROKEN_PATH);
        await b.goto(page, b.extUrl(`pdf.html?file=${encodeURIComponent(url)}`));
        const notice = await until('the notice', async () => {
          const v = await page.evaluate(viewerInPage).catch(() => null);
          return v?.notice?.includes('could not read') ? v.notice : null;
        });
        assert.match(notice, /pdf\.js could not read this PDF: \S/);
        assert.equal((await page.evaluate(viewerInPage)).pages, 0, 'no page shown');
        await page.close();
      });

      it('a click on a passage opens its card; focusing its marker does too', async () => {
        const { page } = visits.ch26;
        await page.bringToFront();
        const [line] = await page.evaluate(passageLinesInPage, 0);
        await page.mouse.click(line.x + Math.min(40, line.width / 2), line.y + line.height / 2);
        const card = await until('the card', () => page.evaluate(cardInPage));
        assert.ok(card.text.length > 100, 'the card shows the review');
        await page.keyboard.press('Escape');
        await until('the card closed', async () => (await page.evaluate(cardInPage)) === null);
        await page.evaluate(focusFirstMarkerInPage);
        await until('the card of the focused marker', () => page.evaluate(cardInPage), 5000);
      });

      it("the side panel lists the PDF's passages, and the popup speaks for the PDF's site", async () => {
        const { url, chapter } = visits.ch26;
        const { tabId, report } = await b.reportFor(url);
        assert.equal(report.chapter, 'ch26', 'the chapter is recognised in the PDF');
        const panel = await b.newPage({ viewport: { width: 400, height: 900 } });
        b.watchErrors(panel, 'panel', errors);
        await b.goto(panel, b.extUrl(`sidepanel.html?tab=${tabId}`));
        const listed = await until('the panel entries', async () => {
          const e = await panel.evaluate(panelPassagesInPage);
          return e.filter(Boolean).length === chapter.expectedPassageIds.length ? e : null;
        });
        assert.deepEqual(listed.filter(Boolean).sort(), [...chapter.expectedPassageIds].sort());
        await panel.close();
        const popup = await b.newPage({ viewport: { width: 372, height: 600 } });
        b.watchErrors(popup, 'popup', errors);
        await b.goto(popup, b.extUrl(`popup.html?tab=${tabId}`));
        await b.byRole(popup, 'switch', TEST_HOST, { exact: false });
        await popup.close();
      });

      it('a highlight saved in the PDF keeps its page, is there after a reload, and the library opens it there', async () => {
        const { url, chapter } = visits.ch27;
        // A tab opened at the viewer itself: Firefox's driver does not follow the redirect's frames.
        const page = await b.newPage();
        b.watchErrors(page, 'ch27 viewer', errors);
        await b.goto(page, b.extUrl(`pdf.html?file=${encodeURIComponent(url)}`));
        await until(
          'the passages',
          async () =>
            (await page.evaluate(registeredPassagesInPage).catch(() => 0)) ===
            chapter.expectedPassageIds.length,
        );
        await page.bringToFront();
        const text = await page.evaluate(selectPassageInPage, 1);
        await until(
          'the save button',
          async () => (await page.evaluate(countInOverlay, '.cp-save-button')) === 1,
          5000,
          50,
        );
        await page.click(b.sel('counterpoint-overlay >> .cp-save-button'));
        // The viewer is of the extension's origin, as is the editor frame: where the driver lists no
        // frames of an extension page (Firefox over BiDi), the viewer reaches into the frame itself.
        const frame = await editorFrame(page).catch(() => viewerEditorFrame(page));
        await typeInEditor(page, frame, 'textarea', 'Read in the PDF.');
        await pressSaveInEditor(page, frame);
        await until('the editor to close', async () => !(await editorOpen(page)), 5000, 50);
        const saved = await until('the stored highlight', async () =>
          (await b.bg(storedInExtension)).find((h) => h.note === 'Read in the PDF.'),
        );
        assert.equal(saved.url, url);
        assert.match(saved.pdf.fingerprint, /^[0-9a-f]{16,64}$/);
        assert.ok(saved.pdf.page > 1, `on page ${saved.pdf.page}`);
        // The selection crosses a page break: the stored quote reads on past the running head and
        // page number the browser selected with it.
        const head = chapter.chapter.title;
        assert.ok(squash(text).includes(squash(head)), 'the selection holds the running head');
        assert.ok(!squash(saved.quote.exact).includes(squash(head)), 'the quote does not');
        assert.equal(
          squash(saved.quote.exact),
          squash(text).replace(squash(head) + saved.pdf.page, ''),
        );

        // Loaded again (a reload; over BiDi, Firefox's driver loads an extension page through goto).
        await b.goto(page, b.extUrl(`pdf.html?file=${encodeURIComponent(url)}`));
        // A range over a page break holds the running head it crosses; the quote does not.
        const quote = squash(saved.quote.exact);
        const isSaved = (m) =>
          squash(m).startsWith(quote.slice(0, 40)) && squash(m).endsWith(quote.slice(-40));
        await until('the highlight after a reload', async () =>
          (await page.evaluate(mineInPage).catch(() => [])).some(isSaved),
        );

        const library = await b.open(b.extUrl('library.html'));
        const opened = b.nextPage();
        await library.evaluate(
          (id) => chrome.runtime.sendMessage({ method: 'openHighlight', args: [id] }),
          saved.id,
        );
        const tab = await opened;
        b.watchErrors(tab, 'opened from the library', errors);
        await until(`the viewer at page ${saved.pdf.page}`, async () => {
          const at = await tab.evaluate(pageFieldInPage).catch(() => 0);
          return at === saved.pdf.page;
        });
        await until('the highlight in the opened PDF', async () =>
          (await tab.evaluate(mineInPage).catch(() => [])).some(isSaved),
        );
        await tab.close();
        await library.close();
        await page.close();
      });

      it('a whole-book PDF: every chapter opening is found, and the banner follows the chapter read', async () => {
        const url = fixtures.server.url(TEST_HOST, BOOK_PATH);
        const page = await b.newPage();
        b.watchErrors(page, 'book', errors);
        await b.goto(page, b.extUrl(`pdf.html?file=${encodeURIComponent(url)}`));
        const book = fixtures.book.filter((c) => c.openingText);
        // An opening's range may start at a heading the corpus's opening text begins after (ch05).
        const byOpening = (o) =>
          book.find(
            (c) =>
              squash(o.text).includes(squash(c.openingText).slice(0, 40)) ||
              squash(c.openingText).startsWith(squash(o.text).slice(0, 40)),
          );
        let missing = [];
        const openings = await until(
          'every chapter opening',
          async () => {
            const found = await page.evaluate(openingsInPage);
            const chapters = new Set(found.map(byOpening).filter(Boolean));
            missing = book.filter((c) => !chapters.has(c)).map((c) => c.chapter.id);
            return missing.length === 0 ? found : null;
          },
          60_000,
          500,
        ).catch((e) => {
          throw new Error(`${e.message}; not found: ${missing.join(', ')}`);
        });
        assert.ok(
          openings.every((o) => Number.isInteger(o.page)),
          'each opening is on a page',
        );
        await page.bringToFront();
        for (const id of BOOK_STOPS) {
          const chapter = book.find((c) => c.chapter.id === id);
          const at = openings.find((o) => byOpening(o) === chapter);
          // The page field, as a reader types a page number.
          await b.fill(page, '.cp-page-field input', String(at.page + 1));
          await page.keyboard.press('Enter');
          const banner = await until(`the banner on ${id}`, async () => {
            const text = await page.evaluate(bannerInViewer);
            return text?.includes(chapter.chapter.title) ? text : null;
          });
          assert.ok(banner.includes(String(chapter.chapter.number)), banner);
          const offsets = await until(`the markers on ${id}'s pages`, async () => {
            const o = await page.evaluate(markersInViewInPage);
            return o.length > 0 && o.every((d) => d <= 3) ? o : null;
          }).catch(async (e) => {
            throw new Error(
              `${e.message}: ${JSON.stringify(await page.evaluate(markersInViewInPage))}`,
            );
          });
          assert.ok(offsets.length > 0);
          // The pages in view have their runs, and the highlights on them were made on the runs.
          const forms = await until(`${id}'s highlights on runs`, async () => {
            const f = await page.evaluate(textFormsInPage);
            return f.inView > 0 && f.onRuns === f.inView ? f : null;
          }).catch(async (e) => {
            throw new Error(
              `${e.message}: ${JSON.stringify(await page.evaluate(textFormsInPage))}`,
            );
          });
          // Pages far from view keep their read text alone, whatever the book's length.
          assert.ok(forms.withRuns <= KEPT_LAYERS, `${forms.withRuns} pages with runs`);
          assert.ok(forms.textOnly > 0, `${forms.textOnly} pages with their text alone`);
        }
      });
    },
  );
}
