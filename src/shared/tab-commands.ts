// Commands the background (and the side panel) send to a tab's content
// scripts, with their replies: the other direction of the message contract.
// A content script acts only on a command that passes this schema.

import * as v from 'valibot';
import { THRESHOLDS } from './thresholds';

const command = <const C extends string, const E extends v.ObjectEntries>(name: C, entries: E) =>
  v.strictObject({ command: v.literal(name), ...entries });

const TAB_COMMAND = v.variant('command', [
  command('next-passage', {}),
  command('previous-passage', {}),
  /** Scroll to the report's detection `index` (top frame) and open its card. */
  command('open-passage', { index: v.pipe(v.number(), v.safeInteger(), v.minValue(0)) }),
  /** Answered with the passage ids found with these thresholds (nothing painted). */
  command('preview-detections', { thresholds: THRESHOLDS }),
  /** Save the current selection (context menu, keyboard shortcut): opens the note editor. */
  command('save-selection', {}),
]);

export type TabCommand = v.InferOutput<typeof TAB_COMMAND>;
type TabCommandName = TabCommand['command'];

/** What each command answers. */
interface TabReplies {
  'next-passage': void;
  'previous-passage': void;
  'open-passage': void;
  'preview-detections': string[];
  'save-selection': void;
}

export type TabReply<C extends TabCommandName> = TabReplies[C];

export const isTabCommand = (value: unknown): value is TabCommand => v.is(TAB_COMMAND, value);

/**
 * A command for the PDF viewer in tab `viewerTab`. The viewer is an extension page, which
 * tabs.sendMessage does not reach: the command goes by runtime messaging to every extension
 * page, and only the viewer in that tab acts on it.
 */
export interface ViewerCommand {
  viewerTab: number;
  command: TabCommand;
}

export const isViewerCommand = (value: unknown): value is ViewerCommand =>
  typeof value === 'object' &&
  value !== null &&
  Number.isSafeInteger((value as ViewerCommand).viewerTab) &&
  isTabCommand((value as ViewerCommand).command);
