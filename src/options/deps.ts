// What the options page is given (src/options/index.tsx builds it from
// src/platform; DOM tests give fakes): the pages' common deps, the site
// choices' settings and permissions, and what this page alone needs.

import type { ExportFile } from '../shared/highlights';
import type { ShortcutCommand, SiteChoiceDeps } from '../ui/options';
import type { PageDeps } from '../ui/page-deps';

export interface OptionsDeps extends PageDeps, SiteChoiceDeps {
  browser: 'chrome' | 'firefox';
  /** Runs `listener` when the critique store changes (a pack imported or removed elsewhere, a reset). */
  onDataChanged(listener: () => void): void;
  /** Runs `listener` when the page becomes visible again (a chapter may have been learned in another tab). */
  onVisible(listener: () => void): void;
  commands: { getAll(): Promise<ShortcutCommand[]>; openSettings(): Promise<void> };
  /** A file's text (the pack and learned-chapters imports). */
  readText(file: File): Promise<string>;
  /** Saves a file through the browser's download; a Blob URL behind an <a download> when absent. */
  download?(file: DownloadFile): void;
  /** Today, for the exported file's name. */
  now?(): Date;
}

/** A file the page offers for download (the learned-chapters export). */
export type DownloadFile = ExportFile;
