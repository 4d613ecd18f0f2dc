// The side panel: the followed tab's passages with their critique, the
// chapter reading view and the review search, one hook each; everything
// visible is src/ui/sidepanel's. The browser is reached only through `deps`.

import { useMemo, useState } from 'preact/hooks';
import { panelEntries, SidePanel, type PanelView } from '../ui/sidepanel';
import { useTheme } from '../ui/theme';
import type { SidePanelDeps } from './deps';
import { useCatalog } from './useCatalog';
import { useChapterReading } from './useChapterReading';
import { useFollowedReport } from './useFollowedReport';
import { useReviewSearch } from './useReviewSearch';

export function App({ pinned, deps }: { pinned: number | null; deps: SidePanelDeps }) {
  const { t } = deps;
  const theme = useTheme(deps.theme);
  const { catalog, latest, absorb, grow } = useCatalog(deps.call);
  const { tabId, status, error, report, critiques, review } = useFollowedReport(deps, pinned, {
    latest,
    absorb,
  });
  const chapter = useChapterReading(deps.call, report, catalog, grow);
  const search = useReviewSearch(deps.call, grow);
  const [view, setView] = useState<PanelView>('page');

  const onOpen = (index: number) => {
    if (tabId !== null) void deps.sendTabCommand(tabId, { command: 'open-passage', index });
  };
  const onReadChapter = (id: string) => {
    chapter.onChoose(id);
    setView('chapter');
  };
  const entries = useMemo(
    () => panelEntries(report, critiques, catalog, t),
    [report, critiques, catalog, t],
  );
  return (
    <SidePanel
      status={status}
      error={error}
      report={report}
      entries={entries}
      review={review}
      theme={theme}
      t={t}
      view={view}
      onView={setView}
      onOpen={onOpen}
      onReadChapter={onReadChapter}
      catalog={catalog}
      chapter={chapter}
      search={search}
    />
  );
}
