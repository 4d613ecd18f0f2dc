// The browser suites' hardening counts (see tests/hardening.ts): one JSON line
// appended to the file named by COUNTERPOINT_HARDENING_COUNTS, if set.
import { appendFileSync } from 'node:fs';

/** @param {string} suite @param {{ hostilePages?: number, fuzzInputs?: number, faults?: number, crashes?: number, recordsLost?: number }} counts */
export function recordHardening(suite, counts) {
  const file = process.env.COUNTERPOINT_HARDENING_COUNTS;
  if (file) appendFileSync(file, `${JSON.stringify({ suite, ...counts })}\n`);
}
