// npm run -s data:learn -- FILE.html… [--out PACK.json]
// Builds a learned-chapters pack from saved chapter pages, for bundling in a
// release or importing on the options page: word hashes and paragraph starts
// only. The pack goes to stdout (or --out); one note per file goes to stderr.
// Exit 2 on an unreadable file or bad usage, 1 when no chapter was learned.

import { readFileSync, writeFileSync } from 'node:fs';
import dataset from '../data/dataset.json';
import type { Dataset } from '../shared/dataset';
import { learnPages, type SavedPage } from './learn-pack';

function main(args: string[]): number {
  const outAt = args.indexOf('--out');
  const out = outAt >= 0 ? args[outAt + 1] : null;
  const files = args.filter((a, i) => a !== '--out' && (outAt < 0 || i !== outAt + 1));
  if (files.length === 0 || (outAt >= 0 && !out)) {
    process.stderr.write('usage: npm run -s data:learn -- FILE.html... [--out PACK.json]\n');
    return 2;
  }
  const pages: SavedPage[] = [];
  for (const file of files) {
    try {
      pages.push({ file, html: readFileSync(file, 'utf8') });
    } catch (e) {
      process.stderr.write(
        `data:learn: cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}\n`,
      );
      return 2;
    }
  }
  const { pack, notes } = learnPages(pages, (dataset as unknown as Dataset).chapters);
  for (const n of notes)
    process.stderr.write(`data:learn: ${n.file}: ${n.chapter ?? '-'}: ${n.note}\n`);
  const json = JSON.stringify(pack);
  if (out) writeFileSync(out, json + '\n');
  else process.stdout.write(json + '\n');
  return pack.chapters.length > 0 ? 0 : 1;
}

process.exitCode = main(process.argv.slice(2));
