// What the side panel is given (src/sidepanel/index.tsx builds it from src/platform; DOM tests give fakes).

import type { TabCommand } from '../shared/tab-commands';
import type { PageDeps } from '../ui/page-deps';

export interface SidePanelDeps extends PageDeps {
  activeTabId(): Promise<number | null>;
  /** The reader switched tabs (or the active tab navigated) in the panel's window. */
  onActiveTabChanged(listener: () => void): void;
  /** Calls `listener` when one of `keys()` changes in storage.session; returns the unsubscribe. */
  onSessionChanged(keys: () => readonly string[], listener: (key: string) => void): () => void;
  sendTabCommand(tabId: number, command: TabCommand): Promise<void>;
}
