// The panel's three views as a tab list: ←/→, Home and End move and select.

import type { Translate } from '../overlay/types';

export type PanelView = 'page' | 'chapter' | 'search';
const PANEL_VIEWS: PanelView[] = ['page', 'chapter', 'search'];

const LABEL_KEYS: Record<PanelView, string> = {
  page: 'panelTabPage',
  chapter: 'panelTabChapter',
  search: 'panelTabSearch',
};

export const tabId = (v: PanelView) => `sp-tab-${v}`;
export const panelId = (v: PanelView) => `sp-view-${v}`;

export function ViewTabs({
  view,
  counts,
  t,
  onView,
}: {
  view: PanelView;
  counts: Partial<Record<PanelView, number>>;
  t: Translate;
  onView(v: PanelView): void;
}) {
  const onKeyDown = (e: KeyboardEvent) => {
    const i = PANEL_VIEWS.indexOf(view);
    const n = PANEL_VIEWS.length;
    const next =
      e.key === 'ArrowRight'
        ? (i + 1) % n
        : e.key === 'ArrowLeft'
          ? (i + n - 1) % n
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? n - 1
              : -1;
    if (next < 0) return;
    e.preventDefault();
    onView(PANEL_VIEWS[next]);
    (e.currentTarget as HTMLElement)
      .querySelector<HTMLElement>(`#${tabId(PANEL_VIEWS[next])}`)
      ?.focus();
  };
  return (
    <div class="sp-tabs" role="tablist" aria-label={t('panelViewsLabel')} onKeyDown={onKeyDown}>
      {PANEL_VIEWS.map((v) => (
        <button
          key={v}
          type="button"
          role="tab"
          id={tabId(v)}
          class="sp-tab"
          aria-selected={v === view}
          aria-controls={panelId(v)}
          tabIndex={v === view ? 0 : -1}
          onClick={() => onView(v)}
        >
          {t(LABEL_KEYS[v])}
          {counts[v] !== undefined && <span class="sp-tab-count">{counts[v]}</span>}
        </button>
      ))}
    </div>
  );
}
