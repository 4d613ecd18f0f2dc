// Same-process A/B of the detection engine: src/engine at a git revision (A,
// default HEAD) against the working tree (B). Both are bundled with esbuild as
// scripts/run.mjs does and loaded into one Node process; each builds its own
// index from the same entries: the engine benchmark's N = 5,000 passages and
// its book-sized learned set (bundled curated entries + 300,000 learned words).
// Pages are the benchmark's six timing pages (bench/engine, generated at run
// time from the Brown corpus and nlp-corpus). After a warm-up, detect() is
// timed in ABBA order, gc() before each call. A ms, B ms: medians; B/A: the
// median of the per-round ratios (each B call over the A call beside it, so
// load that spans both cancels out). Prints a Markdown table; exits 1 when any
// detection differs or the geometric mean of B/A over all rows is above 1.05.
// Usage: node bench/ab.mjs [REV] [--rounds=N]   (run from the project root)
import { build } from 'esbuild';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

if (typeof globalThis.gc !== 'function') {
  // re-run with gc() exposed, as the engine benchmark runs
  const r = spawnSync(process.execPath, ['--expose-gc', ...process.argv.slice(1)], {
    stdio: 'inherit',
  });
  process.exit(r.status ?? 1);
}
const args = process.argv.slice(2);
const rev = args.find((a) => !a.startsWith('--')) ?? 'HEAD';
const rounds = Number(args.find((a) => a.startsWith('--rounds='))?.slice(9) ?? 15);
const log = (s) => process.stderr.write(`[ab] ${s}\n`);
const git = (...a) => execFileSync('git', a, { encoding: 'utf8', maxBuffer: 1 << 28 });
const sha = git('rev-parse', '--verify', '--short', `${rev}^{commit}`).trim();

// Bundles land under node_modules/.cache so that their external packages resolve, as scripts/run.mjs's do.
const dir = path.resolve('node_modules/.cache/counterpoint-ab');
rmSync(dir, { recursive: true, force: true });
mkdirSync(path.join(dir, 'a'), { recursive: true });
const tar = path.join(dir, 'a.tar');
git('archive', '--format=tar', '-o', tar, sha, 'src/engine', 'src/shared');
execFileSync('tar', ['-xf', tar, '-C', path.join(dir, 'a')]);

const options = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'error',
};
const bundle = async (name, entry) => {
  const outfile = path.join(dir, `${name}.mjs`);
  await build({ ...options, ...entry, outfile });
  return import(pathToFileURL(outfile).href);
};
// The data side, from the working tree: pages and entries are the same objects for A and B.
const harness = `
import { generateCorpus } from './bench/engine/corpus';
import { allPages, parseArgs } from './bench/engine/config';
import { loadBook } from './bench/engine/brown';
import { LEARNED_WORDS } from './bench/engine/learned';
import { learnedRecord } from './src/data/learning';
import { chunksOf } from './src/data/learned-chunks';
import { bundledEntries } from './src/data/fingerprints';
export { TOKENISER_VERSION } from './src/engine';
export function data() {
  const corpus = generateCorpus({ ...parseArgs([]), pages: allPages().filter((p) => p.timing) });
  // As bench/engine/learned.ts: the book's paragraphs as 47 learned chapters.
  const records = [];
  let lines = [], words = 0;
  for (const para of loadBook().text.split('\\n\\n')) {
    lines.push(para);
    words += para.split(' ').length;
    if (words < LEARNED_WORDS / 47) continue;
    const r = learnedRecord('ch' + (records.length + 1), lines.join('\\n'), 0);
    if (typeof r !== 'string') records.push(r);
    lines = []; words = 0;
    if (records.length === 47) break;
  }
  const sets = { 'N=5,000': corpus.entries, learned: [...bundledEntries(), ...records.flatMap(chunksOf).map((c) => c.entry)] };
  return { pages: corpus.pages.map((p) => ({ name: p.name, text: p.text })), sets };
}`;
log(`bundling: A = ${sha} (src/engine, src/shared), B = working tree, and the page builders`);
const A = await bundle('a', { entryPoints: [path.join(dir, 'a/src/engine/index.ts')] });
const B = await bundle('b', { entryPoints: ['src/engine/index.ts'] });
const H = await bundle('harness', {
  stdin: {
    contents: harness,
    resolveDir: process.cwd(),
    loader: 'ts',
    sourcefile: 'ab-harness.ts',
  },
});
rmSync(dir, { recursive: true, force: true }); // loaded: the files are no longer needed
for (const [name, m] of [
  ['A', A],
  ['B', B],
]) {
  if (m.TOKENISER_VERSION !== H.TOKENISER_VERSION)
    log(
      `warning: ${name}'s tokeniser is version ${m.TOKENISER_VERSION}, the entries' ${H.TOKENISER_VERSION}: detections will differ`,
    );
}

