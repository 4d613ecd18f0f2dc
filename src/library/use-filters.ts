// The search and filters, and what they leave of the highlights.

import { useCallback, useMemo, useState } from 'preact/hooks';
import type { Highlight } from '../shared/highlights';
import {
  filterChoices,
  filterHighlights,
  NO_FILTERS,
  type FilterChoices,
  type LibraryContext,
  type LibraryFilters,
} from '../ui/library';

export interface LibraryFiltersState {
  filters: LibraryFilters;
  /** The values each filter offers (only those some highlight has). */
  choices: FilterChoices;
  /** The highlights the filters keep, in the list's order. */
  shown: Highlight[];
  set(filters: LibraryFilters): void;
  /** Keeps the other filters and shows only highlights tagged `tag`. */
  byTag(tag: string): void;
  clear(): void;
}

export function useLibraryFilters(
  highlights: Highlight[] | null,
  ctx: LibraryContext,
): LibraryFiltersState {
  const [filters, set] = useState<LibraryFilters>(NO_FILTERS);
  const shown = useMemo(
    () => (highlights ? filterHighlights(highlights, filters, ctx) : []),
    [highlights, filters, ctx],
  );
  const choices = useMemo(() => filterChoices(highlights ?? [], ctx), [highlights, ctx]);
  const byTag = useCallback((tag: string) => set((f) => ({ ...f, tag })), []);
  const clear = useCallback(() => set(NO_FILTERS), []);
  return { filters, choices, shown, set, byTag, clear };
}
