// The popup's view of the tab's site (enabled, built in, permitted), asked
// again whenever the reader's site choices change anywhere; and the layers.

import { useEffect, useState } from 'preact/hooks';
import type { LayerRecord } from '../shared/dataset';
import type { CallBackground, SiteState } from '../shared/messages';
import type { Settings } from '../shared/settings';

export function useSiteState(
  call: CallBackground,
  host: string | null | undefined,
  sites: Settings['sites'] | undefined,
): SiteState | null {
  const [site, setSite] = useState<SiteState | null>(null);
  const choices = sites ? JSON.stringify(sites) : '';
  useEffect(() => {
    if (!host) return;
    let alive = true;
    void call('getSiteState', host)
      .then((s) => alive && setSite(s))
      .catch(() => undefined);
    return () => {
      alive = false;
    };
  }, [call, host, choices]);
  return site;
}

/** Every layer, in display order, once. */
export function useLayers(call: CallBackground): LayerRecord[] {
  const [layers, setLayers] = useState<LayerRecord[]>([]);
  useEffect(() => {
    let alive = true;
    void call('getLayers')
      .then((l) => alive && setLayers(l))
      .catch(() => undefined);
    return () => {
      alive = false;
    };
  }, [call]);
  return layers;
}
