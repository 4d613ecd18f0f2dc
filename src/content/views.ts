// From the app's state to what the page shows: the registered highlights (one
// per layer, only near the viewport on very long pages) and the overlay model.

import { layerShown } from '../shared/settings';
import type { LayerRecord } from '../shared/dataset';
import type { AppState } from './app';
import type { Translate } from '../ui/overlay/types';
import type { GeometryCache } from './geometry';
import { answerFirst, paintedLayers } from './calm';
import { ALL_PASSAGES, highlightName, layersOfPassage, OPENING_LAYER } from './layers';
import { chapterTitle, type OverlayState, type PassageView } from './overlay/model';
import type { Found } from './scan';
import type { AnchoredHighlight } from './mine';
import { bandAround, windowMarkers, WINDOWED_ABOVE } from './marker-window';

const PRIORITY: Record<string, number> = { stance: 4, sources: 3, theme: 2, pack: 2, mine: 5 };
const MARKER_SIZE = 24;
const BAR = 28;

export interface ViewportInfo {
  scrollX: number;
  scrollY: number;
  width: number;
  height: number;
  docHeight: number;
}

const isPassage = (f: Found) => f.match.passage !== null;

/** A passage's shown layers in display order, except that Trotsky answering leads: it tints and marks the passage. */
function shownLayers(state: AppState, passageId: string): LayerRecord[] {
  if (!state.data) return [];
  const ids = layersOfPassage(state.data, passageId);
  return answerFirst(
    state.data.layers.filter((l) => ids.includes(l.id) && layerShown(state.settings, l.id)),
  );
}

/** A passage draws all its marks when themes are on the page, or while it is pointed at or its card is open. */
const expanded = (state: AppState, key: string) =>
  state.settings.appearance.themesOnPage || state.hovered === key || state.active?.key === key;

function nearViewport(found: Found[], geometry: GeometryCache, v: ViewportInfo): Found[] {
  if (found.length <= WINDOWED_ABOVE) return found;
  const { top, bottom } = bandAround(v.scrollY, v.height);
  return found.filter((f) => {
    const g = geometry.of(f.key, f.range);
    return g !== null && g.box.bottom >= top && g.box.top <= bottom;
  });
}

/** Highlight name → ranges and priority, for Highlighter.paint. */
export function highlightsFor(
  state: AppState,
  geometry: GeometryCache,
  v: ViewportInfo,
  mine: readonly AnchoredHighlight[] = [],
) {
  const byName = new Map<string, { ranges: Range[]; priority: number }>();
  if (!state.settings.overlay) return byName;
  const add = (name: string, range: Range, priority: number) => {
    const entry = byName.get(name) ?? byName.set(name, { ranges: [], priority }).get(name)!;
    entry.ranges.push(range);
  };
  if (layerShown(state.settings, 'mine')) {
    for (const a of mine)
      if (a.range) add(highlightName('mine', state.theme), a.range, PRIORITY.mine);
  }
  for (const f of nearViewport(state.found, geometry, v)) {
    if (!isPassage(f)) {
      if (layerShown(state.settings, OPENING_LAYER))
        add(highlightName(OPENING_LAYER, state.theme), f.range, 1);
      continue;
    }
    const layers = shownLayers(state, f.match.passage!);
    if (layers.length === 0) continue;
    add(`counterpoint-${ALL_PASSAGES}`, f.range, 0);
    for (const { layer, lineOnly } of paintedLayers(layers, expanded(state, f.key))) {
      add(
        highlightName(layer.id, state.theme, lineOnly),
        f.range,
        (PRIORITY[layer.kind] ?? 1) - (lineOnly ? 1 : 0),
      );
    }
  }
  return byName;
}

