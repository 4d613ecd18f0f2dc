// Focusable markers in the margin beside recognised passages. The caller gives
// document coordinates and reading order, so Tab follows the page; a native
// <button> turns Enter and Space into click, which activates.

import { Icon } from '../Icon';
import { layerVar } from './labels';
import type { Theme, Translate } from './types';

export interface Marker {
  key: string;
  top: number;
  left: number;
  color: string;
  /** An icon name (src/shared/icons.ts). */
  icon: string;
  label: string;
  active: boolean;
  count: number;
}

export interface MarginMarkersProps {
  markers: Marker[];
  onActivate(key: string): void;
  onFocusMarker(key: string): void;
  onBlurMarker(key: string): void;
  t: Translate;
  /** The page's look (default light); the caller passes colours for it. */
  theme?: Theme;
}

export function MarginMarkers({
  markers,
  onActivate,
  onFocusMarker,
  onBlurMarker,
  t,
  theme = 'light',
}: MarginMarkersProps) {
  return (
    <div
      class={`cp-root cp-markers cp-theme-${theme}`}
      role="group"
      aria-label={t('overlayMarkersLabel')}
    >
      {markers.map((m) => (
        <button
          key={m.key}
          type="button"
          class={m.active ? 'cp-marker cp-active' : 'cp-marker'}
          aria-label={m.label}
          title={m.label}
          aria-expanded={m.active}
          data-marker={m.key}
          style={{ top: `${m.top}px`, left: `${m.left}px`, ...layerVar(m.color) }}
          onClick={() => onActivate(m.key)}
          onFocus={() => onFocusMarker(m.key)}
          onBlur={() => onBlurMarker(m.key)}
        >
          <Icon class="cp-marker-icon" name={m.icon} size={14} />
          {m.count > 1 && (
            <span class="cp-marker-count" aria-hidden="true">
              {m.count}
            </span>
          )}
        </button>
      ))}
    </div>
  );
}
