// "5 highlights", "1 of 5 highlights" while filtered, "Loading…" before the
// first answer: the list's heading, announced as it changes.

import type { Translate } from '../overlay/types';

/** `shown` of `total` highlights; `loaded` false before the list's first answer. */
export function countText(t: Translate, loaded: boolean, shown: number, total: number): string {
  if (!loaded) return t('libraryLoading');
  if (shown !== total) return t('libraryCountFiltered', [String(shown), String(total)]);
  return t(total === 1 ? 'libraryCountOne' : 'libraryCount', [String(total)]);
}

export function CountHeading({
  t,
  loaded,
  shown,
  total,
}: {
  t: Translate;
  loaded: boolean;
  shown: number;
  total: number;
}) {
  return (
    <h2 id="lib-count" class="lib-count" aria-live="polite">
      {countText(t, loaded, shown, total)}
    </h2>
  );
}
