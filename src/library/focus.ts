// Where the keyboard focus goes when what held it disappears: a restored
// card's first button, or the search field when the undo toast goes.

import { useCallback, useRef } from 'preact/hooks';

export interface LibraryFocus {
  /** The list of cards. */
  list: { current: HTMLDivElement | null };
  /** The toolbar, whose first input is the search field. */
  search: { current: HTMLDivElement | null };
  /** The first action button of the card showing highlight `id`. */
  focusCard(id: string): void;
  focusSearch(): void;
  /** The search field, if the focus was on the undo toast (going now) or nowhere. */
  focusSearchIfAdrift(): void;
}

export function useLibraryFocus(): LibraryFocus {
  const list = useRef<HTMLDivElement>(null);
  const search = useRef<HTMLDivElement>(null);

  const focusCard = useCallback((id: string) => {
    const card = [...(list.current?.querySelectorAll<HTMLElement>('.lib-card') ?? [])].find(
      (c) => c.dataset.id === id,
    );
    card?.querySelector<HTMLButtonElement>('.lib-actions button')?.focus();
  }, []);
  const focusSearch = useCallback(
    () => search.current?.querySelector<HTMLInputElement>('input')?.focus(),
    [],
  );
  const focusSearchIfAdrift = useCallback(() => {
    const active = document.activeElement;
    if (active === document.body || active?.closest('.lib-toast')) focusSearch();
  }, [focusSearch]);

  return { list, search, focusCard, focusSearch, focusSearchIfAdrift };
}
