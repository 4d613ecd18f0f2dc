// The side panel's state: the followed tab's report, the critique of its
// passages, the chapter reading view and the review search. Follows tab
// switches (unless pinned by ?tab=) and every new report of the tab.

import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ReviewParagraph, ReviewSource } from '../shared/dataset';
import type { ChapterView, Critiques, PageReport } from '../shared/messages';
import { t } from '../platform/i18n';
import { sendTabCommand, sendToBackground } from '../platform/messaging';
import { onSessionChanged } from '../platform/session';
import { activeTabId, onActiveTabChanged } from '../platform/tabs';
import { chapterChoices, emptyCatalog, panelEntries, SidePanel, type Catalog, type PanelStatus, type PanelView } from '../ui/sidepanel';
import type { Theme } from '../ui/overlay';
import { fetchCatalog, mergeCatalog, type CatalogAdditions } from './catalog';

const RELOAD_DEBOUNCE_MS = 120;
const SEARCH_DEBOUNCE_MS = 250;

function useTheme(): Theme {
  const query = useMemo(() => matchMedia('(prefers-color-scheme: dark)'), []);
  const [dark, setDark] = useState(query.matches);
  useEffect(() => {
    const on = () => setDark(query.matches);
    query.addEventListener('change', on);
    return () => query.removeEventListener('change', on);
  }, [query]);
  return dark ? 'dark' : 'light';
}

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** Passage and chapter ids a set of paragraphs is placed on. */
const placements = (paragraphs: ReviewParagraph[]) => ({
  passages: paragraphs.flatMap((p) => p.passages),
  chapters: paragraphs.flatMap((p) => p.chapters),
});

