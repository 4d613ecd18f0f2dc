// The small floating button beside a selection: "Save highlight". Placed by the caller.

import { Icon } from '../Icon';
import type { Theme, Translate } from './types';

export interface SaveButtonProps {
  top: number;
  left: number;
  theme: Theme;
  t: Translate;
  onSave(): void;
}

export function SaveButton({ top, left, theme, t, onSave }: SaveButtonProps) {
  return (
    <div
      class={`cp-root cp-save-slot cp-theme-${theme}`}
      style={{ top: `${top}px`, left: `${left}px` }}
    >
      {/* mousedown must not clear the page's selection before the click lands */}
      <button
        type="button"
        class="cp-save-button"
        onMouseDown={(e) => e.preventDefault()}
        onClick={onSave}
      >
        <Icon name="star" size={13} /> {t('overlaySaveHighlight')}
      </button>
    </div>
  );
}
