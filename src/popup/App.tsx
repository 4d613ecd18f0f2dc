// The popup: the tab it speaks for, its report, the site's state and the
// settings (followed live), composed from one hook each; everything visible
// is src/ui/popup's. The browser is reached only through `deps`.

import { useMemo } from 'preact/hooks';
import { allLayersShown, popupPageState, PopupView, soloLayerId } from '../ui/popup';
import { useSettings } from '../ui/use-settings';
import type { PopupDeps } from './deps';
import type { Reading } from './reading';
import { usePopupActions, useWaiting } from './usePopupActions';
import { useLayers, useSiteState } from './useSiteState';
import { usePolledReport, useTabReading } from './useTabReading';

export function App({ tabId, deps }: { tabId: number | null; deps: PopupDeps }) {
  const settings = useSettings(deps.settings).current;
  const layers = useLayers(deps.call);
  const { host, reading, setReading, pdfUrl } = useTabReading(deps, tabId);
  const site = useSiteState(deps.call, host, settings?.sites);
  const waiting = useWaiting(deps);
  const { scan, setScan } = waiting;

  // A page that is (being) read but has not reported: ask again for a while.
  const reportWanted =
    tabId !== null && !reading && ((site?.enabled ?? false) || scan === 'scanning');
  const onPolled = useMemo(
    () => ({
      report: (r: Reading) => {
        setReading(r);
        setScan('idle');
      },
      giveUp: () => setScan((s) => (s === 'scanning' ? 'failed' : s)),
    }),
    [setReading, setScan],
  );
  usePolledReport(deps, tabId, reportWanted, waiting.since, onPolled);

  const actions = usePopupActions(
    deps,
    { tabId, host, site, settings, layers, pdfUrl, forgetReading: () => setReading(null) },
    waiting,
  );
  const page = useMemo(
    () => popupPageState(host, site, reading, scan),
    [host, site, reading, scan],
  );

  if (!settings) return null;
  return (
    <PopupView
      t={deps.t}
      page={page}
      siteEnabled={site ? site.enabled : null}
      overlay={settings.overlay}
      layers={layers}
      shown={settings.layers}
      counts={reading?.counts ?? null}
      solo={soloLayerId(layers, settings)}
      allShown={allLayersShown(layers, settings)}
      themesOnPage={settings.appearance.themesOnPage}
      pdf={pdfUrl !== null}
      {...actions}
    />
  );
}
