// The side panel, presentational: a header naming the followed page, three
// views (this page's passages, the chapter's review, search) and the review's
// attribution. All state comes in as props; choices go out as callbacks.

import type { ReviewSource } from '../../shared/dataset';
import type { PageReport } from '../../shared/messages';
import { Attribution } from '../overlay/Attribution';
import type { Theme, Translate } from '../overlay/types';
import { ChapterReading, type ChapterReadingProps } from './ChapterReading';
import type { PanelEntry } from './model';
import { PassageList } from './PassageList';
import { ReviewSearch, type ReviewSearchProps } from './ReviewSearch';
import { panelId, tabId, ViewTabs, type PanelView } from './ViewTabs';

/** Where the panel is: no tab to follow, loading the tab, its report (or none), or an error. */
export type PanelStatus = 'no-tab' | 'loading' | 'ready' | 'error';

type Shared = 'catalog' | 'report' | 'theme' | 't' | 'onOpen';

export interface SidePanelProps {
  status: PanelStatus;
  error?: string;
  report: PageReport | null;
  entries: PanelEntry[];
  review: ReviewSource | null;
  theme: Theme;
  t: Translate;
  view: PanelView;
  onView(view: PanelView): void;
  onOpen(index: number): void;
  onReadChapter(chapterId: string): void;
  chapter: Omit<ChapterReadingProps, Shared>;
  search: Omit<ReviewSearchProps, Shared>;
  catalog: ChapterReadingProps['catalog'];
}

function PageView({
  status,
  error,
  report,
  entries,
  theme,
  t,
  onOpen,
  onReadChapter,
}: SidePanelProps) {
  if (status === 'no-tab') return <p class="sp-empty">{t('panelNoTab')}</p>;
  if (status === 'error') return <p class="sp-empty">{t('panelError', [error ?? ''])}</p>;
  if (status === 'loading' && !report) return <p class="sp-empty">{t('panelLoading')}</p>;
  if (!report) return <p class="sp-empty">{t('panelNotScanned')}</p>;
  if (entries.length === 0) return <p class="sp-empty">{t('panelNoPassages')}</p>;
  return (
    <PassageList
      entries={entries}
      theme={theme}
      t={t}
      onOpen={onOpen}
      onReadChapter={onReadChapter}
    />
  );
}

function summary(report: PageReport | null, t: Translate): string {
  if (!report) return '';
  const n = report.detections.filter((d) => d.passage !== null).length;
  return n === 0
    ? t('panelNoPassages')
    : n === 1
      ? t('panelOnePassage')
      : t('panelPassageCount', [String(n)]);
}

export function SidePanel(props: SidePanelProps) {
  const { report, review, theme, t, view, onView, catalog, onOpen, entries } = props;
  const shared = { catalog, report, theme, t, onOpen };
  return (
    <div class={`cp-root cp-theme-${theme} sp-panel`}>
      <header class="sp-header">
        <p class="cp-kicker">{t('panelKicker')}</p>
        <h1 class="sp-title" title={report?.url}>
          {report?.title || t('panelUntitledPage')}
        </h1>
        <p class="sp-summary" role="status">
          {summary(report, t)}
        </p>
      </header>
      <ViewTabs
        view={view}
        counts={{ page: entries.filter((e) => e.passageId !== null).length }}
        t={t}
        onView={onView}
      />
      <main class="sp-main">
        <div
          id={panelId(view)}
          class="sp-view"
          role="tabpanel"
          aria-labelledby={tabId(view)}
          data-view={view}
        >
          {view === 'page' && <PageView {...props} />}
          {view === 'chapter' && <ChapterReading {...props.chapter} {...shared} />}
          {view === 'search' && <ReviewSearch {...props.search} {...shared} />}
        </div>
      </main>
      {review && <Attribution review={review} t={t} />}
    </div>
  );
}