export function App({ pinned }: { pinned: number | null }) {
  const theme = useTheme();
  const [tabId, setTabId] = useState<number | null>(pinned);
  const [status, setStatus] = useState<PanelStatus>('loading');
  const [error, setError] = useState<string>('');
  const [report, setReport] = useState<PageReport | null>(null);
  const [critiques, setCritiques] = useState<Critiques | null>(null);
  const [review, setReview] = useState<ReviewSource | null>(null);
  const [catalog, setCatalog] = useState<Catalog>(emptyCatalog);
  /** The latest catalog, ahead of renders: only absorb() changes it. */
  const catalogRef = useRef(catalog);
  const [view, setView] = useState<PanelView>('page');

  /** Merges what a fetch found into the latest catalog (fetches run side by side). */
  const absorb = useCallback((found: CatalogAdditions) => {
    catalogRef.current = mergeCatalog(catalogRef.current, found.passages, found.chapters, found.layers);
    setCatalog(catalogRef.current);
  }, []);
  const grow = useCallback(async (passageIds: string[], chapterIds: string[]) => {
    absorb(await fetchCatalog(catalogRef.current, passageIds, chapterIds));
  }, [absorb]);

  // The followed tab and its report.
  const generation = useRef(0);
  const load = useCallback(async () => {
    const mine = ++generation.current;
    try {
      const id = pinned ?? (await activeTabId());
      if (mine !== generation.current) return;
      setTabId(id);
      if (id === null) {
        setStatus('no-tab');
        setReport(null);
        return;
      }
      const next = await sendToBackground('getTabReport', id);
      const passageIds = next?.detections.flatMap((d) => (d.passage ? [d.passage] : [])) ?? [];
      const chapterIds = [next?.chapter, ...(next?.detections.map((d) => d.chapter) ?? [])].filter((c): c is string => !!c);
      const found = await fetchCatalog(catalogRef.current, passageIds, chapterIds);
      const { data } = found;
      if (mine !== generation.current) return;
      // fetchCatalog skips passages it knows; the critique is needed for every passage on the page.
      const critique = data && passageIds.every((p) => data.passages.some((s) => s.id === p)) ? data.critiques
        : passageIds.length > 0 ? await sendToBackground('getCritiques', [...new Set(passageIds)]) : { paragraphs: [], quoteChecks: [] };
      if (mine !== generation.current) return;
      if (data) setReview(data.review);
      absorb(found);
      setCritiques(critique);
      setReport(next);
      setStatus('ready');
    } catch (e) {
      if (mine !== generation.current) return;
      setError(errorText(e));
      setStatus('error');
    }
  }, [pinned, absorb]);

  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const reload = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void load(), RELOAD_DEBOUNCE_MS);
  }, [load]);

  const tabRef = useRef(tabId);
  tabRef.current = tabId;
  useEffect(() => {
    void load();
    if (pinned === null) onActiveTabChanged(reload);
    return onSessionChanged(() => (tabRef.current === null ? [] : [`report:${tabRef.current}`]), reload);
  }, [load, reload, pinned]);

  // The review's source, for the attribution, even on a page without passages.
  useEffect(() => {
    if (review) return;
    sendToBackground('getReviewOutline').then((o) => setReview(o.review), () => undefined);
  }, [review]);

  // The chapter reading view.
  const choices = useMemo(() => chapterChoices(report, catalog), [report, catalog]);
  const [chosen, setChosen] = useState<string | null>(null);
  const chapterId = chosen !== null && choices.includes(chosen) ? chosen : (choices[0] ?? null);
  const [chapterViews, setChapterViews] = useState<ReadonlyMap<string, ChapterView | null>>(new Map());
  useEffect(() => {
    if (chapterId === null || chapterViews.has(chapterId)) return;
    let live = true;
    sendToBackground('getChapterView', chapterId).then(async (v) => {
      if (v) {
        const { passages, chapters } = placements(v.sections.flatMap((s) => s.paragraphs));
        await grow(passages, chapters).catch(() => undefined);
      }
      if (live) setChapterViews((m) => new Map(m).set(chapterId, v));
    }, () => live && setChapterViews((m) => new Map(m).set(chapterId, null)));
    return () => { live = false; };
  }, [chapterId, chapterViews, grow]);

  // Search.
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<ReviewParagraph[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [searchError, setSearchError] = useState<string | null>(null);
  const searchGen = useRef(0);
  const search = useCallback(async (q: string) => {
    const mine = ++searchGen.current;
    if (q.trim() === '') {
      setResults(null);
      setBusy(false);
      return;
    }
    setBusy(true);
    try {
      const found = await sendToBackground('searchReview', q);
      const { passages, chapters } = placements(found);
      await grow(passages, chapters).catch(() => undefined);
      if (mine !== searchGen.current) return;
      setResults(found);
      setSearchError(null);
    } catch (e) {
      if (mine === searchGen.current) setSearchError(errorText(e));
    } finally {
      if (mine === searchGen.current) setBusy(false);
    }
  }, [grow]);
  const searchTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const onQuery = (q: string) => {
    setQuery(q);
    clearTimeout(searchTimer.current);
    searchTimer.current = setTimeout(() => void search(q), SEARCH_DEBOUNCE_MS);
  };
  const onSearch = (q: string) => {
    clearTimeout(searchTimer.current);
    void search(q);
  };

  const onOpen = (index: number) => {
    if (tabId !== null) void sendTabCommand(tabId, { command: 'open-passage', index });
  };
  const onReadChapter = (id: string) => {
    setChosen(id);
    setView('chapter');
  };

  const entries = useMemo(() => panelEntries(report, critiques, catalog, t), [report, critiques, catalog]);
  return (
    <SidePanel
      status={status} error={error} report={report} entries={entries} review={review} theme={theme} t={t}
      view={view} onView={setView} onOpen={onOpen} onReadChapter={onReadChapter} catalog={catalog}
      chapter={{ choices, chapterId, view: chapterId ? chapterViews.get(chapterId) ?? null : null, loading: chapterId !== null && !chapterViews.has(chapterId), onChoose: setChosen }}
      search={{ query, results, busy, error: searchError, onQuery, onSearch }}
    />
  );
}