function markerAt(
  f: Found,
  geometry: GeometryCache,
  v: ViewportInfo,
): { top: number; left: number } | null {
  const g = geometry.of(f.key, f.range);
  if (!g) return null;
  const maxLeft = v.scrollX + v.width - BAR - MARKER_SIZE - 4;
  const beside = g.blockRight + 8;
  const left =
    beside <= maxLeft
      ? beside
      : g.blockLeft - MARKER_SIZE - 8 >= v.scrollX
        ? g.blockLeft - MARKER_SIZE - 8
        : maxLeft;
  return { top: g.rects[0].top, left };
}

const fold = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** Our labels start with the chapter's name ("Preface: …"); a card that names the chapter below drops it. */
export function withoutChapterPrefix(label: string, chapterTitle: string | undefined): string {
  const colon = label.indexOf(': ');
  if (colon < 0 || !chapterTitle) return label;
  const prefix = fold(label.slice(0, colon));
  if (prefix.length === 0 || !fold(chapterTitle).startsWith(prefix)) return label;
  const rest = label.slice(colon + 2);
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}

/** What a passage's views share, whichever of its places: a whole book repeats each of its 78. */
type PassageContent = Omit<PassageView, 'key' | 'marker' | 'fraction'>;

function passageContent(state: AppState, f: Found, t: Translate): PassageContent | null {
  const id = f.match.passage!;
  const data = state.data!;
  const layers = shownLayers(state, id);
  if (layers.length === 0) return null;
  const summary = data.passages.find((p) => p.id === id);
  const chapter = data.chapters.find((c) => c.id === (summary?.chapter ?? f.match.chapter));
  return {
    passageId: id,
    label: summary?.label ?? null,
    layers,
    cardLabel: summary ? withoutChapterPrefix(summary.label, chapter?.title) : null,
    chapterTitle: chapterTitle(chapter, t),
    paragraphs: data.critiques.paragraphs.filter((p) => p.passages.includes(id)),
    quoteChecks: data.critiques.quoteChecks.filter((q) => q.nearestPassages.includes(id)),
  };
}

function passageViews(
  state: AppState,
  geometry: GeometryCache,
  v: ViewportInfo,
  t: Translate,
): PassageView[] {
  if (!state.data || !state.settings.overlay) return [];
  const contents = new Map<string, PassageContent | null>();
  const views: PassageView[] = [];
  for (const f of state.found) {
    if (!isPassage(f)) continue;
    const id = f.match.passage!;
    if (!contents.has(id)) contents.set(id, passageContent(state, f, t));
    const content = contents.get(id);
    if (!content) continue;
    const g = geometry.of(f.key, f.range);
    views.push({
      key: f.key,
      ...content,
      marker: markerAt(f, geometry, v),
      fraction: g ? Math.min(1, g.box.top / Math.max(1, v.docHeight)) : 0,
    });
  }
  return views;
}

export function overlayState(
  state: AppState,
  geometry: GeometryCache,
  v: ViewportInfo,
  t: Translate,
): OverlayState {
  const keep = new Set([state.active?.key, state.hovered].filter((k): k is string => !!k));
  const passages = windowMarkers(
    passageViews(state, geometry, v, t),
    bandAround(v.scrollY, v.height),
    keep,
  );
  const rangeOf = new Map(state.found.map((f) => [f.key, f.range]));
  const boxes = passages.map((p) => geometry.of(p.key, rangeOf.get(p.key)!)?.box);
  return {
    theme: state.theme,
    passages,
    layers: state.data?.layers ?? [],
    review: state.data?.review ?? null,
    packs: state.data?.packs ?? [],
    active: state.settings.overlay ? state.active : null,
    banner:
      state.settings.overlay && state.chapter && !state.bannerDismissed
        ? { chapter: state.chapter, sections: state.chapterSections }
        : null,
    reader: state.settings.overlay ? state.reader : null,
    above: boxes.filter((b) => b && b.bottom < v.scrollY).length,
    below: boxes.filter((b) => b && b.top > v.scrollY + v.height).length,
    saveButton: state.editor ? null : state.saveButton,
    editor: state.editor && {
      top: state.editor.top,
      left: state.editor.left,
      width: state.editor.width,
      height: state.editor.height,
      src: state.editor.src,
    },
  };
}
