// Run settings: which pages, which N, how many repetitions. --quick keeps the
// CI-sized subset (N = 100 and 5,000; 200 KB and 2 MB pages; 5 reps).

import type { PageSpec } from './pages';

export interface BenchConfig {
  quick: boolean;
  seed: number;
  ns: number[];
  reps: number;
  pages: PageSpec[];
  /** Page and N at which the headline ratios are read. */
  headlinePage: string;
  /** approx-string-match patterns timed per (page, N) and scaled to N. */
  asmSample: (pageChars: number) => number;
  /** Run approx-string-match over the accuracy pages too (slow: full run only). */
  asmAccuracy: boolean;
}

const TIMING_SHARE: [number, number] = [0.005, 0.02];
const ACCURACY_SHARE: [number, number] = [0.02, 0.02];

function timingPage(kind: 'web' | 'book', kb: number): PageSpec {
  const label = kb >= 1024 ? `${kb / 1024}m` : `${kb}k`;
  return { name: `${kind}-${label}`, kind, kb, share: TIMING_SHARE, timing: true };
}

function accuracyPages(kind: 'web' | 'book', count: number): PageSpec[] {
  return Array.from({ length: count }, (_, i) => ({
    name: `acc-${kind}-${String(i + 1).padStart(2, '0')}`,
    kind,
    kb: 200,
    share: ACCURACY_SHARE,
    timing: false,
  }));
}

/** Every page of a full run, in the fixed order that assigns filler slices. */
export function allPages(): PageSpec[] {
  return [
    ...[50, 200, 1024, 2048].map((kb) => timingPage('web', kb)),
    ...[200, 1024].map((kb) => timingPage('book', kb)),
    ...accuracyPages('web', 30),
    ...accuracyPages('book', 15),
  ];
}

const QUICK_PAGES = new Set([
  'web-200k',
  'web-2m',
  'book-200k',
  ...accuracyPages('web', 8).map((p) => p.name),
  ...accuracyPages('book', 4).map((p) => p.name),
]);

export function parseArgs(argv: string[]): BenchConfig {
  const quick = argv.includes('--quick');
  const seedArg = argv.find((a) => a.startsWith('--seed='));
  const repsArg = argv.find((a) => a.startsWith('--reps='));
  return {
    quick,
    seed: seedArg ? Number(seedArg.slice(7)) : 20250101,
    ns: quick ? [100, 5000] : [100, 1000, 5000],
    reps: repsArg ? Math.max(5, Number(repsArg.slice(7))) : quick ? 5 : 9,
    pages: allPages().filter((p) => !quick || QUICK_PAGES.has(p.name)),
    headlinePage: 'web-200k',
    asmSample: (chars) => (chars >= 1024 * 1024 ? 10 : 50),
    asmAccuracy: !quick,
  };
}
