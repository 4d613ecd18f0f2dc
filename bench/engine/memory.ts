// Index build time and retained memory per N. Memory is the growth of V8 heap
// plus ArrayBuffer backing stores across the build, after full GCs, with the
// index still referenced; the exact typed-array bytes are listed beside it.

import { buildIndex, fingerprint, type IndexEntry, type PassageIndex } from '../../src/engine';
import { median } from './timing';

export interface BuildStats {
  n: number;
  buildMs: number;
  fingerprintMs: number;
  retainedBytes: number;
  typedBytes: number;
  postings: number;
  slots: number;
}

const gc: () => void = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

function used(): number {
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}

function typedBytes(index: PassageIndex): number {
  return Object.values(index).reduce(
    (n: number, v) => n + (ArrayBuffer.isView(v) ? v.byteLength : 0),
    0,
  );
}

function timeIt(fn: () => void, reps: number): number {
  const ms: number[] = [];
  for (let r = 0; r < reps; r++) {
    gc();
    const t0 = performance.now();
    fn();
    ms.push(performance.now() - t0);
  }
  return median(ms);
}

/** Full GCs with pauses: ArrayBuffer backing stores are released by a background sweeper. */
async function settle(): Promise<void> {
  for (let k = 0; k < 3; k++) {
    gc();
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Retained bytes of one fresh build; measured before any timing so no earlier garbage is pending. */
async function retained(subset: IndexEntry[]): Promise<{ bytes: number; index: PassageIndex }> {
  await settle();
  const before = used();
  const index = buildIndex(subset);
  await settle();
  return { bytes: used() - before, index };
}

export async function measureBuilds(
  entries: IndexEntry[],
  texts: string[],
  ns: number[],
  reps = 5,
): Promise<BuildStats[]> {
  const out: BuildStats[] = [];
  for (const n of ns) {
    const subset = entries.slice(0, n);
    const { bytes, index } = await retained(subset);
    out.push({
      n,
      buildMs: 0,
      fingerprintMs: 0,
      retainedBytes: bytes,
      typedBytes: typedBytes(index),
      postings: index.postings.length,
      slots: index.keys.length,
    });
  }
  buildIndex(entries.slice(0, ns[ns.length - 1])); // JIT warm-up for the timed builds
  for (const b of out) {
    const subset = entries.slice(0, b.n);
    b.buildMs = timeIt(() => buildIndex(subset), reps);
    b.fingerprintMs = timeIt(() => texts.slice(0, b.n).forEach((t) => fingerprint(t)), reps);
  }
  return out;
}
