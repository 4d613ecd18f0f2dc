// The popup's pure rules: which passages a page has per layer, which layers
// are shown, solo and "all", how layers are grouped in the list, and what the
// popup says about the page.

import type { ChapterRecord, LayerKind, LayerRecord } from '../../shared/dataset';
import type { Critiques, PageReport, SiteState } from '../../shared/messages';
import type { PageState } from './PageStatus';
import { passageLayerIds } from '../../shared/relations';
import { layerShown, type Settings } from '../../shared/settings';

/** The distinct reference passages of a report, in reading order (chapter openings are not passages). */
export function reportPassages(report: PageReport | null): string[] {
  if (!report) return [];
  return [
    ...new Set(report.detections.map((d) => d.passage).filter((p): p is string => p !== null)),
  ];
}

/**
 * Layer id → how many of `passageIds` it marks, by the page's own rule (src/shared/relations.ts):
 * the layers of the paragraphs placed on a passage, `answers` where its text answers one of them,
 * `sources` when a quote check's nearest wording is it.
 */
export function passagesPerLayer(
  passageIds: readonly string[],
  critiques: Critiques,
): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const id of passageIds) {
    for (const l of passageLayerIds(id, critiques.paragraphs, critiques.quoteChecks))
      counts[l] = (counts[l] ?? 0) + 1;
  }
  return counts;
}

/** The layer shown alone (solo), or null when none or several are shown. */
export function soloLayerId(layers: readonly LayerRecord[], settings: Settings): string | null {
  if (layers.length < 2) return null;
  const shown = layers.filter((l) => layerShown(settings, l.id));
  return shown.length === 1 ? shown[0].id : null;
}

export const allLayersShown = (layers: readonly LayerRecord[], settings: Settings): boolean =>
  layers.every((l) => layerShown(settings, l.id));

export type LayerGroupId = 'stance' | 'theme' | 'other' | 'pack';

const GROUP_OF: Record<LayerKind, LayerGroupId> = {
  stance: 'stance',
  theme: 'theme',
  sources: 'other',
  mine: 'other',
  pack: 'pack',
};
const GROUP_ORDER: LayerGroupId[] = ['stance', 'theme', 'other', 'pack'];

export interface LayerGroup {
  id: LayerGroupId;
  layers: LayerRecord[];
}

/** Layers in display order, grouped: stance, themes, sources and mine, then each imported pack's. Empty groups are left out. */
export function groupLayers(layers: readonly LayerRecord[]): LayerGroup[] {
  const sorted = [...layers].sort((a, b) => a.order - b.order);
  return GROUP_ORDER.map((id) => ({
    id,
    layers: sorted.filter((l) => GROUP_OF[l.kind] === id),
  })).filter((g) => g.layers.length > 0);
}

/** The host name of an http(s) URL, or null for pages Counterpoint cannot read (browser pages, files, the store). */
export function readableHost(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.hostname : null;
  } catch {
    return null;
  }
}

/**
 * What the popup says about the page: loading until the host and the site are known; unreadable
 * (no tab, not http(s), no access); read once there is a report; off on a site that is not
 * enabled (with the scan's state); reading while an enabled site has not reported yet.
 */
export function popupPageState(
  host: string | null | undefined,
  site: SiteState | null,
  reading: { chapter: ChapterRecord | null; passages: number } | null,
  scan: 'idle' | 'scanning' | 'failed',
): PageState {
  if (host === undefined || (host && !site)) return { kind: 'loading' };
  if (host === null || !site) return { kind: 'unreadable' };
  if (reading) return { kind: 'read', host, chapter: reading.chapter, passages: reading.passages };
  if (!site.enabled) return { kind: 'off', host, builtIn: site.builtIn, scan };
  return { kind: 'reading', host };
}
