// The `?tab=<id>` an extension page may be opened with (the popup and side
// panel for one tab: browser suites, "open the panel for this tab"). Digits
// only, a safe integer; anything else is no tab, and the page follows the
// active one.

export function tabParam(search: string): number | null {
  const raw = new URLSearchParams(search).get('tab');
  if (raw === null || !/^\d+$/.test(raw)) return null;
  const id = Number(raw);
  return Number.isSafeInteger(id) ? id : null;
}
