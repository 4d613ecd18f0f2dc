// Cooperative scheduling: long work runs in slices of a few milliseconds and
// yields to the page between them, so no task comes near the 50 ms that makes
// a page feel stuck (the Long Tasks threshold).

/** Work per slice; well under 50 ms even on a slow machine. */
export const SLICE_MS = 8;

type Scheduler = { yield?: () => Promise<void> };

/** Gives the page a turn: scheduler.yield() where it exists (keeps our priority), else a macrotask. */
function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return yieldBehindPage();
}

/**
 * Resolves once the HTML parser is done (at once for a script injected later). The content
 * script is declared at document_start: declared at document_idle or document_end, Chromium
 * moves its own final style, layout and paint of a long page behind DOMContentLoaded into one
 * task (600–900 ms on a 10 MB page, measured, with an empty script), so the script loads first
 * and waits here.
 */
export function documentParsed(doc: Document = document): Promise<void> {
  if (doc.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) =>
    doc.addEventListener('DOMContentLoaded', () => resolve(), { once: true }),
  );
}

/** Longest wait for an idle moment before a first scan (a page that is never idle still gets scanned). */
const IDLE_TIMEOUT_MS = 1000;

/**
 * Resolves when the page's thread is idle: after the browser's own first layout and paint of a
 * long page, so the scan does not compete with them (and its reply does not queue behind them).
 */
export function whenIdle(timeout = IDLE_TIMEOUT_MS): Promise<void> {
  const w = globalThis as {
    requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => number;
  };
  if (typeof w.requestIdleCallback === 'function')
    return new Promise((resolve) => w.requestIdleCallback!(() => resolve(), { timeout }));
  return yieldBehindPage();
}

/**
 * Longest stretch (ms) of our slices between macrotask yields. scheduler.yield()
 * continuations run ahead of the page's own timers, so a long run of slices
 * (a 10 MB page's walk) would starve them; past this, we yield behind them.
 */
export const FAIR_MS = 50;

/** A macrotask: the page's due timers and other tasks run before we continue. */
function yieldBehindPage(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Tracks one slice's time: `due()` is true once the slice has used its budget. */
export class Slice {
  private started = performance.now();
  private sinceMacrotask = this.started;

  due(): boolean {
    return performance.now() - this.started >= SLICE_MS;
  }

  /** Ends the slice: gives the page a turn (behind its timers every FAIR_MS), then starts a new one. */
  async next(): Promise<void> {
    if (performance.now() - this.sinceMacrotask >= FAIR_MS) {
      await yieldBehindPage();
      this.sinceMacrotask = performance.now();
    } else {
      await yieldToPage();
    }
    this.started = performance.now();
  }
}

/**
 * `read(key)` remembered until the current task ends: for layout reads a task makes many of
 * (a whole book's thousand passages share a block and a few pages' boxes), which stay true while
 * the task runs. `clear()` forgets sooner, when the caller knows the layout changed.
 */
export function perTask<K, V>(read: (key: K) => V): { get(key: K): V; clear(): void } {
  const values = new Map<K, V>();
  return {
    get(key) {
      if (values.has(key)) return values.get(key)!;
      if (values.size === 0) setTimeout(() => values.clear(), 0);
      const value = read(key);
      values.set(key, value);
      return value;
    },
    clear: () => values.clear(),
  };
}
