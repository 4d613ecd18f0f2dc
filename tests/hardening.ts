// The hardening suites' counts for `npm test`'s summary line: each suite appends
// one JSON line to the file named by COUNTERPOINT_HARDENING_COUNTS (set by
// scripts/test-all.sh; unset, nothing is written). tests/e2e/lib/hardening.mjs is
// the same for the browser suites.
import { appendFileSync } from 'node:fs';

export interface HardeningCounts {
  hostilePages?: number;
  fuzzInputs?: number;
  faults?: number;
  crashes?: number;
  recordsLost?: number;
}

export function recordHardening(suite: string, counts: HardeningCounts): void {
  const file = process.env.COUNTERPOINT_HARDENING_COUNTS;
  if (file) appendFileSync(file, `${JSON.stringify({ suite, ...counts })}\n`);
}
