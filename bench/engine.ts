// `npm run bench [-- --quick] [-- --seed=N]`: the engine against the physical
// floor, its own tokeniser, naive indexOf and approx-string-match, on a seeded
// corpus generated at run time (see docs/benchmarks.md). Markdown tables go to
// stdout, JSON results to a temp directory (path on stderr), and the last line
// is the summary. Exits 1 when a target fails.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from './engine/config';
import { generateCorpus } from './engine/corpus';
import { measureBuilds } from './engine/memory';
import { asmCheck, prepareAll, runAccuracy, runTimings } from './engine/phases';
import { probesSection } from './engine/probes';
import {
  accuracySection,
  buildSection,
  corpusSection,
  missesSection,
  spellingSection,
  straysSection,
} from './engine/report-acc';
import { timingSection } from './engine/report-time';
import { failures, headline, summaryLine } from './engine/targets';
import { engineRevision } from './engine/revision';
import { hasGc } from './engine/timing';
import { loadBook } from './engine/brown';
import { learnedFailures, learnedSection, learnedSummary, measureLearned } from './engine/learned';
import { bundledEntries } from '../src/data/fingerprints';
import { measureNotes, notesSection, notesSummary } from './engine/notes';

const log = (s: string) => process.stderr.write(`[bench] ${s}\n`);
const cfg = parseArgs(process.argv.slice(2));
if (!hasGc()) log('warning: gc() is not exposed; run with node --expose-gc (npm run bench does)');
const started = performance.now();
const loadBefore = loadavg()[0];
const revision = engineRevision();

log(`generating corpus (seed ${cfg.seed}, ${cfg.quick ? 'quick' : 'full'})`);
const corpus = generateCorpus(cfg);
const texts = corpus.passages.map((p) => p.text);
log('index builds');
const builds = await measureBuilds(corpus.entries, texts, [100, 1000, 5000]);
const prepared = prepareAll(corpus, [100, 1000, 5000]);
const timings = runTimings(cfg, corpus.pages, prepared, log);
const check = asmCheck(cfg, corpus.pages, prepared, timings, log);
const runs = runAccuracy(cfg, corpus.pages, prepared, log);
const engine5000 = runs.find((r) => r.n === 5000)!;
log('book-sized learned set');
const learned = measureLearned(
  loadBook(),
  bundledEntries(),
  corpus.pages.filter((p) => p.timing),
  cfg.reps,
);
log('note rendering');
const notes = measureNotes(cfg.reps);

const meanWords = corpus.passages.reduce((n, p) => n + p.words, 0) / corpus.passages.length;
const meanChars = texts.reduce((n, t) => n + t.length, 0) / texts.length;
const asmNote = `per-passage time on a sample, scaled to N (see the check below).`;
process.stdout.write(
  [
    `## Benchmark results (${cfg.quick ? '--quick' : 'full run'}, ${cfg.reps} reps; Node ${process.version}; ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}; ${new Date().toISOString().slice(0, 10)}; ${revision})\n`,
    `1-minute load average: ${loadBefore.toFixed(2)} before the run, ${loadavg()[0].toFixed(2)} at its end (the benchmark itself adds about 1; more means another process shared the 2 cores).\n`,
    corpusSection(corpus.pages, { ...corpus, meanWords, meanChars, seed: cfg.seed }),
    timingSection(timings, cfg.quick ? [100, 1000, 5000] : cfg.ns, asmNote),
    check,
    buildSection(builds),
    accuracySection(runs, corpus.pages),
    spellingSection(corpus.spelling),
    missesSection(engine5000),
    straysSection(engine5000),
    probesSection(),
    learnedSection(learned),
    notesSection(notes),
  ].join('\n'),
);

const h = headline(timings, cfg.headlinePage, engine5000.score);
const dir = mkdtempSync(path.join(tmpdir(), 'counterpoint-bench-'));
const truth = corpus.pages.map((p) => ({
  page: p.name,
  kind: p.kind,
  chars: p.text.length,
  quotes: p.quotes,
}));
writeFileSync(
  path.join(dir, 'results.json'),
  JSON.stringify(
    {
      config: { ...cfg, asmSample: undefined },
      headline: h,
      timings: timings.all,
      builds,
      accuracy: runs,
    },
    null,
    1,
  ),
);
writeFileSync(path.join(dir, 'truth.json'), JSON.stringify(truth));
log(
  `JSON results: ${path.join(dir, 'results.json')} (ground truth: truth.json); total ${((performance.now() - started) / 1000).toFixed(0)} s`,
);

const spread = timings.floorSpread(cfg.headlinePage);
if (spread > 1.4)
  log(
    `warning: floor samples on ${cfg.headlinePage} vary (median ${spread.toFixed(2)}× the fastest): the machine was busy, ratios are unreliable`,
  );
const failed = [...failures(h), ...learnedFailures(learned)];
for (const f of failed) process.stdout.write(`bench: target missed: ${f}\n`);
process.stdout.write(`${learnedSummary(learned)}\n`);
process.stdout.write(`${notesSummary(notes)}\n`);
process.stdout.write(`${summaryLine(h)}\n`);
process.exitCode = failed.length ? 1 : 0;
