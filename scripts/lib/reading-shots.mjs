// Screenshots of reading with the overlay for docs/screenshots, light and dark
// (a dark copy of each chapter on a mirror host): ch16 with a card grouped by
// review section, ch26 with the card of a passage whose text answers the
// critique, and ch26 at rest before and after the calm default ("themes on
// the page" on, as every mark was drawn before; then off, the default).
import path from 'node:path';
import { cardInPage, passageLinesInPage } from '../../tests/e2e/lib/overlay-page.mjs';
import { until } from '../../tests/e2e/lib/wait.mjs';

const DARK_STYLE = '<style>html,body{background:#16181d;color:#d9d6cf}a{color:#8ab4f8}</style>';

/** Page map entries for `chapters` (demo chapters): light on `lightHost`, dark on `darkHost`. */
export function readingPages(chapters, lightHost, darkHost) {
  return Object.fromEntries(
    chapters.flatMap((c) => [
      [lightHost + c.path, c.html],
      [darkHost + c.path, c.html.replace('</head>', `${DARK_STYLE}</head>`)],
    ]),
  );
}

async function setThemesOnPage(sw, on) {
  await sw.evaluate(async (value) => {
    const { settings = {} } = await chrome.storage.local.get('settings');
    await chrome.storage.local.set({
      settings: { ...settings, appearance: { ...settings.appearance, themesOnPage: value } },
    });
  }, on);
}

async function openChapter(browser, url) {
  const page = await browser.context.newPage();
  await page.goto(url);
  await until('highlights', () =>
    page.evaluate(() => CSS.highlights.get('counterpoint-passage')?.size > 0),
  );
  return page;
}

/** A `size` crop that starts just left of the card and just above the passage's first line. */
function cropAround(card, firstLine, size) {
  return {
    x: Math.max(0, card.x - 16),
    y: Math.max(0, Math.min(card.y, firstLine.y) - 16),
    ...size,
  };
}

/**
 * The card of passage `id` (planted in `chapter`), opened by a click on its first line; the whole
 * viewport, or a `crop` ({ width, height }) around the card and the passage.
 */
async function shootCard(browser, url, chapter, id, file, out, crop) {
  const page = await openChapter(browser, url);
  const lines = await page.evaluate(passageLinesInPage, chapter.expectedPassageIds.indexOf(id));
  await page.mouse.click(lines[0].x + 20, lines[0].y + lines[0].height / 2);
  const card = await until('a card', () => page.evaluate(cardInPage));
  await new Promise((r) => setTimeout(r, 300));
  const clip = crop && cropAround(card.rect, lines[0], crop);
  await page.screenshot({ path: path.join(out, file), ...(clip && { clip }) });
  console.log(`screenshots: ${path.join(out, file)}`);
  await page.close();
}

/** The welcome page's figure (extension/img/welcome-overlay.png, 776×512): the ch26 answers card. */
export async function shootWelcomeFigure(browser, server, { ch26 }, host, file) {
  await shootCard(
    browser,
    server.url(host, ch26.path),
    ch26,
    'VII-02',
    path.basename(file),
    path.dirname(file),
    { width: 776, height: 512 },
  );
}

/** The page at rest, scrolled to passage `id`, no card open. */
async function shootAtRest(browser, url, chapter, id, file, out) {
  const page = await openChapter(browser, url);
  await page.evaluate(passageLinesInPage, chapter.expectedPassageIds.indexOf(id));
  await page.mouse.move(2, 2);
  await new Promise((r) => setTimeout(r, 300));
  await page.screenshot({ path: path.join(out, file) });
  console.log(`screenshots: ${path.join(out, file)}`);
  await page.close();
}

export async function shootReading(browser, server, { ch16, ch26 }, hosts, out) {
  for (const [theme, host] of [
    ['light', hosts.light],
    ['dark', hosts.dark],
  ]) {
    const url = (c) => server.url(host, c.path);
    await shootCard(browser, url(ch16), ch16, 'V-01', `ch16-grouped-${theme}.png`, out);
    await shootCard(browser, url(ch26), ch26, 'VII-02', `ch26-answers-${theme}.png`, out);
    await setThemesOnPage(browser.sw, true);
    await shootAtRest(browser, url(ch26), ch26, 'VII-02', `ch26-calm-before-${theme}.png`, out);
    await setThemesOnPage(browser.sw, false);
    await shootAtRest(browser, url(ch26), ch26, 'VII-02', `ch26-calm-after-${theme}.png`, out);
  }
}
