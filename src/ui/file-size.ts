// A file the reader picked, checked on its size before a byte of it is read.

/** Megabytes (10⁶ bytes) with one decimal, rounded up: a file just over a limit never reads as the limit itself. */
export const megabytes = (bytes: number) => String(Math.ceil(bytes / 100_000) / 10);

/** [size, limit] in megabytes when `file` is larger than `limit` bytes, else null. */
export function oversize(file: { size: number }, limit: number): [string, string] | null {
  return file.size > limit ? [megabytes(file.size), megabytes(limit)] : null;
}
