// The reader's settings, kept in storage.local under one key and read by every
// context. Whatever is stored is normalised on read: a missing, older or
// damaged value falls back field by field to the defaults, never throws.

export const SETTINGS_KEY = 'settings';

export interface Settings {
  /** Overlay on or off everywhere (the toggle command). */
  overlay: boolean;
  /** Layer id → shown; a layer missing here is shown. */
  layers: Record<string, boolean>;
  /** Host name → enabled; marxists.org and its mirrors are on unless set to false. */
  sites: Record<string, boolean>;
  minWords: number;
  minIdentity: number;
}

export const DEFAULT_SETTINGS: Settings = {
  overlay: true,
  layers: {},
  sites: {},
  // The engine's defaults (engine/types.ts DEFAULT_DETECT_OPTIONS; a test holds them equal).
  minWords: 12,
  minIdentity: 0.7,
};

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function booleanMap(v: unknown): Record<string, boolean> {
  if (!isRecord(v)) return {};
  const out: Record<string, boolean> = Object.create(null);
  for (const [k, value] of Object.entries(v)) if (typeof value === 'boolean' && k.length <= 253) out[k] = value;
  return out;
}

function numberIn(v: unknown, min: number, max: number, fallback: number): number {
  return typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max ? v : fallback;
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
  };
}

export const layerShown = (settings: Settings, layerId: string): boolean => settings.layers[layerId] !== false;
