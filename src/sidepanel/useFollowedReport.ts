// The tab the panel follows (pinned by ?tab=, else the active tab) and its
// report with the critique of every passage on it; loaded again, debounced,
// when the reader switches tabs or the tab's report changes. A load that a
// newer one overtook is dropped (generation count).

import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { ReviewSource } from '../shared/dataset';
import type { Critiques, PageReport } from '../shared/messages';
import type { PanelStatus } from '../ui/sidepanel';
import { fetchCatalog } from './catalog';
import type { SidePanelDeps } from './deps';
import type { CatalogState } from './useCatalog';

const RELOAD_DEBOUNCE_MS = 120;

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));
const NO_CRITIQUE: Critiques = { paragraphs: [], quoteChecks: [] };

export interface FollowedReport {
  tabId: number | null;
  status: PanelStatus;
  error: string;
  report: PageReport | null;
  critiques: Critiques | null;
  /** The review's source, for the attribution, once anything named it. */
  review: ReviewSource | null;
}

const passagesOf = (r: PageReport | null) =>
  r?.detections.flatMap((d) => (d.passage ? [d.passage] : [])) ?? [];
const chaptersOf = (r: PageReport | null) =>
  [r?.chapter, ...(r?.detections.map((d) => d.chapter) ?? [])].filter((c): c is string => !!c);

export function useFollowedReport(
  deps: SidePanelDeps,
  pinned: number | null,
  { latest, absorb }: Pick<CatalogState, 'latest' | 'absorb'>,
): FollowedReport {
  const [state, setState] = useState<FollowedReport>({
    tabId: pinned,
    status: 'loading',
    error: '',
    report: null,
    critiques: null,
    review: null,
  });
  const generation = useRef(0);
  const load = useCallback(async () => {
    const mine = ++generation.current;
    const current = () => mine === generation.current;
    try {
      const tabId = pinned ?? (await deps.activeTabId());
      if (!current()) return;
      if (tabId === null) return setState((s) => ({ ...s, tabId, status: 'no-tab', report: null }));
      const report = await deps.call('getTabReport', tabId);
      const passageIds = passagesOf(report);
      const found = await fetchCatalog(deps.call, latest(), passageIds, chaptersOf(report));
      if (!current()) return;
      // fetchCatalog skips passages it knows; the critique is needed for every passage on the page.
      const { data } = found;
      const critiques =
        data && passageIds.every((p) => data.passages.some((s) => s.id === p))
          ? data.critiques
          : passageIds.length > 0
            ? await deps.call('getCritiques', [...new Set(passageIds)])
            : NO_CRITIQUE;
      if (!current()) return;
      absorb(found);
      setState((s) => ({
        tabId,
        status: 'ready',
        error: '',
        report,
        critiques,
        review: data?.review ?? s.review,
      }));
    } catch (e) {
      if (current()) setState((s) => ({ ...s, status: 'error', error: errorText(e) }));
    }
  }, [deps, pinned, latest, absorb]);
  useFollow(deps, pinned, state.tabId, load);
  useReviewSource(deps, state.review, (review) => setState((s) => ({ ...s, review })));
  return state;
}

/** Loads now, and again (debounced) on a tab switch or a new report of the followed tab. */
function useFollow(
  deps: SidePanelDeps,
  pinned: number | null,
  tabId: number | null,
  load: () => Promise<void>,
): void {
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const tabRef = useRef(tabId);
  tabRef.current = tabId;
  useEffect(() => {
    const reload = () => {
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void load(), RELOAD_DEBOUNCE_MS);
    };
    void load();
    if (pinned === null) deps.onActiveTabChanged(reload);
    const stop = deps.onSessionChanged(
      () => (tabRef.current === null ? [] : [`report:${tabRef.current}`]),
      reload,
    );
    return () => {
      clearTimeout(timer.current);
      stop();
    };
  }, [deps, pinned, load]);
}

/** The review's source for the attribution, even on a page without passages. */
function useReviewSource(
  deps: SidePanelDeps,
  review: ReviewSource | null,
  set: (r: ReviewSource) => void,
): void {
  useEffect(() => {
    if (review) return;
    deps.call('getReviewOutline').then(
      (o) => set(o.review),
      () => undefined,
    );
  }, [deps, review]); // `set` is a fresh closure each render; only a missing review asks again
}
