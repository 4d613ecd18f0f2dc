// The viewer's toolbar: pages, zoom, outline, opening another PDF, and how far
// the text has been read. Presentational: the viewer's state in, actions out.

import type { Translate } from '../overlay/types';

interface BarState {
  pages: number;
  page: number;
  extracted: number;
  zoom: number;
  reading: boolean;
  /** Chapters the PDF taught once read, or null. */
  learned: number | null;
  outlineOpen: boolean;
  hasOutline: boolean;
}

interface BarActions {
  goTo(page: number): void;
  zoomStep(direction: 1 | -1): void;
  fitWidth(): void;
  toggleOutline(): void;
  chooseFile(): void;
}

interface Props {
  state: BarState;
  actions: BarActions;
  t: Translate;
}

export function ViewerBar({ state, actions, t }: Props) {
  return (
    <div class="cp-bar" role="toolbar" aria-label={t('viewerToolbar')}>
      <button
        type="button"
        aria-pressed={state.outlineOpen}
        disabled={!state.hasOutline}
        onClick={actions.toggleOutline}
      >
        {t('viewerOutline')}
      </button>
      <PageControls state={state} actions={actions} t={t} />
      <ZoomControls state={state} actions={actions} t={t} />
      <button type="button" onClick={actions.chooseFile}>
        {t('viewerOpenFile')}
      </button>
      <span class="cp-progress" role="status">
        {state.reading
          ? t('viewerReadingText', [String(state.extracted), String(state.pages)])
          : state.learned
            ? t('viewerLearned', [String(state.learned)])
            : ''}
      </span>
    </div>
  );
}

/** Previous, the page number (type one to go there), of N, next. */
function PageControls({ state, actions, t }: Props) {
  const onPage = (e: Event) => {
    const value = Number((e.currentTarget as HTMLInputElement).value);
    if (Number.isInteger(value)) actions.goTo(value);
  };
  return (
    <span class="cp-bar-group">
      <button type="button" onClick={() => actions.goTo(state.page - 1)} disabled={state.page <= 1}>
        {t('viewerPrevious')}
      </button>
      <label class="cp-page-field">
        <span class="cp-visually-hidden">{t('viewerPageLabel')}</span>
        <input type="number" min={1} max={state.pages} value={state.page} onChange={onPage} />
      </label>
      <span class="cp-of">{t('viewerOfPages', [String(state.pages)])}</span>
      <button
        type="button"
        onClick={() => actions.goTo(state.page + 1)}
        disabled={state.page >= state.pages}
      >
        {t('viewerNext')}
      </button>
    </span>
  );
}

/** Zoom out, the zoom, zoom in, fit to the window's width. */
function ZoomControls({ state, actions, t }: Props) {
  return (
    <span class="cp-bar-group">
      <button type="button" onClick={() => actions.zoomStep(-1)} aria-label={t('viewerZoomOut')}>
        −
      </button>
      <output class="cp-zoom" aria-label={t('viewerZoom')}>
        {Math.round(state.zoom * 100)} %
      </output>
      <button type="button" onClick={() => actions.zoomStep(1)} aria-label={t('viewerZoomIn')}>
        +
      </button>
      <button type="button" onClick={actions.fitWidth}>
        {t('viewerFitWidth')}
      </button>
    </span>
  );
}
