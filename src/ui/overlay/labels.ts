// Pure label and layer helpers: kept apart from the components so the
// formatting rules (sections, volumes, stance → layers) are testable alone.

import { chapterLine as sharedChapterLine } from '../../shared/chapter-line';
import type { ChapterRecord, LayerRecord, Stance } from '../../shared/dataset';
import type { Theme, Translate } from './types';

/** "§IV — heading" for the review's numbered sections; the heading alone for intro and dek. */
export function sectionLabel(section: string, heading: string, t: Translate): string {
  return /^[IVX]+$/.test(section) ? t('overlaySectionNumbered', [section, heading]) : heading;
}

/** "Vol. II · Chapter 26 · title", in the page's language (src/shared/chapter-line.ts). */
export function chapterLine(chapter: ChapterRecord, t: Translate): string {
  return sharedChapterLine(chapter, {
    volume: (v) => t('overlayVolume', [v]),
    chapter: (n) => t('overlayChapterNumber', [n]),
  });
}

const STANCE_LAYERS: Record<Stance, string[]> = {
  critique: ['critique'],
  tribute: ['tribute'],
  mixed: ['critique', 'tribute'],
  answers: ['answers'],
};

function pick(layers: LayerRecord[], ids: string[]): LayerRecord[] {
  return ids
    .map((id) => layers.find((l) => l.id === id))
    .filter((l): l is LayerRecord => l !== undefined);
}

export function stanceLayers(stance: Stance, layers: LayerRecord[]): LayerRecord[] {
  return pick(layers, STANCE_LAYERS[stance]);
}

export function themeLayers(themes: string[], layers: LayerRecord[]): LayerRecord[] {
  return pick(
    layers,
    themes.map((name) => `theme:${name}`),
  );
}

/** The layer colour for the theme, as a CSS custom property for the stylesheet. */
export function layerStyle(
  color: { light: string; dark: string },
  theme: Theme,
): Record<string, string> {
  return layerVar(color[theme]);
}

export function layerVar(color: string): Record<string, string> {
  return { '--cp-layer': color };
}

export function clamp(n: number, min: number, max: number): number {
  return Math.min(Math.max(n, min), max);
}
