// Pure label and layer helpers: kept apart from the components so the
// formatting rules (sections, volumes, stance → layers) are testable alone.

import type { ChapterRecord, LayerRecord, Stance } from '../../shared/dataset';
import type { Theme, Translate } from './types';

const ROMAN = ['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];

export function roman(n: number): string {
  return ROMAN[n] ?? String(n);
}

/** "§IV — heading" for the review's numbered sections; the heading alone for intro and dek. */
export function sectionLabel(section: string, heading: string, t: Translate): string {
  return /^[IVX]+$/.test(section) ? t('overlaySectionNumbered', [section, heading]) : heading;
}

/** "Vol. II · Chapter 26 · title"; front matter (no number, or not a chapter) shows its title. */
export function chapterLine(chapter: ChapterRecord, t: Translate): string {
  const parts: string[] = [];
  if (chapter.volume !== null) parts.push(t('overlayVolume', [roman(chapter.volume)]));
  if (chapter.kind === 'chapter' && chapter.number !== null) parts.push(t('overlayChapterNumber', [String(chapter.number)]));
  parts.push(chapter.title);
  return parts.join(' · ');
}

const STANCE_LAYERS: Record<Stance, string[]> = {
  critique: ['critique'],
  tribute: ['tribute'],
  mixed: ['critique', 'tribute'],
};

function pick(layers: LayerRecord[], ids: string[]): LayerRecord[] {
  return ids.map((id) => layers.find((l) => l.id === id)).filter((l): l is LayerRecord => l !== undefined);
}

export function stanceLayers(stance: Stance, layers: LayerRecord[]): LayerRecord[] {
  return pick(layers, STANCE_LAYERS[stance]);
}

export function themeLayers(themes: string[], layers: LayerRecord[]): LayerRecord[] {
  return pick(layers, themes.map((name) => `theme:${name}`));
}

/** The layer colour for the theme, as a CSS custom property for the stylesheet. */
export function layerStyle(color: { light: string; dark: string }, theme: Theme): Record<string, string> {
  return layerVar(color[theme]);
}

export function layerVar(color: string): Record<string, string> {
  return { '--cp-layer': color };
}

export function clamp(n: number, min: number, max: number): number {
  return Math.min(Math.max(n, min), max);
}
