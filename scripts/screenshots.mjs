// Screenshots of the overlay for docs/screenshots (README): the demo chapter
// on a light page and on a dark mirror page, with a critique card open, the
// section reader, saving, and reading ch16 and ch26 light and dark
// (scripts/lib/reading-shots.mjs), and the PDF viewer (scripts/lib/pdf-shots.mjs).
// `npm run screenshots`.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launchChromium, TEST_HOST } from '../tests/e2e/lib/browsers.mjs';
import { loadOverlayFixtures } from '../tests/e2e/lib/overlay-fixtures.mjs';
import { editorFrame, typeInEditor } from '../tests/e2e/lib/editor-frame.mjs';
import { cardInPage, passageLinesInPage } from '../tests/e2e/lib/overlay-page.mjs';
import { servePages } from '../tests/e2e/lib/server.mjs';
import { loadDemoModule } from '../tests/e2e/lib/demo-pages.mjs';
import { until } from '../tests/e2e/lib/wait.mjs';
import { readingPages, shootReading, shootWelcomeFigure } from './lib/reading-shots.mjs';
import { PDF_PATH, pdfPage, shootPdfViewer } from './lib/pdf-shots.mjs';

const OUT = process.argv[2] ?? 'docs/screenshots';
// The welcome page's figure ships with the extension; a run into another folder leaves it alone.
const WELCOME_FIGURE = process.argv[2]
  ? path.join(OUT, 'welcome-overlay.png')
  : 'extension/img/welcome-overlay.png';

async function shoot(browser, url, file, { passage = 1, reader = false } = {}) {
  const page = await browser.context.newPage();
  await page.goto(url);
  await until('highlights', () =>
    page.evaluate(() => CSS.highlights.get('counterpoint-passage')?.size > 0),
  );
  const lines = await page.evaluate(passageLinesInPage, passage);
  await page.mouse.click(lines[0].x + 20, lines[0].y + lines[0].height / 2);
  await until('a card', () => page.evaluate(cardInPage));
  if (reader) {
    await page.evaluate(() =>
      [
        ...document
          .querySelector('counterpoint-overlay')
          .shadowRoot.querySelectorAll('[role="dialog"] button'),
      ]
        .find((b) => /whole section/i.test(b.textContent))
        .click(),
    );
    await new Promise((r) => setTimeout(r, 300));
  }
  await new Promise((r) => setTimeout(r, 300));
  await page.screenshot({ path: path.join(OUT, file) });
  console.log(`screenshots: ${path.join(OUT, file)}`);
  await page.close();
}

/** The floating save button beside a selection, then the note editor. */
async function shootSaving(browser, url) {
  const page = await browser.context.newPage();
  await page.goto(url);
  await until('highlights', () =>
    page.evaluate(() => CSS.highlights.get('counterpoint-passage')?.size > 0),
  );
  await page.evaluate(() => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const at = n.data.indexOf('Sukhanov');
      if (at >= 0) {
        n.parentElement.scrollIntoView({ block: 'center' });
        getSelection().setBaseAndExtent(n, at, n, at + 120);
        return;
      }
    }
  });
  await page.locator('counterpoint-overlay >> .cp-save-button').waitFor();
  await page.screenshot({ path: path.join(OUT, 'save-button.png') });
  await page.locator('counterpoint-overlay >> .cp-save-button').click();
  // The note editor is an extension frame in the overlay (editor.html): the page cannot read it.
  const editor = await editorFrame(page);
  await typeInEditor(
    page,
    editor,
    'textarea',
    'Sukhanov admires the masses he condemns: compare the review, §VII.',
  );
  await typeInEditor(page, editor, 'input[type="text"]', 'july, sources');
  await page.screenshot({ path: path.join(OUT, 'note-editor.png') });
  console.log(
    `screenshots: ${path.join(OUT, 'save-button.png')}, ${path.join(OUT, 'note-editor.png')}`,
  );
  await page.close();
}

/** The welcome page (light, whole page), with its figure decoded first. */
async function shootWelcomePage(browser, file) {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extId}/welcome.html`);
  await page.locator('.wl-figure img').evaluate((i) => i.decode());
  await page.emulateMedia({ colorScheme: 'light' });
  await page.screenshot({ path: file, fullPage: true });
  console.log(`screenshots: ${file}`);
  await page.close();
}

const fx = await loadOverlayFixtures();
const demo = await loadDemoModule();
const reading = { ch16: demo.demoChapter('ch16'), ch26: demo.demoChapter('ch26') };
const server = await servePages({
  ...readingPages([reading.ch16], TEST_HOST, fx.pages.MIRROR_HOST),
  ...Object.fromEntries([fx.chapter, fx.dark].map((p) => [p.host + p.path, p.html])),
  [PDF_PATH]: await pdfPage(reading.ch26),
});
const tmp = mkdtempSync(path.join(os.tmpdir(), 'counterpoint-shots-'));
// A build with the overlay's shadow root open, so the script can see the card it waits for.
execFileSync(process.execPath, ['scripts/build.mjs'], {
  env: { ...process.env, COUNTERPOINT_OUT: tmp, COUNTERPOINT_E2E_OPEN_OVERLAY: '1' },
  stdio: 'ignore',
});
const browser = await launchChromium({
  extDir: path.join(tmp, 'chrome'),
  hosts: [TEST_HOST, fx.pages.MIRROR_HOST],
  viewport: { width: 1280, height: 860 },
});
try {
  mkdirSync(OUT, { recursive: true });
  await shoot(browser, server.url(TEST_HOST, fx.chapter.path), 'overlay-light.png');
  await shoot(browser, server.url(fx.pages.MIRROR_HOST, fx.dark.path), 'overlay-dark.png', {
    passage: 2,
  });
  await shoot(browser, server.url(TEST_HOST, fx.chapter.path), 'overlay-section-reader.png', {
    reader: true,
  });
  await shootSaving(browser, server.url(TEST_HOST, fx.chapter.path));
  await shootReading(
    browser,
    server,
    reading,
    { light: TEST_HOST, dark: fx.pages.MIRROR_HOST },
    OUT,
  );
  await shootWelcomeFigure(browser, server, reading, TEST_HOST, WELCOME_FIGURE);
  await shootWelcomePage(browser, path.join(OUT, 'welcome.png'));
  await shootPdfViewer(browser, server.url(TEST_HOST, PDF_PATH), OUT);
} finally {
  await browser.context.close();
  await server.close();
  rmSync(tmp, { recursive: true, force: true });
}
