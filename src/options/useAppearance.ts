// The appearance section: palette, card size, themes on the page and each
// layer's look, written shortly after each change (open pages restyle on it).

import { DEFAULT_APPEARANCE, type Appearance, type Settings } from '../shared/settings';
import type { AppearanceSectionProps } from '../ui/options';
import { useSettingDraft } from './useSettingDraft';
import type { PageSettings } from '../ui/use-settings';

const APPEARANCE_WRITE_DELAY_MS = 300;

const appearanceOf = (s: Settings): Appearance => s.appearance;
const asSettings = (appearance: Appearance): Partial<Settings> => ({ appearance });

export type AppearanceChoices = Pick<AppearanceSectionProps, 'appearance' | 'onChange' | 'onReset'>;

export function useAppearance(settings: PageSettings): AppearanceChoices {
  const draft = useSettingDraft(settings, DEFAULT_APPEARANCE, appearanceOf, asSettings);
  return {
    appearance: draft.value,
    onChange: (next) => draft.edit(next, APPEARANCE_WRITE_DELAY_MS),
    // A reset is one click, not a drag: written at once.
    onReset: () => draft.edit(DEFAULT_APPEARANCE, 0),
  };
}
