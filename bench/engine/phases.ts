// The benchmark's phases, in run order: per-N preparation, timing, the check
// of approx-string-match's sampled-and-scaled figure, and accuracy.

import { emptyScore, scorePage } from './accuracy';
import type { BenchConfig } from './config';
import type { Corpus } from './corpus';
import { ms, section, table } from './format';
import {
  asmReports,
  engineReports,
  naiveReports,
  prepare,
  timeOnce,
  type Prepared,
  type Report,
} from './methods';
import type { Page } from './pages';
import type { ScoredRun } from './report-acc';
import { Timings } from './report-time';
import { timePage, warmUp, type Timing } from './timing';

export type Log = (s: string) => void;

export function prepareAll(corpus: Corpus, ns: number[]): Map<number, Prepared> {
  const texts = corpus.passages.map((p) => p.text);
  return new Map(ns.map((n) => [n, prepare(corpus.entries, texts, n)]));
}

export function runTimings(
  cfg: BenchConfig,
  pages: Page[],
  prepared: Map<number, Prepared>,
  log: Log,
): Timings {
  const timingPages = pages.filter((p) => p.timing);
  log(`warm-up on ${cfg.headlinePage}`);
  warmUp(
    timingPages.find((p) => p.name === cfg.headlinePage)!,
    prepared,
    cfg,
  );
  const all: Timing[] = [];
  for (const page of timingPages) all.push(...timePage(page, prepared, cfg, log));
  return new Timings(
    all,
    timingPages.map((p) => p.name),
  );
}

/** One full approx-string-match run (every passage) against the sampled-and-scaled median. */
export function asmCheck(
  cfg: BenchConfig,
  pages: Page[],
  prepared: Map<number, Prepared>,
  t: Timings,
  log: Log,
): string {
  const checks: [string, number][] = cfg.quick
    ? [['web-200k', 100]]
    : [
        ['web-200k', 100],
        ['web-50k', 1000],
      ];
  const rows = checks.map(([name, n]) => {
    log(`approx-string-match full run: ${name}, N=${n}`);
    const page = pages.find((p) => p.name === name)!;
    const p = prepared.get(n)!;
    const full = timeOnce('asm', p, page.text, n); // sample = all n passages: no scaling
    const scaled = t.get(name, 'asm', n);
    return [
      name,
      n.toLocaleString('en-US'),
      ms(full),
      ms(scaled),
      `${(((scaled - full) / full) * 100).toFixed(1)} %`,
    ];
  });
  return section(
    'approx-string-match: sampled and scaled vs. one full run',
    `Timed on ${cfg.asmSample(0)} passages (${cfg.asmSample(2 ** 21)} on pages ≥ 1 MB), stratified by length, scaled to N, plus the normalising time.`,
    table(['page', 'N', 'full run (1×)', 'scaled median', 'difference'], rows),
  );
}

function scoreAll(name: string, n: number, pages: Page[], fn: (page: Page) => Report[]): ScoredRun {
  const score = emptyScore();
  for (const page of pages) scorePage(score, page, fn(page));
  return { method: name, n, score };
}

export function runAccuracy(
  cfg: BenchConfig,
  pages: Page[],
  prepared: Map<number, Prepared>,
  log: Log,
): ScoredRun[] {
  const runs: ScoredRun[] = [];
  for (const n of cfg.ns) {
    log(`accuracy: engine, N=${n}`);
    runs.push(
      scoreAll('**engine detect()**', n, pages, (page) =>
        engineReports(prepared.get(n)!, page.text),
      ),
    );
  }
  log('accuracy: naive, N=100');
  runs.push(
    scoreAll('naive indexOf', 100, pages, (page) => naiveReports(prepared.get(100)!, page.text)),
  );
  if (cfg.asmAccuracy) {
    log('accuracy: approx-string-match, N=100 (all passages)');
    const all = Array.from({ length: 100 }, (_, pid) => pid);
    runs.push(
      scoreAll('approx-string-match', 100, pages, (page) =>
        asmReports(prepared.get(100)!, page.text, all),
      ),
    );
  }
  return runs;
}
