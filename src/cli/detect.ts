// npm run -s detect -- FILE…  (HTML or plain text)
// Prints one JSON object per match and nothing else on stdout:
// {"file","passage","chapter","start","end","text","score"}. Exit 2 on an unreadable file.

import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { buildIndex, detect } from '../engine';
import { bundledEntries } from '../data/fingerprints';
import { extractPageText } from '../dom/page-text';

function pageText(file: string, raw: string): string {
  const looksHtml = /\.x?html?$/i.test(file) || /^\s*</.test(raw);
  if (!looksHtml) return raw;
  const { document } = new JSDOM(raw).window;
  return extractPageText(document.body).text;
}

function main(files: string[]): number {
  if (files.length === 0) {
    process.stderr.write('usage: npm run -s detect -- FILE...\n');
    return 2;
  }
  const index = buildIndex(bundledEntries());
  let status = 0;
  for (const file of files) {
    let raw: string;
    try {
      raw = readFileSync(file, 'utf8');
    } catch (e) {
      process.stderr.write(
        `detect: cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}\n`,
      );
      status = 2;
      continue;
    }
    const text = pageText(file, raw);
    for (const m of detect(index, text)) {
      const score = Math.round(m.score * 1000) / 1000;
      const line = {
        file,
        passage: m.passage,
        chapter: m.chapter,
        start: m.start,
        end: m.end,
        text: text.slice(m.start, m.end),
        score,
      };
      process.stdout.write(JSON.stringify(line) + '\n');
    }
  }
  return status;
}

process.exitCode = main(process.argv.slice(2));
