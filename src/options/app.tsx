// The options page: settings, permissions and the background's data, wired to
// the presentational sections of src/ui/options. Everything it reaches
// outside the page comes through `deps`, so tests run it with fakes.

import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { ChapterRecord, LayerRecord } from '../shared/dataset';
import type { ExportFile } from '../shared/highlights';
import type { LearnedSummary } from '../shared/learned';
import { MAX_LEARNED_FILE_BYTES, MAX_PACK_FILE_BYTES } from '../shared/limits';
import type { Args, Method, PackSummary, Returns } from '../shared/messages';
import { DEFAULT_APPEARANCE, DEFAULT_SETTINGS, type Appearance, type DetectionThresholds, type Settings } from '../shared/settings';
import { AppearanceSection, DataSection, LearnedSection, learnedChapterLabel, learnedFileName, ShortcutsSection, SitesSection, ThresholdsSection, useSiteChoices, type Notice, type PreviewState, type ShortcutCommand, type SiteChoiceDeps, type Theme } from '../ui/options';
import { downloadFile } from '../ui/download';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { oversize } from '../ui/file-size';

/** `t`, `settings` and `permissions` come from SiteChoiceDeps: the sites section is useSiteChoices. */
export interface OptionsDeps extends SiteChoiceDeps {
  browser: 'chrome' | 'firefox';
  call<M extends Method>(method: M, ...args: Args<M>): Promise<Returns<M>>;
  /** Runs `listener` when the critique store changes (a pack imported or removed elsewhere, a reset). */
  onDataChanged(listener: () => void): void;
  commands: { getAll(): Promise<ShortcutCommand[]>; openSettings(): Promise<void> };
  /** The page's colour scheme, and a listener for its changes. */
  theme: { current(): Theme; onChanged(listener: (t: Theme) => void): void };
  /** Saves a file through the browser's download; a Blob URL behind an <a download> when absent. */
  download?(file: DownloadFile): void;
  /** Today, for the exported file's name. */
  now?(): Date;
}

/** A file the page offers for download (the learned-chapters export). */
export type DownloadFile = ExportFile;

/** Delays: preview soon after a change, settings (and so every open page's re-scan) once the reader settles. */
export const PREVIEW_DELAY_MS = 250;
export const THRESHOLD_WRITE_DELAY_MS = 700;
export const APPEARANCE_WRITE_DELAY_MS = 300;
/** After a threshold write, the preview is asked again once open pages had time to re-scan. */
export const RESCAN_SETTLE_MS = 1200;

/** A file's text (FileReader: in every browser and in jsdom). */
function readText(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.readAsText(file);
  });
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

function useTimer() {
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => () => { if (timer.current) clearTimeout(timer.current); }, []);
  return useCallback((ms: number, run: () => void) => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => { timer.current = null; run(); }, ms);
  }, []);
}

