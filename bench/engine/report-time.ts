// Timing tables: per-N method × page tables with ×floor, the engine's ratios,
// and the speed-up over approx-string-match. All ratios are between medians
// taken in the same process run.

import { METHOD_LABELS, type MethodKey } from './methods';
import { ms, ratio, section, table } from './format';
import type { Timing } from './timing';

export class Timings {
  constructor(
    readonly all: Timing[],
    readonly pages: string[],
  ) {}

  get(page: string, key: MethodKey, n = 0): number {
    const t = this.all.find(
      (x) =>
        x.page === page && x.key === key && x.n === (key === 'floor' || key === 'tokenize' ? 0 : n),
    );
    return t ? t.median : NaN;
  }

  /** Floor median over its fastest sample: near 1 on a quiet machine; ≳ 1.4 means another process competed. */
  floorSpread(page: string): number {
    const f = this.all.find((x) => x.page === page && x.key === 'floor');
    return f ? f.median / Math.min(...f.ms) : NaN;
  }

  /** Median ms of a method divided by the floor's median on the same page. */
  xFloor(page: string, key: MethodKey, n = 0): number {
    return this.get(page, key, n) / this.get(page, 'floor');
  }
}

function methodTable(t: Timings, n: number): string {
  const keys: MethodKey[] = ['floor', 'tokenize', 'engine', 'match', 'naive', 'asm'];
  const rows = keys.map((key) => [
    METHOD_LABELS[key],
    ...t.pages.map((p) =>
      Number.isFinite(t.get(p, key, n))
        ? `${ms(t.get(p, key, n))} (${ratio(t.xFloor(p, key, n))})`
        : '–',
    ),
  ]);
  return `**N = ${n.toLocaleString('en-US')}** — median ms (×floor)\n\n${table(['method', ...t.pages], rows)}`;
}

function engineTable(t: Timings, ns: number[]): string {
  const mbps = (p: string, n: number) =>
    t.all.find((x) => x.page === p)!.pageChars / 1024 / 1024 / (t.get(p, 'engine', n) / 1000);
  const rows = [
    ...ns.map((n) => [
      `engine ×floor, N=${n}`,
      ...t.pages.map((p) => ratio(t.xFloor(p, 'engine', n), 2)),
    ]),
    ...ns.map((n) => [
      `engine ÷ tokenize, N=${n}`,
      ...t.pages.map((p) => ratio(t.get(p, 'engine', n) / t.get(p, 'tokenize'), 2)),
    ]),
    ['tokenize ×floor', ...t.pages.map((p) => ratio(t.xFloor(p, 'tokenize'), 2))],
    [
      'engine N=5,000 ÷ N=100',
      ...t.pages.map((p) => ratio(t.get(p, 'engine', 5000) / t.get(p, 'engine', 100), 2)),
    ],
    ...ns.map((n) => [`engine MB/s, N=${n}`, ...t.pages.map((p) => ratio(mbps(p, n), 0))]),
    [
      'floor MB/s',
      ...t.pages.map((p) =>
        ratio(
          t.all.find((x) => x.page === p)!.pageChars / 1024 / 1024 / (t.get(p, 'floor') / 1000),
          0,
        ),
      ),
    ],
    [
      'floor median ÷ fastest sample (noise check)',
      ...t.pages.map((p) => ratio(t.floorSpread(p), 2)),
    ],
  ];
  return `**Engine ratios** (medians from the same run)\n\n${table(['quantity', ...t.pages], rows)}`;
}

function speedupTable(t: Timings, ns: number[]): string {
  const rows = (['engine', 'naive'] as MethodKey[]).map((key) => [
    METHOD_LABELS[key],
    ns.map((n) => n.toLocaleString('en-US')).join(' / '),
    ...t.pages.map(
      (p) => `${ns.map((n) => ratio(t.get(p, 'asm', n) / t.get(p, key, n), 0)).join(' / ')}×`,
    ),
  ]);
  return `**Speed-up over approx-string-match †** (asm median ÷ method median)\n\n${table(['method', 'N', ...t.pages], rows)}`;
}

export function timingSection(t: Timings, ns: number[], asmNote: string): string {
  return section(
    'Match time per page',
    'Each time covers the whole path from the raw page string to the result. † approx-string-match: ' +
      asmNote,
    ...ns.map((n) => methodTable(t, n)),
    engineTable(t, ns),
    speedupTable(t, ns),
  );
}
