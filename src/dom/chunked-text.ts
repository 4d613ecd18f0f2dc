// A long text kept as the pieces it was collected in. Joining a 10 MB page's
// text into one string is one long step of the page's thread (measured 0.15 s
// in Chromium and up to 0.6 s in Firefox on a busy machine); detection only
// needs windows of a few hundred kilobytes, so those are cut from the pieces
// and the whole string is built only when something asks for it.

export class ChunkedText {
  private readonly starts: number[] = [];
  private whole: string | null;
  readonly length: number;

  constructor(private readonly chunks: readonly string[]) {
    let at = 0;
    for (const c of chunks) {
      this.starts.push(at);
      at += c.length;
    }
    this.length = at;
    this.whole = chunks.length === 1 ? chunks[0] : chunks.length === 0 ? '' : null;
  }

  /** The whole text, joined on first use. */
  get text(): string {
    this.whole ??= this.chunks.join('');
    return this.whole;
  }

  /** Index of the chunk holding `offset` (the last one for offsets at or past the end). */
  private chunkAt(offset: number): number {
    let lo = 0,
      hi = this.chunks.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Same as text.slice(start, end) for 0 ≤ start ≤ end ≤ length, from the pieces it spans. */
  slice(start: number, end: number): string {
    if (this.whole !== null) return this.whole.slice(start, end);
    const parts: string[] = [];
    for (let i = this.chunkAt(start); i < this.chunks.length && this.starts[i] < end; i++) {
      parts.push(this.chunks[i].slice(Math.max(0, start - this.starts[i]), end - this.starts[i]));
    }
    return parts.join('');
  }

  /** Same as text.indexOf(char, from) for one character. */
  indexOfChar(char: string, from: number): number {
    if (this.whole !== null) return this.whole.indexOf(char, from);
    for (let i = this.chunkAt(from); i < this.chunks.length; i++) {
      const at = this.chunks[i].indexOf(char, Math.max(0, from - this.starts[i]));
      if (at >= 0) return this.starts[i] + at;
    }
    return -1;
  }
}
