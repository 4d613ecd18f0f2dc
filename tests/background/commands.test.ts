// Keyboard shortcuts: navigation goes to the active tab, the overlay toggle flips a setting every tab follows.

import { runCommand } from '../../src/background/commands';
import { DEFAULT_SETTINGS, type Settings } from '../../src/shared/settings';

let stored: Settings = { ...DEFAULT_SETTINGS };
const sent: [number, unknown][] = [];
jest.mock('../../src/platform/settings', () => ({
  updateSettings: jest.fn(
    async (change: (s: Settings) => Partial<Settings>) =>
      (stored = { ...stored, ...change(stored) }),
  ),
}));
jest.mock('../../src/platform/messaging', () => ({
  sendTabCommand: jest.fn(async (tab: number, command: unknown) => void sent.push([tab, command])),
}));

test('toggle-overlay flips the overlay setting, twice back', async () => {
  await runCommand('toggle-overlay', 3);
  expect(stored.overlay).toBe(false);
  await runCommand('toggle-overlay', null);
  expect(stored.overlay).toBe(true);
});

test.each([
  ['next-passage', 'next-passage'],
  ['previous-passage', 'previous-passage'],
  ['save-highlight', 'save-selection'],
])('%s goes to the tab as %s', async (name, command) => {
  sent.length = 0;
  await runCommand(name, 9);
  expect(sent).toEqual([[9, { command }]]);
});

test('navigation without a tab, or an unknown command, does nothing', async () => {
  sent.length = 0;
  await runCommand('next-passage', null);
  await runCommand('format-disk', 9);
  expect(sent).toEqual([]);
  expect(stored.overlay).toBe(true);
});
