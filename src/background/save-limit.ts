// How many saves one tab may make in a minute. A reader saves a passage, types
// a note, saves again: a few a minute. A page that drives the overlay, or a
// compromised content script, could otherwise fill the library in a loop.
// Kept in memory: a restarted background starts counting again, which is fine
// for a brake.

export const SAVES_PER_MINUTE = 30;
const WINDOW_MS = 60_000;

const recent = new Map<number, number[]>();

/** Counts a save from `tabId` at `now`; false when the tab has had its share of the last minute. */
export function takeSave(tabId: number, now = Date.now()): boolean {
  const kept = (recent.get(tabId) ?? []).filter((t) => now - t < WINDOW_MS);
  if (kept.length >= SAVES_PER_MINUTE) {
    recent.set(tabId, kept);
    return false;
  }
  kept.push(now);
  recent.set(tabId, kept);
  return true;
}

/** A closed tab's count goes with it. */
export function forgetSaves(tabId: number): void {
  recent.delete(tabId);
}
