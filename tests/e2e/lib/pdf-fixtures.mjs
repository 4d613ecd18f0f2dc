// PDFs made at run time, the way a reader's copy is often made: Chromium's
// "print to PDF" (page.pdf()) of the demo chapter pages, with a running head
// (the chapter's title) and page numbers in the margins, in a column narrow
// enough that words are broken at line ends. No PDF is kept in the repository.
import { launchBareChromium } from './browsers.mjs';

/**
 * Print settings: `book`, a book's page (A5, 11 pt), its measure narrow enough that words break
 * at line ends; `dense`, a large page set small (A4, 9 pt), which holds about what a page of the
 * History's print editions holds (2,300 characters against `book`'s 830).
 */
const PRINTS = {
  book: { format: 'A5', font: '11pt/1.45' },
  dense: { format: 'A4', font: '9pt/1.35' },
};

/** The print style: justified and hyphenated, so lines break inside words. */
const printCss = ({ format, font }) => `
  @page { size: ${format}; margin: 18mm 16mm 20mm; }
  body { font: ${font} "DejaVu Serif", "Liberation Serif", serif; hyphens: auto; text-align: justify; }
  h1, h2, h3 { hyphens: none; text-align: left; }
`;

/**
 * PDFs of the given HTML pages, one per page, through one bare Chromium.
 * @param {{ html: string, title: string }[]} pages
 * @param {{ print?: keyof typeof PRINTS }} [options]
 * @returns {Promise<Buffer[]>}
 */
export async function printPdfs(pages, { print = 'book' } = {}) {
  const settings = PRINTS[print];
  const browser = await launchBareChromium();
  try {
    const tab = await browser.newPage();
    const pdfs = [];
    for (const { html, title } of pages) {
      await tab.setContent(html.replace('</head>', `<style>${printCss(settings)}</style></head>`), {
        waitUntil: 'load',
      });
      pdfs.push(
        await tab.pdf({
          format: settings.format,
          displayHeaderFooter: true,
          headerTemplate: `<div style="font-size:8px;width:100%;text-align:center">${escapeHtml(title)}</div>`,
          footerTemplate:
            '<div style="font-size:8px;width:100%;text-align:center"><span class="pageNumber"></span></div>',
          margin: { top: '18mm', bottom: '20mm', left: '16mm', right: '16mm' },
        }),
      );
    }
    return pdfs;
  } finally {
    await browser.close();
  }
}

const escapeHtml = (s) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c],
  );

/**
 * One whole-book page: every chapter the reference corpus has an opening for, each as its demo
 * page shows it (opening, then its passages), each starting on a new printed page.
 * @param {{ html: string }[]} chapters demo chapter pages (scripts/lib/demo-chapter.ts)
 */
export function bookHtml(chapters) {
  const bodies = chapters.map((c) => {
    const body = /<body[^>]*>([\s\S]*)<\/body>/i.exec(c.html)?.[1] ?? '';
    return `<section style="break-before: page">${body}</section>`;
  });
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>The History of the Russian Revolution</title></head><body>${bodies.join('\n')}</body></html>`;
}
