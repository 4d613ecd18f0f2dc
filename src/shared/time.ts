// Dates as the store keeps them: whole epoch milliseconds a Date can hold. A
// record an older version stored with a date that is not one (1e20, NaN) is
// read with UNKNOWN_TIME in its place, and pages show that as "unknown date".

import { MAX_TIME } from './limits';

/** What a stored date that is not one is read as: the epoch, older than any highlight or learned chapter. */
export const UNKNOWN_TIME = 0;

/** A whole number of milliseconds from 0 to MAX_TIME: a date `new Date()` holds and `toISOString()` writes. */
export const isTime = (v: unknown): v is number =>
  Number.isSafeInteger(v) && (v as number) >= 0 && (v as number) <= MAX_TIME;

/** `v` when it is a time, its whole milliseconds when it is a fraction in range, else `fallback`. */
export function timeOr(v: unknown, fallback: number): number {
  if (typeof v !== 'number' || !(v >= 0 && v <= MAX_TIME)) return fallback;
  return Math.floor(v);
}

/** A date worth showing: a time later than UNKNOWN_TIME. */
export const isKnownTime = (v: unknown): v is number => isTime(v) && v !== UNKNOWN_TIME;
