// The library page: every highlight, newest first, with search and filters,
// inline editing, delete with undo, open at the passage, export and import.
// Everything outside the page comes through `deps`, so tests run it with fakes.

import { passageLayerIds } from '../shared/relations';
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ChapterRecord } from '../shared/dataset';
import type { ExportFile, ExportFormat, Highlight, HighlightEdit } from '../shared/highlights';
import { MAX_HIGHLIGHTS_FILE_BYTES } from '../shared/limits';
import type { Args, Method, Returns } from '../shared/messages';
import {
  ExchangePanel, filterChoices, filterHighlights, HighlightCard, layersOf, NO_FILTERS, Toolbar, UndoToast,
  type ImportChoice, type ImportState, type LibraryContext, type LibraryFilters,
} from '../ui/library';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { oversize } from '../ui/file-size';
import type { Theme, Translate } from '../ui/overlay/types';
import { detectFormat } from './detect';

export interface LibraryDeps {
  t: Translate;
  call<M extends Method>(method: M, ...args: Args<M>): Promise<Returns<M>>;
  /** Saves a file through the browser's download (an <a download> on a Blob URL). */
  download(file: ExportFile): void;
  readText(file: File): Promise<string>;
  theme: { current(): Theme; onChanged(listener: (t: Theme) => void): void };
  /** Called when the page becomes visible again (highlights may have changed elsewhere). */
  onVisible(listener: () => void): void;
  locale?: string;
}

/** How long the undo toast stays after a delete. */
export const UNDO_MS = 5000;
/** getOverlayData takes at most this many passage ids per call. */
const IDS_PER_CALL = 500;

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));
const EMPTY_CONTEXT: LibraryContext = { chapters: {}, layers: [], passageLayers: {} };

async function contextFor(deps: LibraryDeps, highlights: Highlight[]): Promise<LibraryContext> {
  const passages = [...new Set(highlights.map((h) => h.passage).filter((p): p is string => p !== null))];
  const chunks: string[][] = [];
  for (let i = 0; i < passages.length; i += IDS_PER_CALL) chunks.push(passages.slice(i, i + IDS_PER_CALL));
  const overlays = await Promise.all(chunks.map((ids) => deps.call('getOverlayData', ids)));
  const chapters: Record<string, ChapterRecord> = {};
  for (const o of overlays) for (const c of o.chapters) chapters[c.id] = c;
  const paragraphs = overlays.flatMap((o) => o.critiques.paragraphs);
  const passageLayers = Object.fromEntries(passages.map((id) => [id, passageLayerIds(id, paragraphs)]));
  const missing = [...new Set(highlights.map((h) => h.chapter).filter((c): c is string => c !== null && !chapters[c]))];
  const views = await Promise.all(missing.map((id) => deps.call('getChapterView', id).catch(() => null)));
  for (const v of views) if (v) chapters[v.chapter.id] = v.chapter;
  const layers = overlays[0]?.layers ?? (passages.length === 0 ? [] : await deps.call('getLayers'));
  return { chapters, layers, passageLayers };
}

