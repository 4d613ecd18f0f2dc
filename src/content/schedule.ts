// Cooperative scheduling: long work runs in slices of a few milliseconds and
// yields to the page between them, so no task comes near the 50 ms that makes
// a page feel stuck (the Long Tasks threshold).

/** Work per slice; well under 50 ms even on a slow machine. */
export const SLICE_MS = 8;

type Scheduler = { yield?: () => Promise<void> };

/** Gives the page a turn: scheduler.yield() where it exists (keeps our priority), else a macrotask. */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Longest wait for an idle moment before a first scan (a page that is never idle still gets scanned). */
export const IDLE_TIMEOUT_MS = 1000;

/**
 * Resolves when the page's thread is idle: after the browser's own first layout and paint of a
 * long page, so the scan does not compete with them (and its reply does not queue behind them).
 */
export function whenIdle(timeout = IDLE_TIMEOUT_MS): Promise<void> {
  const w = globalThis as { requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => number };
  if (typeof w.requestIdleCallback === 'function') return new Promise((resolve) => w.requestIdleCallback!(() => resolve(), { timeout }));
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Tracks one slice's time: `due()` is true once the slice has used its budget. */
export class Slice {
  private started = performance.now();

  due(): boolean {
    return performance.now() - this.started >= SLICE_MS;
  }

  /** Yields when the slice is used up, then starts a new one. */
  async pause(): Promise<void> {
    if (!this.due()) return;
    await yieldToPage();
    this.started = performance.now();
  }

  async next(): Promise<void> {
    await yieldToPage();
    this.started = performance.now();
  }
}
