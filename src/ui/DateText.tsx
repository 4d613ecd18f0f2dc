// A stored date as the reader's locale writes a day, in a <time>; a date that
// is not one (an older version stored 1e20 or NaN, read as UNKNOWN_TIME) as
// "unknown date", so one bad record never stops a page from rendering.

import { isKnownTime } from '../shared/time';

const DAY: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'short', day: 'numeric' };

/** The ISO form and the locale's day of `ms`, or null when it is no date worth showing. */
export function shownDate(ms: number, locale?: string): { iso: string; text: string } | null {
  if (!isKnownTime(ms)) return null;
  const date = new Date(ms);
  let text: string;
  try {
    text = date.toLocaleDateString(locale, DAY);
  } catch {
    text = date.toLocaleDateString(undefined, DAY); // a locale tag this browser does not take
  }
  return { iso: date.toISOString(), text };
}

export interface DateTextProps {
  ms: number;
  locale?: string;
  /** What an unknown date reads as. */
  unknown: string;
  class?: string;
}

export function DateText({ ms, locale, unknown, class: className }: DateTextProps) {
  const shown = shownDate(ms, locale);
  return shown ? (
    <time class={className} dateTime={shown.iso}>
      {shown.text}
    </time>
  ) : (
    <span class={className ? `${className} cp-date-unknown` : 'cp-date-unknown'}>{unknown}</span>
  );
}
