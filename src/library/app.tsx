// The library page: every highlight, newest first, with search and filters,
// inline editing, delete with undo, open at the passage, export and import.
// Everything outside the page comes through `deps`, so tests run it with fakes;
// each section's state and actions live in its own hook (use-*.ts).

import type { ExportFile } from '../shared/highlights';
import {
  CountHeading,
  ErrorAlert,
  ExchangePanel,
  HighlightList,
  LibraryHeader,
  Toolbar,
  UndoToast,
} from '../ui/library';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import type { PageDeps } from '../ui/page-deps';
import { useTheme } from '../ui/theme';
import type { Theme } from '../ui/overlay/types';
import { useLibraryFocus, type LibraryFocus } from './focus';
import { useCardActions, type CardActions } from './use-card-actions';
import { useExchange } from './use-exchange';
import { useLibraryFilters, type LibraryFiltersState } from './use-filters';
import { useHighlights, type HighlightsState } from './use-highlights';

export { UNDO_MS } from './use-card-actions';

/** `t`, `call` and `theme` come from PageDeps, as on every page. */
export interface LibraryDeps extends PageDeps {
  /** Saves a file through the browser's download (an <a download> on a Blob URL). */
  download(file: ExportFile): void;
  readText(file: File): Promise<string>;
  /** Called when the page becomes visible again (highlights may have changed elsewhere). */
  onVisible(listener: () => void): void;
  locale?: string;
}

interface MainProps {
  deps: LibraryDeps;
  theme: Theme;
  focus: LibraryFocus;
  library: HighlightsState;
  filters: LibraryFiltersState;
  actions: CardActions;
}

/** The search and filters, the count, what failed, and the list. */
function LibraryMain({ deps, theme, focus, library, filters, actions }: MainProps) {
  const { t } = deps;
  return (
    <main class="lib-main" aria-labelledby="lib-count">
      <div ref={focus.search}>
        <ErrorBoundary t={t} onReload={filters.clear}>
          <Toolbar
            filters={filters.filters}
            choices={filters.choices}
            onChange={filters.set}
            t={t}
          />
        </ErrorBoundary>
      </div>
      <CountHeading
        t={t}
        loaded={library.highlights !== null}
        shown={filters.shown.length}
        total={library.highlights?.length ?? 0}
      />
      <ErrorAlert text={library.loadError && t('libraryLoadFailed', [library.loadError])} />
      <ErrorAlert text={actions.error} />
      <HighlightList
        listRef={focus.list}
        highlights={library.highlights}
        shown={filters.shown}
        ctx={library.ctx}
        theme={theme}
        t={t}
        locale={deps.locale}
        onOpen={actions.open}
        onSave={library.save}
        onDelete={actions.remove}
        onTag={filters.byTag}
        onReload={() => void library.reload()}
      />
    </main>
  );
}

export function LibraryApp({ deps }: { deps: LibraryDeps }) {
  const { t } = deps;
  const theme = useTheme(deps.theme);
  const focus = useLibraryFocus();
  const library = useHighlights(deps);
  const filters = useLibraryFilters(library.highlights, library.ctx);
  const actions = useCardActions(deps, library, focus);
  const exchange = useExchange(deps, library.reload);

  return (
    <div class="lib-page">
      <LibraryHeader t={t} />
      <LibraryMain
        deps={deps}
        theme={theme}
        focus={focus}
        library={library}
        filters={filters}
        actions={actions}
      />

      <ErrorBoundary t={t}>
        <ExchangePanel
          busy={exchange.importState.kind === 'busy'}
          exportError={exchange.exportError}
          importState={exchange.importState}
          onExport={exchange.exportAs}
          onImport={exchange.importFile}
          t={t}
        />
      </ErrorBoundary>

      {actions.deleted && (
        <UndoToast
          text={t('libraryDeleted')}
          onUndo={actions.restore}
          onDismiss={actions.dismiss}
          t={t}
        />
      )}
    </div>
  );
}
