// The timing loop: all methods in one process, gc() before every timed call,
// a JIT warm-up first, then `reps` repetitions per page in which the (method, N)
// tasks run in an order rotated by one each repetition. Results are medians.

import type { BenchConfig } from './config';
import { timeOnce, type MethodKey, type Prepared } from './methods';
import type { Page } from './pages';

interface Task {
  key: MethodKey;
  /** N for N-dependent methods; floor and tokenize are timed once per repetition (n = 0). */
  n: number;
}

export interface Timing extends Task {
  page: string;
  pageChars: number;
  ms: number[];
  median: number;
}

export const gc: () => void = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

export function hasGc(): boolean {
  return typeof (globalThis as { gc?: unknown }).gc === 'function';
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** N values timed on a page: --quick adds N = 1,000 on the headline page only, for the asm comparison. */
function nsFor(cfg: BenchConfig, page: string): number[] {
  return cfg.quick && page === cfg.headlinePage ? [100, 1000, 5000] : cfg.ns;
}

/**
 * One repetition's tasks. The floor is a sub-millisecond call on 200 KB, so a
 * single sample is at the mercy of the shared VM; it is timed once per N group
 * (interleaved) and all its samples pooled, which steadies the denominator of
 * every ×floor ratio without changing what is measured.
 */
function tasksFor(ns: number[]): Task[] {
  const perN: MethodKey[] = ['engine', 'match', 'naive', 'asm'];
  const groups = ns.map((n, g) => [
    ...(g > 0 ? [{ key: 'floor' as const, n: 0 }] : []),
    ...perN.map((key) => ({ key, n })),
  ]);
  return [{ key: 'floor', n: 0 }, { key: 'tokenize', n: 0 }, ...groups.flat()];
}

/** Pools the samples of repeated tasks (the floor) into one Timing per (method, N). */
function pool(tasks: Task[], ms: number[][], page: Page): Timing[] {
  const out = new Map<string, Timing>();
  tasks.forEach((t, i) => {
    const key = `${t.key}:${t.n}`;
    const entry = out.get(key) ?? {
      ...t,
      page: page.name,
      pageChars: page.text.length,
      ms: [],
      median: 0,
    };
    entry.ms.push(...ms[i]);
    out.set(key, entry);
  });
  return [...out.values()].map((t) => ({ ...t, median: median(t.ms) }));
}

function run(task: Task, prepared: Map<number, Prepared>, page: Page, cfg: BenchConfig): number {
  const p = prepared.get(task.n) ?? prepared.values().next().value!;
  gc();
  return timeOnce(task.key, p, page.text, cfg.asmSample(page.text.length));
}

export function warmUp(
  page: Page,
  prepared: Map<number, Prepared>,
  cfg: BenchConfig,
  rounds = 3,
): void {
  const tasks = tasksFor([...prepared.keys()]);
  for (let r = 0; r < rounds; r++) for (const t of tasks) run(t, prepared, page, cfg);
}

export function timePage(
  page: Page,
  prepared: Map<number, Prepared>,
  cfg: BenchConfig,
  log: (s: string) => void,
): Timing[] {
  const tasks = tasksFor(nsFor(cfg, page.name));
  const ms = tasks.map(() => [] as number[]);
  for (let rep = 0; rep < cfg.reps; rep++) {
    const t0 = performance.now();
    for (let k = 0; k < tasks.length; k++) {
      const i = (k + rep) % tasks.length;
      ms[i].push(run(tasks[i], prepared, page, cfg));
    }
    log(
      `  ${page.name} rep ${rep + 1}/${cfg.reps}: ${((performance.now() - t0) / 1000).toFixed(1)} s`,
    );
  }
  return pool(tasks, ms, page);
}
