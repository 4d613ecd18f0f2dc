// npm run -s pack:build -- SOURCE.md [--out PACK.json]
// Builds a perspective (a version 2 critique pack) from its Markdown source,
// for importing on the options page: each quotation becomes a link to the
// bundled passage that holds it or its own fingerprint, never its words. The
// pack goes to stdout (or --out); a note per entry and every problem go to
// stderr as SOURCE.md:LINE: …. Exit 2 on bad usage or an unreadable file, 1
// when the source has problems (nothing is written).

import { readFileSync, writeFileSync } from 'node:fs';
import { buildPackSource } from './pack-source';

const USAGE = 'usage: npm run -s pack:build -- SOURCE.md [--out PACK.json]\n';
const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const errorText = (e: unknown) => (e as NodeJS.ErrnoException).code ?? (e as Error).message;

function main(args: string[]): number {
  const outAt = args.indexOf('--out');
  const out = outAt >= 0 ? args[outAt + 1] : null;
  const files = args.filter((_, i) => outAt < 0 || (i !== outAt && i !== outAt + 1));
  if (files.length !== 1 || (outAt >= 0 && !out)) {
    process.stderr.write(USAGE);
    return 2;
  }
  const [file] = files;
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch (e) {
    process.stderr.write(`pack:build: cannot read ${file}: ${errorText(e)}\n`);
    return 2;
  }
  const { pack, errors, notes } = buildPackSource(source);
  const said = [...notes, ...errors].sort((a, b) => a.line - b.line);
  for (const { line, message } of said) process.stderr.write(`${file}:${line}: ${message}\n`);
  if (!pack) {
    process.stderr.write(`pack:build: ${count(errors.length, 'problem')}, no pack written\n`);
    return 1;
  }
  const json = JSON.stringify(pack, null, 2) + '\n';
  try {
    if (out) writeFileSync(out, json);
    else process.stdout.write(json);
  } catch (e) {
    process.stderr.write(`pack:build: cannot write ${out}: ${errorText(e)}\n`);
    return 2;
  }
  const where = out ? ` → ${out}` : '';
  const entries = count(pack.paragraphs.length, 'entry', 'entries');
  const own = count(pack.passages.length, 'own fingerprint');
  process.stderr.write(`pack:build: ${pack.id}: ${entries}, ${own}${where}\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
