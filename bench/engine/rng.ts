// Seeded PRNG (sfc32) and the few distributions the corpus needs. Everything
// random in the benchmark draws from one of these, so a seed fixes the corpus.

export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [lo, hi] (inclusive). */
  int(lo: number, hi: number): number;
  pick<T>(items: readonly T[]): T;
  chance(p: number): boolean;
  /** Log-uniform in [lo, hi]: as many 15–30-word passages as 60–120-word ones. */
  logUniform(lo: number, hi: number): number;
  shuffle<T>(items: T[]): T[];
  /** An independent stream, so adding draws in one generator does not shift another. */
  fork(label: string): Rng;
}

function sfc32(a: number, b: number, c: number, d: number): () => number {
  return () => {
    a |= 0;
    b |= 0;
    c |= 0;
    d |= 0;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
}

/** FNV-1a of a label, to derive fork seeds from names rather than call order. */
function labelHash(seed: number, label: string): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < label.length; i++) h = Math.imul(h ^ label.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

export function makeRng(seed: number): Rng {
  const raw = sfc32(0x9e3779b9, seed | 0, labelHash(seed, 'b'), labelHash(seed, 'c'));
  for (let i = 0; i < 16; i++) raw(); // mix the state before first use
  const rng: Rng = {
    next: raw,
    int: (lo, hi) => lo + Math.floor(raw() * (hi - lo + 1)),
    pick: (items) => items[Math.floor(raw() * items.length)],
    chance: (p) => raw() < p,
    logUniform: (lo, hi) => Math.exp(Math.log(lo) + raw() * (Math.log(hi) - Math.log(lo))),
    shuffle(items) {
      for (let i = items.length - 1; i > 0; i--) {
        const j = Math.floor(raw() * (i + 1));
        [items[i], items[j]] = [items[j], items[i]];
      }
      return items;
    },
    fork: (label) => makeRng(labelHash(seed, label)),
  };
  return rng;
}
