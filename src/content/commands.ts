// What a tab command asks of the page side: step through passages, open one
// the side panel listed, preview thresholds, save the selection. Shared by the
// content script and the PDF viewer.

import type { TabCommand } from '../shared/tab-commands';
import type { ContentApp } from './app';
import type { Controller } from './controller';

export function runTabCommand(
  running: { app: ContentApp; controller: Controller },
  command: TabCommand,
): Promise<unknown> | void {
  const { app, controller } = running;
  if (command.command === 'next-passage') controller.step(1);
  else if (command.command === 'previous-passage') controller.step(-1);
  else if (command.command === 'preview-detections')
    return app.previewDetections(command.thresholds);
  else if (command.command === 'save-selection') controller.saving.edit();
  else if (command.command === 'open-passage') {
    // The report lists this frame's found passages in the same order.
    const target = app.state.found[command.index];
    if (target) controller.goTo(target.key);
  }
}