log('generating pages and entries (the engine benchmark corpus, seed 20250101)');
const { pages, sets } = H.data();
const tasks = [];
for (const [set, entries] of Object.entries(sets)) {
  const index = { A: A.buildIndex(entries), B: B.buildIndex(entries) };
  for (const page of pages) tasks.push({ set, page, index, ms: { A: [], B: [] }, same: true });
}
const engines = { A, B };
const timed = (t, e) => {
  globalThis.gc();
  const t0 = performance.now();
  const found = engines[e].detect(t.index[e], t.page.text);
  return { ms: performance.now() - t0, found };
};
const key = (found) => JSON.stringify(found);

log(`warm-up, then ${rounds} rounds of ${tasks.length} tasks × 2 engines`);
for (let w = 0; w < 3; w++) for (const t of tasks) for (const e of ['A', 'B']) timed(t, e);
for (let r = 0; r < rounds; r++) {
  const order = r % 2 === 0 ? ['A', 'B'] : ['B', 'A'];
  for (const t of tasks) {
    const got = {};
    for (const e of order) {
      const { ms, found } = timed(t, e);
      t.ms[e].push(ms);
      got[e] = found;
    }
    if (key(got.A) !== key(got.B)) t.same = false;
  }
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const fmt = (ms) => (ms < 10 ? ms.toFixed(2) : ms.toFixed(1));
const rows = tasks.map((t) => ({
  ...t,
  a: median(t.ms.A),
  b: median(t.ms.B),
  ratio: median(t.ms.B.map((b, r) => b / t.ms.A[r])),
}));
const geomean = Math.exp(rows.reduce((n, r) => n + Math.log(r.ratio), 0) / rows.length);
const allSame = rows.every((r) => r.same);
const out = [
  `### Engine A/B: A = ${sha}, B = working tree (${rounds} rounds, ABBA; ms: medians; B/A: median of per-round ratios)\n`,
  '| index | page | chars | A ms | B ms | B/A | identical |',
  '| --- | --- | ---: | ---: | ---: | ---: | --- |',
  ...rows.map(
    (r) =>
      `| ${r.set} | ${r.page.name} | ${r.page.text.length.toLocaleString('en')} | ${fmt(r.a)} | ${fmt(r.b)} | ${r.ratio.toFixed(3)} | ${r.same ? 'yes' : '**no**'} |`,
  ),
  `| all | A, B: sum; B/A: geometric mean | | ${fmt(rows.reduce((n, r) => n + r.a, 0))} | ${fmt(rows.reduce((n, r) => n + r.b, 0))} | ${geomean.toFixed(3)} | ${allSame ? 'yes' : '**no**'} |`,
  '',
  `ab: A=${sha} B=worktree B/A=${geomean.toFixed(3)} identical=${allSame ? 'yes' : 'no'}`,
];
process.stdout.write(`${out.join('\n')}\n`);
if (!allSame) log('detections differ between A and B');
if (geomean > 1.05) log(`B is ${((geomean - 1) * 100).toFixed(1)} % slower than A`);
process.exitCode = allSame && geomean <= 1.05 ? 0 : 1;
