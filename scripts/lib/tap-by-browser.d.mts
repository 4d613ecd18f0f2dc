/** Types for tap-by-browser.mjs. */
export type Counts = Record<string, { passed: number; failed: number; skipped: number }>;
export function countByBrowser(tap: string): Counts;
export function describeCounts(counts: Counts): string;
