// Which tab the panel follows: ?tab=<id> (tests, or a panel opened for one
// tab), else the active tab of the panel's window.

export function pinnedTab(search: string): number | null {
  const raw = new URLSearchParams(search).get('tab');
  if (raw === null || !/^\d+$/.test(raw)) return null;
  const id = Number(raw);
  return Number.isSafeInteger(id) ? id : null;
}
