// How often one tab may do a thing in a minute. A reader saves a passage,
// types a note, saves again: a few a minute. A page that drives the overlay,
// or a compromised content script, could otherwise fill the library in a loop.
// Kept in memory: a restarted background starts counting again, which is fine
// for a brake.

const WINDOW_MS = 60_000;

export class RateLimit {
  private readonly recent = new Map<number, number[]>();

  constructor(readonly perMinute: number) {}

  /** Counts one for `tabId` at `now`; false when the tab has had its share of the last minute. */
  take(tabId: number, now = Date.now()): boolean {
    const kept = (this.recent.get(tabId) ?? []).filter((t) => now - t < WINDOW_MS);
    const allowed = kept.length < this.perMinute;
    if (allowed) kept.push(now);
    this.recent.set(tabId, kept);
    return allowed;
  }

  /** A closed tab's count goes with it. */
  forget(tabId: number): void {
    this.recent.delete(tabId);
  }
}

export const SAVES_PER_MINUTE = 30;
/** Saves from one tab's note editor. */
export const saves = new RateLimit(SAVES_PER_MINUTE);
