// What the popup is given (src/popup/index.tsx builds it from src/platform; DOM tests give fakes).

import type { PageDeps, SettingsStore } from '../ui/page-deps';

export interface PopupDeps extends PageDeps {
  settings: SettingsStore;
  /** The tab's address, when the popup may see it (activeTab or a host permission). */
  tabUrl(tabId: number): Promise<string | null>;
  /** Must be called synchronously from the reader's click (the prompt needs the gesture). */
  requestHostPermission(host: string): Promise<boolean>;
  /** Must be called synchronously from the reader's click; false where the browser refused. */
  openSidePanel(tabId: number | null): Promise<boolean>;
  openLibrary(): Promise<void>;
  /** Shows the tab's PDF in Counterpoint's viewer, in the same tab. */
  openInViewer(tabId: number, pdfUrl: string): Promise<void>;
  close(): void;
  /** Milliseconds now (a test's clock). */
  now(): number;
}
