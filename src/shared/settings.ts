// The reader's settings, kept in storage.local under one key and read by every
// context. Whatever is stored is normalised on read: a missing, older or
// damaged value falls back field by field to the defaults, never throws.

export const SETTINGS_KEY = 'settings';

export type Palette = 'auto' | 'light' | 'dark';
export type CardSize = 'compact' | 'regular' | 'large';
export type UnderlineStyle = 'solid' | 'double' | 'dotted' | 'dashed' | 'wavy';

export interface DetectionThresholds {
  minWords: number;
  minIdentity: number;
}

export interface LayerStyle {
  /** #rrggbb, used on light and dark pages alike. */
  color?: string;
  underline?: UnderlineStyle;
}

export interface Appearance {
  /** 'auto' follows the page's own background. */
  palette: Palette;
  cardSize: CardSize;
  /** The reader's colour and underline per layer id; a layer missing here keeps its own. */
  layers: Record<string, LayerStyle>;
  /**
   * Every passage's themes (and second stance, and sources) underlined at all times. Off by default:
   * a passage shows its stance as tint and one underline, the rest while it is pointed at or focused.
   */
  themesOnPage: boolean;
}

export interface Settings {
  /** Overlay on or off everywhere (the toggle command). */
  overlay: boolean;
  /** Layer id → shown; a layer missing here is shown. */
  layers: Record<string, boolean>;
  /** Host name → enabled; marxists.org and its mirrors are on unless set to false. */
  sites: Record<string, boolean>;
  minWords: number;
  minIdentity: number;
  appearance: Appearance;
  /** Learn the chapters the reader opens on marxists.org and its mirrors (fingerprints only). */
  learning: boolean;
}

export const DEFAULT_APPEARANCE: Appearance = {
  palette: 'auto',
  cardSize: 'regular',
  layers: {},
  themesOnPage: false,
};

export const DEFAULT_SETTINGS: Settings = {
  overlay: true,
  layers: {},
  sites: {},
  // The engine's defaults (engine/types.ts DEFAULT_DETECT_OPTIONS; a test holds them equal).
  minWords: 12,
  minIdentity: 0.7,
  appearance: DEFAULT_APPEARANCE,
  learning: true,
};

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function booleanMap(v: unknown): Record<string, boolean> {
  if (!isRecord(v)) return {};
  const out: Record<string, boolean> = Object.create(null);
  for (const [k, value] of Object.entries(v))
    if (typeof value === 'boolean' && k.length <= 253) out[k] = value;
  return out;
}

function numberIn(v: unknown, min: number, max: number, fallback: number): number {
  return typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max ? v : fallback;
}

const UNDERLINES = new Set<string>(['solid', 'double', 'dotted', 'dashed', 'wavy']);
const oneOf = <T extends string>(v: unknown, options: readonly T[], fallback: T): T =>
  options.includes(v as T) ? (v as T) : fallback;

function layerStyles(v: unknown): Record<string, LayerStyle> {
  if (!isRecord(v)) return {};
  const out: Record<string, LayerStyle> = Object.create(null);
  for (const [id, style] of Object.entries(v)) {
    if (!isRecord(style) || id.length > 64) continue;
    const s: LayerStyle = {};
    if (typeof style.color === 'string' && /^#[0-9a-f]{6}$/i.test(style.color))
      s.color = style.color.toLowerCase();
    if (typeof style.underline === 'string' && UNDERLINES.has(style.underline))
      s.underline = style.underline as UnderlineStyle;
    if (s.color || s.underline) out[id] = s;
  }
  return out;
}

function appearance(v: unknown): Appearance {
  const a = isRecord(v) ? v : {};
  return {
    palette: oneOf(a.palette, ['auto', 'light', 'dark'] as const, 'auto'),
    cardSize: oneOf(a.cardSize, ['compact', 'regular', 'large'] as const, 'regular'),
    layers: layerStyles(a.layers),
    themesOnPage:
      typeof a.themesOnPage === 'boolean' ? a.themesOnPage : DEFAULT_APPEARANCE.themesOnPage,
  };
}

export function normaliseSettings(stored: unknown): Settings {
  const s = isRecord(stored) ? stored : {};
  const d = DEFAULT_SETTINGS;
  return {
    overlay: typeof s.overlay === 'boolean' ? s.overlay : d.overlay,
    layers: booleanMap(s.layers),
    sites: booleanMap(s.sites),
    minWords: Math.round(numberIn(s.minWords, 5, 200, d.minWords)),
    minIdentity: numberIn(s.minIdentity, 0.5, 1, d.minIdentity),
    appearance: appearance(s.appearance),
    learning: typeof s.learning === 'boolean' ? s.learning : d.learning,
  };
}

export const layerShown = (settings: Settings, layerId: string): boolean =>
  settings.layers[layerId] !== false;

/** Settings that show only `layerId` (the popup's "solo"), or every layer (`null`). */
export function soloLayers(
  layerIds: readonly string[],
  layerId: string | null,
): Record<string, boolean> {
  if (layerId === null) return {};
  return Object.fromEntries(layerIds.map((id) => [id, id === layerId]));
}

/**
 * The reader's choice for a host: its own entry, else its parent domain's
 * (www.marxists.org follows marxists.org), else "all sites" ('*'); undefined
 * when the reader never chose.
 */
export function siteChoice(settings: Settings, host: string): boolean | undefined {
  for (let h = host; h.includes('.'); h = h.slice(h.indexOf('.') + 1)) {
    if (settings.sites[h] !== undefined) return settings.sites[h];
  }
  return settings.sites['*'] === true ? true : undefined;
}
