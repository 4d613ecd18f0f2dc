// Keyboard shortcuts: passage navigation goes to the active tab's content
// script; the overlay toggle is a setting, so every tab follows it.

import { sendTabCommand } from '../platform/messaging';
import { updateSettings } from '../platform/settings';

export async function runCommand(name: string, tabId: number | null): Promise<void> {
  if (name === 'toggle-overlay') {
    await updateSettings((s) => ({ overlay: !s.overlay }));
  } else if ((name === 'next-passage' || name === 'previous-passage') && tabId !== null) {
    await sendTabCommand(tabId, { command: name });
  } else if (name === 'save-highlight' && tabId !== null) {
    await sendTabCommand(tabId, { command: 'save-selection' });
  }
}
