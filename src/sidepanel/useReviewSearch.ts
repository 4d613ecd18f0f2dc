// Search across the whole review: typed queries are debounced, Enter searches
// at once; an answer that a newer query overtook is dropped, and the labels
// of what the results are placed on join the catalog first.

import { useCallback, useRef, useState } from 'preact/hooks';
import type { ReviewParagraph } from '../shared/dataset';
import type { CallBackground } from '../shared/messages';
import { placements, type CatalogState } from './useCatalog';

const SEARCH_DEBOUNCE_MS = 250;

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

export interface ReviewSearch {
  query: string;
  results: ReviewParagraph[] | null;
  busy: boolean;
  error: string | null;
  onQuery(q: string): void;
  onSearch(q: string): void;
}

export function useReviewSearch(call: CallBackground, grow: CatalogState['grow']): ReviewSearch {
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<ReviewParagraph[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const generation = useRef(0);
  const search = useCallback(
    async (q: string) => {
      const mine = ++generation.current;
      const current = () => mine === generation.current;
      if (q.trim() === '') {
        setResults(null);
        setBusy(false);
        return;
      }
      setBusy(true);
      try {
        const found = await call('searchReview', q);
        const { passages, chapters } = placements(found);
        await grow(passages, chapters).catch(() => undefined);
        if (!current()) return;
        setResults(found);
        setError(null);
      } catch (e) {
        if (current()) setError(errorText(e));
      } finally {
        if (current()) setBusy(false);
      }
    },
    [call, grow],
  );
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const onQuery = (q: string) => {
    setQuery(q);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void search(q), SEARCH_DEBOUNCE_MS);
  };
  const onSearch = (q: string) => {
    clearTimeout(timer.current);
    void search(q);
  };
  return { query, results, busy, error, onQuery, onSearch };
}
