// What the popup's controls do: layer switches (one, solo, all), the site
// switch (asking for the host permission first where needed), "Scan this
// page" (activeTab), and opening the side panel or the library.

import { useMemo, useState } from 'preact/hooks';
import type { LayerRecord } from '../shared/dataset';
import type { SiteState } from '../shared/messages';
import { soloLayers, type Settings } from '../shared/settings';
import type { PopupDeps } from './deps';

export type ScanState = 'idle' | 'scanning' | 'failed';

interface PopupContext {
  tabId: number | null;
  host: string | null | undefined;
  site: SiteState | null;
  settings: Settings | null;
  layers: LayerRecord[];
  /** The page's report is no longer wanted (the reader turned the site off). */
  forgetReading(): void;
  pdfUrl: string | null;
}

/** The scan's state and since when the popup waits for a report (polling stops POLL_FOR_MS later). */
export function useWaiting(deps: PopupDeps) {
  const [scan, setScan] = useState<ScanState>('idle');
  const [since, setSince] = useState(() => deps.now());
  return { scan, setScan, since, restart: () => setSince(deps.now()) };
}

type Waiting = ReturnType<typeof useWaiting>;

const setSite = (deps: PopupDeps, host: string, on: boolean) =>
  deps.settings.update((s) => ({ sites: { ...s.sites, [host]: on } }));

/** The site switch: off at once; on after the host permission (asked in the click) is granted. */
function switchSite(deps: PopupDeps, ctx: PopupContext, waiting: Waiting, on: boolean): void {
  const { host, site, tabId } = ctx;
  if (!host || !site) return;
  if (!on) {
    ctx.forgetReading();
    void setSite(deps, host, false);
    return;
  }
  // The permission prompt needs the click's user gesture: ask before anything is awaited.
  const granted =
    site.builtIn || site.permitted ? Promise.resolve(true) : deps.requestHostPermission(host);
  void granted.then(async (ok) => {
    if (!ok) return;
    waiting.restart();
    await setSite(deps, host, true);
    // The manifest or the registered script covers later loads; this page needs the script now.
    if (!site.builtIn && tabId !== null) await deps.call('scanTab', tabId).catch(() => undefined);
  });
}

/** "Scan this page" (activeTab): the content script runs once on a site that is not enabled. */
async function scanPage(deps: PopupDeps, ctx: PopupContext, waiting: Waiting): Promise<void> {
  const { host, tabId, settings } = ctx;
  if (!host || tabId === null) return;
  waiting.setScan('scanning');
  waiting.restart();
  // A site the reader once turned off (false) would stop the injected script; unset is "not enabled" too.
  if (settings?.sites[host] === false) {
    await deps.settings.update((s) => ({
      sites: Object.fromEntries(Object.entries(s.sites).filter(([h]) => h !== host)),
    }));
  }
  const result = await deps.call('scanTab', tabId).catch(() => ({ scanned: false }));
  if (!result.scanned) waiting.setScan('failed');
}

/**
 * "Open in Counterpoint": the tab's PDF in the viewer. The viewer fetches it, which needs the
 * site's permission: asked here, in the click, where the reader sees why.
 */
function openPdf(deps: PopupDeps, ctx: PopupContext): void {
  const { pdfUrl, tabId, host, site } = ctx;
  if (!pdfUrl || tabId === null || !host) return;
  const granted =
    site?.builtIn || site?.permitted ? Promise.resolve(true) : deps.requestHostPermission(host);
  // Denied, the viewer opens all the same and says what it needs.
  void granted
    .then(() => deps.openInViewer(tabId, pdfUrl))
    .then(() => deps.close())
    .catch(() => undefined);
}

export function usePopupActions(deps: PopupDeps, ctx: PopupContext, waiting: Waiting) {
  const update = deps.settings.update;
  const layerIds = useMemo(() => ctx.layers.map((l) => l.id), [ctx.layers]);
  return {
    onToggleLayer: (id: string, shown: boolean) =>
      void update((s) => ({ layers: { ...s.layers, [id]: shown } })),
    onSolo: (id: string | null) => void update(() => ({ layers: soloLayers(layerIds, id) })),
    onThemesOnPage: (on: boolean) =>
      void update((s) => ({ appearance: { ...s.appearance, themesOnPage: on } })),
    onShowOverlay: () => void update(() => ({ overlay: true })),
    onSite: (on: boolean) => switchSite(deps, ctx, waiting, on),
    onScan: () => void scanPage(deps, ctx, waiting),
    onOpenPdf: () => openPdf(deps, ctx),
    // Called synchronously from the click: the side panel needs the user gesture.
    onOpenPanel: () =>
      void deps
        .openSidePanel(ctx.tabId)
        .then((opened) => opened && deps.close())
        .catch(() => undefined),
    onOpenLibrary: () => void deps.openLibrary().then(() => deps.close()),
  };
}
