// The popup's state: the tab it speaks for, its report, the site's state and
// the settings (followed live through storage.onChanged), and the actions.
// Everything visible is src/ui/popup's.

import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { t } from '../platform/i18n';
import { sendToBackground } from '../platform/messaging';
import { closePopup, openLibrary, openSidePanel } from '../platform/panels';
import { requestHostPermission, tabUrl } from '../platform/permissions';
import { onSettingsChanged, readSettings, updateSettings } from '../platform/settings';
import type { ChapterRecord, LayerRecord } from '../shared/dataset';
import type { PageReport, SiteState } from '../shared/messages';
import { soloLayers, type Settings } from '../shared/settings';
import { allLayersShown, passagesPerLayer, PopupView, readableHost, reportPassages, soloLayerId, type PageState } from '../ui/popup';

/** How often, and how long, the popup asks again for a report the page has not sent yet. */
const POLL_MS = 300;
const POLL_FOR_MS = 15_000;

interface Reading {
  report: PageReport;
  chapter: ChapterRecord | null;
  counts: Record<string, number>;
  passages: number;
}

async function readReport(report: PageReport): Promise<Reading> {
  const ids = reportPassages(report);
  const [data, view] = await Promise.all([
    ids.length > 0 ? sendToBackground('getOverlayData', ids) : null,
    report.chapter ? sendToBackground('getChapterView', report.chapter).catch(() => null) : null,
  ]);
  return {
    report, chapter: view?.chapter ?? null, passages: ids.length,
    counts: data ? passagesPerLayer(ids, data.critiques) : {},
  };
}

export function App({ tabId }: { tabId: number | null }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [layers, setLayers] = useState<LayerRecord[]>([]);
  const [host, setHost] = useState<string | null | undefined>(undefined);
  const [site, setSite] = useState<SiteState | null>(null);
  const [reading, setReading] = useState<Reading | null>(null);
  const [scan, setScan] = useState<'idle' | 'scanning' | 'failed'>('idle');
  const [waitingSince, setWaitingSince] = useState(() => Date.now());
  const alive = useRef(true);

  // Settings, layers, the tab's report and address, once; settings live.
  useEffect(() => {
    alive.current = true;
    void readSettings().then((s) => alive.current && setSettings(s));
    onSettingsChanged((s) => alive.current && setSettings(s));
    void sendToBackground('getLayers').then((l) => alive.current && setLayers(l)).catch(() => undefined);
    void (async () => {
      if (tabId === null) return setHost(null);
      const report = await sendToBackground('getTabReport', tabId).catch(() => null);
      const url = report?.url ?? (await tabUrl(tabId));
      if (!alive.current) return;
      setHost(readableHost(url));
      if (report) setReading(await readReport(report));
    })();
    return () => {
      alive.current = false;
    };
  }, [tabId]);

  // The site's state, again whenever the reader's site choices change.
  const sites = settings ? JSON.stringify(settings.sites) : '';
  useEffect(() => {
    if (!host) return;
    void sendToBackground('getSiteState', host).then((s) => alive.current && setSite(s)).catch(() => undefined);
  }, [host, sites]);

  const enabled = site?.enabled ?? false;
  const reportWanted = tabId !== null && !reading && (enabled || scan === 'scanning');

  // A page that is (being) read but has not reported: ask again for a while.
  useEffect(() => {
    if (!reportWanted || tabId === null) return;
    const timer = setInterval(async () => {
      const report = await sendToBackground('getTabReport', tabId).catch(() => null);
      if (report && alive.current) {
        clearInterval(timer);
        setReading(await readReport(report));
        setScan('idle');
      } else if (Date.now() - waitingSince > POLL_FOR_MS) {
        clearInterval(timer);
        if (scan === 'scanning') setScan('failed');
      }
    }, POLL_MS);
    return () => clearInterval(timer);
  }, [reportWanted, tabId, waitingSince, scan]);

  const layerIds = useMemo(() => layers.map((l) => l.id), [layers]);

  const onToggleLayer = useCallback((id: string, shown: boolean) => {
    void updateSettings((s) => ({ layers: { ...s.layers, [id]: shown } }));
  }, []);
  const onSolo = useCallback((id: string | null) => {
    void updateSettings(() => ({ layers: soloLayers(layerIds, id) }));
  }, [layerIds]);

  const setSiteSetting = (h: string, on: boolean) => updateSettings((s) => ({ sites: { ...s.sites, [h]: on } }));

  function onSite(on: boolean) {
    if (!host || !site) return;
    if (!on) {
      setReading(null);
      void setSiteSetting(host, false);
      return;
    }
    // The permission prompt needs the click's user gesture: ask before anything is awaited.
    const granted = site.builtIn || site.permitted ? Promise.resolve(true) : requestHostPermission(host);
    void granted.then(async (ok) => {
      if (!ok) return;
      setWaitingSince(Date.now());
      await setSiteSetting(host, true);
      // The manifest or the registered script covers later loads; this page needs the script now.
      if (!site.builtIn && tabId !== null) await sendToBackground('scanTab', tabId).catch(() => undefined);
    });
  }

  async function onScan() {
    if (!host || tabId === null) return;
    setScan('scanning');
    setWaitingSince(Date.now());
    // A site the reader once turned off (false) would stop the injected script; unset is "not enabled" too.
    if (settings?.sites[host] === false) {
      await updateSettings((s) => ({ sites: Object.fromEntries(Object.entries(s.sites).filter(([h]) => h !== host)) }));
    }
    const result = await sendToBackground('scanTab', tabId).catch(() => ({ scanned: false }));
    if (!result.scanned) setScan('failed');
  }

  function onOpenPanel() {
    // Called synchronously from the click: the side panel needs the user gesture.
    void openSidePanel(tabId).then((opened) => opened && closePopup()).catch(() => undefined);
  }

  function onOpenLibrary() {
    void openLibrary().then(closePopup);
  }

  const page: PageState = useMemo(() => {
    if (host === undefined || (host && !site)) return { kind: 'loading' };
    if (host === null || !site) return { kind: 'unreadable' };
    if (reading) return { kind: 'read', host, chapter: reading.chapter, passages: reading.passages };
    if (!site.enabled) return { kind: 'off', host, builtIn: site.builtIn, scan };
    return { kind: 'reading', host };
  }, [host, site, reading, scan]);

  if (!settings) return null;
  return (
    <PopupView
      t={t} page={page} siteEnabled={site ? site.enabled : null} overlay={settings.overlay}
      layers={layers} shown={settings.layers} counts={reading?.counts ?? null}
      solo={soloLayerId(layers, settings)} allShown={allLayersShown(layers, settings)}
      onToggleLayer={onToggleLayer} onSolo={onSolo} onSite={onSite} onScan={() => void onScan()}
      themesOnPage={settings.appearance.themesOnPage}
      onThemesOnPage={(on) => void updateSettings((s) => ({ appearance: { ...s.appearance, themesOnPage: on } }))}
      onShowOverlay={() => void updateSettings(() => ({ overlay: true }))}
      onOpenPanel={onOpenPanel} onOpenLibrary={onOpenLibrary}
    />
  );
}
