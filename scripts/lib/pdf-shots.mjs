// The PDF viewer for the README: the ch26 demo chapter printed to PDF
// (tests/e2e/lib/pdf-fixtures.mjs), served under www.marxists.org, opened in
// the viewer with a passage's card open. (Light only: a headless capture in the emulated dark
// scheme paints the toolbar, banner and card light although their computed styles are dark.)
import path from 'node:path';
import { printPdfs } from '../../tests/e2e/lib/pdf-fixtures.mjs';
import { cardInPage, passageLinesInPage } from '../../tests/e2e/lib/overlay-page.mjs';
import { until } from '../../tests/e2e/lib/wait.mjs';

export const PDF_PATH = '/archive/trotsky/1930/hrr/ch26.pdf';

/** The PDF to serve at PDF_PATH: { html: bytes, headers }. */
export async function pdfPage(chapter) {
  const [pdf] = await printPdfs([{ html: chapter.html, title: chapter.chapter.title }]);
  return { html: pdf, headers: { 'content-type': 'application/pdf' } };
}

export async function shootPdfViewer(browser, pdfUrl, out) {
  for (const colorScheme of ['light']) {
    const page = await browser.context.newPage();
    await page.emulateMedia({ colorScheme });
    await page.goto(
      `chrome-extension://${browser.extId}/pdf.html?file=${encodeURIComponent(pdfUrl)}`,
    );
    await until('highlights', () =>
      page.evaluate(() => CSS.highlights.get('counterpoint-passage')?.size > 1),
    );
    const lines = await page.evaluate(passageLinesInPage, 1);
    await page.mouse.click(lines[0].x + 30, lines[0].y + lines[0].height / 2);
    await until('a card', () => page.evaluate(cardInPage));
    await new Promise((r) => setTimeout(r, 600));
    const file = path.join(out, `pdf-viewer-${colorScheme}.png`);
    await page.screenshot({ path: file });
    console.log(`screenshots: ${file}`);
    await page.close();
  }
}
