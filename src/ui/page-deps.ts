// What every extension page is given by its entry (src/<page>/index.tsx): the
// page's own code reaches the browser only through these, so a DOM test can
// hand it fakes. Each page's deps extend this with what that page alone needs.

import type { CallBackground } from '../shared/messages';
import type { Settings } from '../shared/settings';
import type { Translate } from './overlay/types';
import type { ThemeSource } from './theme';

export interface PageDeps {
  t: Translate;
  /** A typed call to the background. */
  call: CallBackground;
  /** The system's light or dark preference. */
  theme: ThemeSource;
}

/** The reader's settings in storage.local: read, change (merged), follow. */
export interface SettingsStore {
  read(): Promise<Settings>;
  update(change: (s: Settings) => Partial<Settings>): Promise<Settings>;
  onChanged(listener: (s: Settings) => void): void;
}