export function LibraryApp({ deps }: { deps: LibraryDeps }) {
  const { t } = deps;
  const [highlights, setHighlights] = useState<Highlight[] | null>(null);
  const [loadError, setLoadError] = useState('');
  const [ctx, setCtx] = useState<LibraryContext>(EMPTY_CONTEXT);
  const [filters, setFilters] = useState<LibraryFilters>(NO_FILTERS);
  const [undo, setUndo] = useState<Highlight | null>(null);
  const [actionError, setActionError] = useState('');
  const [exportError, setExportError] = useState('');
  const [importState, setImportState] = useState<ImportState>({ kind: 'idle' });
  const [theme, setTheme] = useState<Theme>(() => deps.theme.current());
  const undoTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const list = useRef<HTMLDivElement>(null);
  const search = useRef<HTMLDivElement>(null);

  const reload = useCallback(async () => {
    try {
      const all = await deps.call('listHighlights');
      setHighlights(all);
      setLoadError('');
      setCtx(await contextFor(deps, all));
    } catch (e) {
      setLoadError(message(e));
    }
  }, [deps]);

  useEffect(() => {
    void reload();
    deps.theme.onChanged(setTheme);
    deps.onVisible(() => void reload());
  }, [deps, reload]);
  useEffect(() => () => { if (undoTimer.current) clearTimeout(undoTimer.current); }, []);

  const focusCard = (id: string) => {
    const card = [...(list.current?.querySelectorAll<HTMLElement>('.lib-card') ?? [])].find((c) => c.dataset.id === id);
    card?.querySelector<HTMLButtonElement>('.lib-actions button')?.focus();
  };
  const focusSearch = () => search.current?.querySelector<HTMLInputElement>('input')?.focus();

  const dismissUndo = useCallback((refocus: boolean) => {
    if (undoTimer.current) clearTimeout(undoTimer.current);
    undoTimer.current = null;
    setUndo(null);
    if (refocus) focusSearch();
  }, []);

  const onDelete = (id: string) => {
    setActionError('');
    deps.call('deleteHighlight', id).then((gone) => {
      setHighlights((hs) => hs?.filter((h) => h.id !== id) ?? null);
      if (undoTimer.current) clearTimeout(undoTimer.current);
      setUndo(gone);
      undoTimer.current = setTimeout(() => {
        undoTimer.current = null;
        setUndo(null);
        if (document.activeElement === document.body || document.activeElement?.closest('.lib-toast')) focusSearch();
      }, UNDO_MS);
    }).catch((e: unknown) => setActionError(message(e)));
  };

  const onUndo = () => {
    if (!undo) return;
    const record = undo;
    dismissUndo(false);
    deps.call('restoreHighlight', record)
      .then(async () => { await reload(); focusCard(record.id); })
      .catch((e: unknown) => setActionError(message(e)));
  };

  const onSave = async (id: string, edit: HighlightEdit) => {
    const updated = await deps.call('updateHighlight', id, edit);
    setHighlights((hs) => hs?.map((h) => (h.id === id ? updated : h)) ?? null);
  };

  const onOpen = (id: string) => {
    setActionError('');
    deps.call('openHighlight', id).catch((e: unknown) => setActionError(message(e)));
  };

  const onExport = (format: ExportFormat) => {
    setExportError('');
    deps.call('exportHighlights', format).then(deps.download).catch((e: unknown) => setExportError(t('libraryExportFailed', [message(e)])));
  };

  const onImport = (file: File, choice: ImportChoice) => {
    const tooLarge = oversize(file, MAX_HIGHLIGHTS_FILE_BYTES);
    if (tooLarge) {
      setImportState({ kind: 'error', file: file.name, message: t('libraryImportTooLarge', tooLarge) });
      return;
    }
    setImportState({ kind: 'busy' });
    deps.readText(file)
      .then(async (text) => {
        const format = choice === 'auto' ? detectFormat(file.name, text) : choice;
        const report = await deps.call('importHighlights', format, text);
        setImportState({ kind: 'done', file: file.name, format, report });
        await reload();
      })
      .catch((e: unknown) => setImportState({ kind: 'error', file: file.name, message: message(e) }));
  };

  const shown = useMemo(() => (highlights ? filterHighlights(highlights, filters, ctx) : []), [highlights, filters, ctx]);
  const choices = useMemo(() => filterChoices(highlights ?? [], ctx), [highlights, ctx]);
  const total = highlights?.length ?? 0;

  return (
    <div class="lib-page">
      <header class="lib-header">
        <img src="icons/icon-48.png" alt="" width={32} height={32} />
        <div>
          <h1>{t('libraryTitle')}</h1>
          <p class="lib-hint">{t('librarySubtitle')}</p>
        </div>
      </header>

      <main class="lib-main" aria-labelledby="lib-count">
        <div ref={search}>
          <ErrorBoundary t={t} onReload={() => setFilters(NO_FILTERS)}>
            <Toolbar filters={filters} choices={choices} onChange={setFilters} t={t} />
          </ErrorBoundary>
        </div>
        <h2 id="lib-count" class="lib-count" aria-live="polite">
          {highlights === null ? t('libraryLoading')
            : shown.length === total ? t(total === 1 ? 'libraryCountOne' : 'libraryCount', [String(total)])
              : t('libraryCountFiltered', [String(shown.length), String(total)])}
        </h2>
        {loadError && <p class="lib-error" role="alert">{t('libraryLoadFailed', [loadError])}</p>}
        {actionError && <p class="lib-error" role="alert">{actionError}</p>}
        <div ref={list} class="lib-list">
          {highlights !== null && total === 0 && <p class="lib-empty">{t('libraryEmpty')}</p>}
          {total > 0 && shown.length === 0 && <p class="lib-empty">{t('libraryNoMatch')}</p>}
          {shown.map((h) => (
            // A card that cannot be shown says so in its place, and can still be deleted.
            <ErrorBoundary key={h.id} t={t} class="lib-card lib-card-failed" title={t('libraryCardFailed')} onReload={() => void reload()}
              actions={<button type="button" class="lib-button lib-button-quiet lib-button-danger" onClick={() => onDelete(h.id)}>{t('libraryDelete')}</button>}>
              <HighlightCard highlight={h} chapter={h.chapter ? ctx.chapters[h.chapter] ?? null : null}
                layers={ctx.layers.filter((l) => layersOf(h, ctx).includes(l.id))} theme={theme} t={t} locale={deps.locale}
                onOpen={onOpen} onSave={onSave} onDelete={onDelete} onTag={(tag) => setFilters({ ...filters, tag })} />
            </ErrorBoundary>
          ))}
        </div>
      </main>

      <ErrorBoundary t={t}>
        <ExchangePanel busy={importState.kind === 'busy'} exportError={exportError} importState={importState} onExport={onExport} onImport={onImport} t={t} />
      </ErrorBoundary>

      {undo && <UndoToast text={t('libraryDeleted')} onUndo={onUndo} onDismiss={() => dismissUndo(true)} t={t} />}
    </div>
  );
}
