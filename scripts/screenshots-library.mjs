// Screenshots of the library page and of its Markdown export, rendered, for
// docs/screenshots: `node scripts/screenshots-library.mjs [outdir] [--dark]` after
// `npm run build`. The store is seeded with tests/fixtures/exchange/library-seed.json.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { launchChromium } from '../tests/e2e/lib/browsers.mjs';
import { callFromPage, seedHighlights } from '../tests/fixtures/exchange/library-seed.mjs';
import { escapeHtml } from './lib/escape-html.mjs';

const OUT = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 'docs/screenshots';

/** Just enough Markdown for our export: headings, blockquotes, lists, rules, paragraphs; strong, emphasis, links, escapes. */
function inline(text) {
  const escapes = [];
  let s = text.replace(/\\([\\[\]*_#])/g, (_, c) => `\u0000${escapes.push(c) - 1}\u0000`);
  s = escapeHtml(s)
    .replace(/\[([^\]]+)\]\((?:&lt;)?(https?:[^)\s]+?)(?:&gt;)?\)/g, '<a href="$2">$1</a>')
    .replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>')
    .replace(/\*(?!\s)(.+?)\*/g, '<em>$1</em>')
    .replace(/(^|\s)(#[\p{L}\p{N}_-]+)/gu, '$1<span class="tag">$2</span>');
  return s.replace(/\u0000(\d+)\u0000/g, (_, i) => escapeHtml(escapes[Number(i)]));
}

function renderMarkdown(md) {
  const blocks = md.replace(/\r\n?/g, '\n').split(/\n{2,}/);
  const html = [];
  let quote = [];
  // Blockquotes after "The review on this passage:" are the review's words, not the reader's quote.
  let review = false;
  const flushQuote = () => {
    if (quote.length)
      html.push(
        `<blockquote${review ? ' class="review"' : ''}>${quote.map((p) => `<p>${p}</p>`).join('')}</blockquote>`,
      );
    quote = [];
  };
  for (const block of blocks) {
    const lines = block.split('\n');
    if (lines.every((l) => l.startsWith('>'))) {
      quote.push(lines.map((l) => inline(l.replace(/^> ?/, ''))).join('<br>'));
      continue;
    }
    flushQuote();
    if (/^#{1,6} /.test(block) || block.trim() === '---') review = false;
    if (block.startsWith('**The review on this passage')) review = true;
    if (/^#{1,6} /.test(block)) {
      const level = block.match(/^#+/)[0].length;
      html.push(`<h${level}>${inline(block.slice(level + 1))}</h${level}>`);
    } else if (block.trim() === '---') html.push('<hr>');
    else if (lines.every((l) => /^[-*] /.test(l)))
      html.push(`<ul>${lines.map((l) => `<li>${inline(l.slice(2))}</li>`).join('')}</ul>`);
    else {
      const kind = block.startsWith('— ')
        ? ' class="meta"'
        : /^#\S+( #\S+)*$/u.test(block)
          ? ' class="tags"'
          : '';
      html.push(`<p${kind}>${lines.map(inline).join('<br>')}</p>`);
    }
  }
  flushQuote();
  return html.join('\n');
}

const MARKDOWN_PAGE = (body, filename) => `<!doctype html><html><head><meta charset="utf-8"><style>
  body { margin: 0; background: #eef0f3; font: 15px/1.6 system-ui, sans-serif; color: #1f2328; }
  .window { max-width: 860px; margin: 24px auto; background: #fff; border: 1px solid #dde1e6; border-radius: 12px; box-shadow: 0 2px 12px rgba(16,24,40,.08); overflow: hidden; }
  .bar { padding: 9px 16px; background: #f4f5f7; border-bottom: 1px solid #dde1e6; font: 12.5px ui-monospace, Menlo, Consolas, monospace; color: #59606b; }
  article { padding: 12px 40px 32px; }
  h1 { font-size: 26px; margin: 18px 0 4px; color: #8c1d18; } h2 { font-size: 19px; margin: 30px 0 10px; padding-bottom: 6px; border-bottom: 1px solid #dde1e6; }
  p { margin: 10px 0; } ul { margin: 8px 0; padding-left: 22px; } hr { border: 0; border-top: 1px dashed #dde1e6; margin: 22px 0; }
  blockquote { margin: 12px 0; padding: 2px 16px; border-left: 3px solid #8c1d18; font: 16.5px/1.55 Georgia, serif; color: #1f2328; }
  blockquote.review { border-left-color: #c3c8cf; background: #f6f7f9; font: 14.5px/1.55 system-ui, sans-serif; color: #3d434c; padding: 4px 16px; border-radius: 0 8px 8px 0; }
  p.meta { color: #59606b; font-size: 13.5px; } p.tags { margin-top: -4px; }
  a { color: #0b57a4; } .tag { color: #0b57a4; background: #e9f1fb; border-radius: 5px; padding: 0 6px; font-size: 13px; font-weight: 550; }
</style></head><body><div class="window"><div class="bar">${escapeHtml(filename)} — rendered</div><article>${body}</article></div></body></html>`;

mkdirSync(OUT, { recursive: true });
const browser = await launchChromium({ viewport: { width: 1180, height: 1000 } });
try {
  const page = await seedHighlights(browser);
  await page.emulateMedia({ colorScheme: 'light' });
  await page.reload();
  await page.locator('.lib-card').first().waitFor();
  await page.locator('.cp-chip').first().waitFor();
  await page.screenshot({ path: path.join(OUT, 'library.png') });
  console.log(`screenshots: ${path.join(OUT, 'library.png')}`);

  if (process.argv.includes('--dark')) {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: path.join(OUT, 'library-dark.png') });
    console.log(`screenshots: ${path.join(OUT, 'library-dark.png')}`);
  }

  const file = await callFromPage(page, 'exportHighlights', 'markdown');
  const view = await browser.context.newPage();
  await view.setViewportSize({ width: 1000, height: 1400 });
  await view.setContent(MARKDOWN_PAGE(renderMarkdown(file.text), file.filename));
  // The top of the file: title, the first chapters with the review's words under a highlight.
  const height = Math.min(1700, await view.evaluate(() => document.documentElement.scrollHeight));
  await view.screenshot({
    path: path.join(OUT, 'markdown-export.png'),
    clip: { x: 0, y: 0, width: 1000, height },
  });
  console.log(`screenshots: ${path.join(OUT, 'markdown-export.png')}`);
} finally {
  await browser.context.close();
}
