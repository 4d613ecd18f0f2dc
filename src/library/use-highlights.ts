// The highlights and what the page knows about them: loaded on open and
// again whenever the page becomes visible (they may have changed in a tab),
// edited in place, dropped from the list once the background deleted one.

import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Highlight, HighlightEdit } from '../shared/highlights';
import type { LibraryContext } from '../ui/library';
import type { LibraryDeps } from './app';
import { errorText } from './error-text';
import { contextFor, EMPTY_CONTEXT } from './library-context';

export interface HighlightsState {
  /** null until the first answer. */
  highlights: Highlight[] | null;
  ctx: LibraryContext;
  /** Why the last load failed ('' when it did not). */
  loadError: string;
  reload(): Promise<void>;
  save(id: string, edit: HighlightEdit): Promise<void>;
  /** Takes a highlight off the list (the background has deleted it). */
  drop(id: string): void;
}

export function useHighlights(deps: Pick<LibraryDeps, 'call' | 'onVisible'>): HighlightsState {
  const [highlights, setHighlights] = useState<Highlight[] | null>(null);
  const [loadError, setLoadError] = useState('');
  const [ctx, setCtx] = useState<LibraryContext>(EMPTY_CONTEXT);

  const reload = useCallback(async () => {
    try {
      const all = await deps.call('listHighlights');
      setHighlights(all);
      setLoadError('');
      setCtx(await contextFor(deps, all));
    } catch (e) {
      setLoadError(errorText(e));
    }
  }, [deps]);

  useEffect(() => {
    void reload();
    deps.onVisible(() => void reload());
  }, [deps, reload]);

  const save = useCallback(
    async (id: string, edit: HighlightEdit) => {
      const updated = await deps.call('updateHighlight', id, edit);
      setHighlights((hs) => hs?.map((h) => (h.id === id ? updated : h)) ?? null);
    },
    [deps],
  );

  const drop = useCallback(
    (id: string) => setHighlights((hs) => hs?.filter((h) => h.id !== id) ?? null),
    [],
  );

  return { highlights, ctx, loadError, reload, save, drop };
}
