// Which layers a recognised passage belongs to: the layers of the review
// paragraphs placed on it, `answers` where Trotsky's text answers one of
// them, and `sources` when the review quotes it. A chapter opening is a layer
// of its own.

import type { OverlayData } from '../shared/messages';
import { layerSlug } from '../shared/highlight-style';
import { passageLayerIds } from '../shared/relations';

export const OPENING_LAYER = 'opening';
/** Every recognised passage, whatever its layers: read by tests and hit-testing, not styled. */
export const ALL_PASSAGES = 'passage';

export function layersOfPassage(data: OverlayData, passageId: string): string[] {
  return passageLayerIds(passageId, data.critiques.paragraphs, data.critiques.quoteChecks);
}

/** Highlight name of a layer: CSS identifiers cannot hold ':' (theme:spontaneity → theme-spontaneity). */
export function highlightName(layerId: string, theme: 'light' | 'dark', lineOnly = false): string {
  const slug = layerSlug(layerId);
  return `counterpoint-${slug}${lineOnly ? '-line' : ''}${theme === 'dark' ? '-dark' : ''}`;
}
