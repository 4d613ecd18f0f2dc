// What the viewer is given by its entry (index.tsx): the browser through
// src/platform, fakes in a DOM test.

import type { PageDeps, SettingsStore } from '../ui/page-deps';

export interface ViewerDeps extends PageDeps {
  settings: Pick<SettingsStore, 'read' | 'onChanged'>;
  /** Asks the reader to let Counterpoint read `host` (from a click). */
  requestHostPermission(host: string): Promise<boolean>;
  /** The extension's base URL, where pdf.js's files are. */
  base: string;
}
