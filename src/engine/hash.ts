// 32-bit hashes: FNV-1a for words, a multiplicative combination for shingles.
// Values are signed int32 (`| 0`): V8 keeps those unboxed, while uint32 values
// above 2^31 become heap numbers whenever they cross a call. Stored in
// Uint32Arrays they keep the same bits.

export const FNV_OFFSET = 0x811c9dc5 | 0;
export const FNV_PRIME = 0x01000193;
export const SHINGLE_BASE = 0x2c9277b5;

/** Hash of the k word hashes starting at `at`. */
export function shingleHash(words: Int32Array, at: number, k: number): number {
  let h = 0;
  for (let j = 0; j < k; j++) h = (Math.imul(h, SHINGLE_BASE) + words[at + j]) | 0;
  return h;
}

/** Spread a hash over a power-of-two table (Fibonacci hashing). */
export const FIBONACCI = 0x9e3779b1 | 0;

export function slotOf(hash: number, shift: number): number {
  return Math.imul(hash, FIBONACCI) >>> shift;
}

/** SHINGLE_BASE^(k-1): the weight of the word that leaves a rolling shingle. */
export function shingleDropFactor(k: number): number {
  let f = 1;
  for (let j = 1; j < k; j++) f = Math.imul(f, SHINGLE_BASE);
  return f;
}

/** The next shingle's hash from the previous one, in two multiplications. */
export function rollShingle(
  prev: number,
  leaving: number,
  entering: number,
  dropFactor: number,
): number {
  return (Math.imul((prev - Math.imul(leaving, dropFactor)) | 0, SHINGLE_BASE) + entering) | 0;
}