export function OptionsApp({ deps }: { deps: OptionsDeps }) {
  const { t } = deps;
  // The hook reads and follows deps.settings itself, as `adopt` does for the rest of the page.
  const sites = useSiteChoices(deps);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [thresholds, setThresholds] = useState<DetectionThresholds>({ minWords: DEFAULT_SETTINGS.minWords, minIdentity: DEFAULT_SETTINGS.minIdentity });
  const pendingThresholds = useRef(false);
  const [preview, setPreview] = useState<PreviewState>({ kind: 'loading' });
  const [appearance, setAppearance] = useState<Appearance>(DEFAULT_APPEARANCE);
  const pendingAppearance = useRef(false);
  const [layers, setLayers] = useState<LayerRecord[]>([]);
  const [packs, setPacks] = useState<PackSummary[]>([]);
  const [commands, setCommands] = useState<ShortcutCommand[]>([]);
  const [dataNotice, setDataNotice] = useState<Notice | null>(null);
  const [busy, setBusy] = useState(false);
  const [learned, setLearned] = useState<LearnedSummary[] | null>(null);
  const [learnedChapters, setLearnedChapters] = useState<Record<string, ChapterRecord>>({});
  const knownChapters = useRef<Record<string, ChapterRecord>>({});
  const [learnedNotice, setLearnedNotice] = useState<Notice | null>(null);
  const [learnedBusy, setLearnedBusy] = useState(false);
  const [theme, setTheme] = useState<Theme>(() => deps.theme.current());
  const previewTimer = useTimer();
  const thresholdTimer = useTimer();
  const appearanceTimer = useTimer();

  const adopt = useCallback((s: Settings) => {
    setSettings(s);
    if (!pendingThresholds.current) setThresholds({ minWords: s.minWords, minIdentity: s.minIdentity });
    if (!pendingAppearance.current) setAppearance(s.appearance);
  }, []);

  const runPreview = useCallback((values: DetectionThresholds) => {
    deps.call('previewThresholds', values)
      .then((p) => setPreview(p ? { kind: 'ready', preview: p } : { kind: 'none' }))
      .catch((e: unknown) => setPreview({ kind: 'error', message: message(e) }));
  }, [deps]);

  const refreshData = useCallback(async () => {
    const [l, p] = await Promise.all([deps.call('getLayers'), deps.call('listPacks')]);
    setLayers(l);
    setPacks(p);
  }, [deps]);

  /** The learned chapters, and the records of any chapter not named yet (for their titles). */
  const refreshLearned = useCallback(async () => {
    const list = await deps.call('listLearned');
    const missing = [...new Set(list.map((c) => c.chapter))].filter((id) => !knownChapters.current[id]);
    const views = await Promise.all(missing.map((id) => deps.call('getChapterView', id).catch(() => null)));
    for (const v of views) if (v) knownChapters.current[v.chapter.id] = v.chapter;
    setLearnedChapters({ ...knownChapters.current });
    setLearned(list);
  }, [deps]);

  useEffect(() => {
    deps.settings.read().then((s) => { adopt(s); runPreview({ minWords: s.minWords, minIdentity: s.minIdentity }); }).catch(() => adopt(DEFAULT_SETTINGS));
    deps.settings.onChanged(adopt);
    refreshData().catch((e: unknown) => setDataNotice({ kind: 'error', text: t('optionsDataLoadError', [message(e)]) }));
    deps.commands.getAll().then(setCommands).catch(() => setCommands([]));
    deps.theme.onChanged(setTheme);
    deps.onDataChanged(() => void refreshData().catch(() => undefined));
    refreshLearned().catch((e: unknown) => { setLearned([]); setLearnedNotice({ kind: 'error', text: t('optionsLearnedLoadError', [message(e)]) }); });
  }, [deps, adopt, runPreview, refreshData, refreshLearned, t]);

  // A chapter read in another tab is listed when the reader comes back.
  useEffect(() => {
    const onVisible = () => { if (document.visibilityState === 'visible') void refreshLearned().catch(() => undefined); };
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, [refreshLearned]);

  // Thresholds.
  const onThresholds = (change: Partial<DetectionThresholds>) => {
    const next = { ...thresholds, ...change };
    setThresholds(next);
    pendingThresholds.current = true;
    setPreview((p) => (p.kind === 'ready' ? p : { kind: 'loading' }));
    previewTimer(PREVIEW_DELAY_MS, () => runPreview(next));
    thresholdTimer(THRESHOLD_WRITE_DELAY_MS, () => {
      void deps.settings.update(() => next).then((s) => {
        pendingThresholds.current = false;
        adopt(s);
        // Saved: open pages re-scan; the preview then reads "N passages with these settings".
        previewTimer(RESCAN_SETTLE_MS, () => runPreview(next));
      });
    });
  };
  const atDefaults = thresholds.minWords === DEFAULT_SETTINGS.minWords && thresholds.minIdentity === DEFAULT_SETTINGS.minIdentity;

  // Appearance.
  const writeAppearance = (next: Appearance, delay: number) => {
    setAppearance(next);
    pendingAppearance.current = true;
    appearanceTimer(delay, () => {
      void deps.settings.update(() => ({ appearance: next })).then((s) => { pendingAppearance.current = false; adopt(s); });
    });
  };

  // Data.
  /** Runs a data change, then shows the packs and layers as they now are, then its outcome. */
  const guard = async (work: () => Promise<Notice>) => {
    setBusy(true);
    let notice: Notice;
    try {
      notice = await work();
    } catch (e) {
      notice = { kind: 'error', text: message(e) };
    }
    await refreshData().catch(() => undefined);
    setBusy(false);
    setDataNotice(notice);
  };

  const onImport = (file: File) => void guard(async () => {
    const tooLarge = oversize(file, MAX_PACK_FILE_BYTES);
    if (tooLarge) return { kind: 'error', text: t('optionsImportRefused', [file.name, t('optionsPackTooLarge', tooLarge)]) };
    let parsed: unknown;
    try {
      parsed = JSON.parse(await readText(file));
    } catch {
      return { kind: 'error', text: t('optionsImportNotJson', [file.name]) };
    }
    try {
      const pack = await deps.call('importPack', parsed);
      const names = pack.layers.map((l) => l.name).join(', ');
      return { kind: 'ok', text: t('optionsImportDone', [pack.name, names, String(pack.paragraphs)]) };
    } catch (e) {
      return { kind: 'error', text: t('optionsImportRefused', [file.name, message(e).replace(/^refused:\s*/, '')]) };
    }
  });

  const onRemovePack = (id: string) => void guard(async () => {
    const name = packs.find((p) => p.id === id)?.name ?? id;
    await deps.call('removePack', id);
    return { kind: 'ok', text: t('optionsPackRemoved', [name]) };
  });

  const onReset = () => void guard(async () => {
    const { version } = await deps.call('resetDataset');
    return { kind: 'ok', text: t('optionsResetDone', [version]) };
  });

  // Learned chapters.
  /** Runs a change to the learned chapters, then lists them as they now are, then its outcome. */
  const learnedGuard = async (work: () => Promise<Notice>) => {
    setLearnedBusy(true);
    let notice: Notice;
    try {
      notice = await work();
    } catch (e) {
      notice = { kind: 'error', text: t('optionsLearnedFailed', [message(e)]) };
    }
    await refreshLearned().catch(() => undefined);
    setLearnedBusy(false);
    setLearnedNotice(notice);
  };

  const onToggleLearning = (on: boolean) => void deps.settings.update(() => ({ learning: on })).then(adopt);

  const onForgetLearned = (chapter: string) => void learnedGuard(async () => {
    await deps.call('forgetLearned', chapter);
    return { kind: 'ok', text: t('optionsLearnedForgotten', [learnedChapterLabel(chapter, learnedChapters[chapter], t)]) };
  });

  const onForgetAllLearned = () => void learnedGuard(async () => {
    await deps.call('forgetLearned', null);
    return { kind: 'ok', text: t('optionsLearnedForgottenAll') };
  });

  const onExportLearned = () => void learnedGuard(async () => {
    const pack = await deps.call('exportLearned');
    const filename = learnedFileName(deps.now?.() ?? new Date());
    (deps.download ?? downloadFile)({ filename, text: JSON.stringify(pack), mime: 'application/json' });
    return { kind: 'ok', text: t('optionsLearnedExported', [filename, String(pack.chapters.length)]) };
  });

  const onImportLearned = (file: File) => void learnedGuard(async () => {
    const tooLarge = oversize(file, MAX_LEARNED_FILE_BYTES);
    if (tooLarge) return { kind: 'error', text: t('optionsLearnedImportRefused', [file.name, t('optionsLearnedTooLarge', tooLarge)]) };
    let parsed: unknown;
    try {
      parsed = JSON.parse(await readText(file));
    } catch {
      return { kind: 'error', text: t('optionsLearnedNotJson', [file.name]) };
    }
    try {
      const { imported } = await deps.call('importLearned', parsed);
      return { kind: 'ok', text: t('optionsLearnedImported', [file.name, String(imported)]) };
    } catch (e) {
      return { kind: 'error', text: t('optionsLearnedImportRefused', [file.name, message(e).replace(/^refused:\s*(the file:\s*)?/, '')]) };
    }
  });

  return (
    <div class="opt-page">
      <header class="opt-header">
        <img src="icons/icon-48.png" alt="" width={32} height={32} />
        <div>
          <h1>{t('optionsTitle')}</h1>
          <p class="opt-hint">{t('optionsSubtitle')}</p>
        </div>
      </header>
      <nav class="opt-nav" aria-label={t('optionsNavLabel')}>
        <ul>
          {(['sites', 'detection', 'appearance', 'shortcuts', 'data', 'learned'] as const).map((id) => (
            <li key={id}><a href={`#${id}`}>{t(`optionsNav${id[0].toUpperCase()}${id.slice(1)}`)}</a></li>
          ))}
        </ul>
      </nav>
      <main class="opt-main" aria-busy={settings === null || !sites.ready}>
        {/* Each section fails alone: the others stay usable. */}
        <ErrorBoundary t={t}><SitesSection {...sites} t={t} /></ErrorBoundary>
        <ErrorBoundary t={t}>
          <ThresholdsSection values={thresholds} preview={preview} onChange={onThresholds} atDefaults={atDefaults} t={t}
            onReset={() => onThresholds({ minWords: DEFAULT_SETTINGS.minWords, minIdentity: DEFAULT_SETTINGS.minIdentity })} />
        </ErrorBoundary>
        <ErrorBoundary t={t}>
          <AppearanceSection appearance={appearance} layers={layers} theme={theme} t={t}
            onChange={(a) => writeAppearance(a, APPEARANCE_WRITE_DELAY_MS)} onReset={() => writeAppearance(DEFAULT_APPEARANCE, 0)} />
        </ErrorBoundary>
        <ErrorBoundary t={t}>
          <ShortcutsSection commands={commands} browser={deps.browser} t={t} onOpenSettings={() => void deps.commands.openSettings()} />
        </ErrorBoundary>
        <ErrorBoundary t={t} onReload={() => void refreshData().catch(() => undefined)}>
          <DataSection packs={packs} notice={dataNotice} busy={busy} theme={theme} t={t}
            onImport={onImport} onRemovePack={onRemovePack} onReset={onReset} />
        </ErrorBoundary>
        <ErrorBoundary t={t} onReload={() => void refreshLearned().catch(() => undefined)}>
          <LearnedSection learning={settings?.learning ?? DEFAULT_SETTINGS.learning} learned={learned} chapters={learnedChapters}
            notice={learnedNotice} busy={learnedBusy} t={t}
            onToggleLearning={onToggleLearning} onForget={onForgetLearned} onForgetAll={onForgetAllLearned}
            onExport={onExportLearned} onImport={onImportLearned} />
        </ErrorBoundary>
      </main>
    </div>
  );
}
