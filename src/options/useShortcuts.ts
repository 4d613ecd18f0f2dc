// The shortcuts section: the extension's commands and keys, as the browser has them.

import { useEffect, useState } from 'preact/hooks';
import type { ShortcutCommand, ShortcutsSectionProps } from '../ui/options';
import type { OptionsDeps } from './deps';

export function useShortcuts({
  browser,
  commands,
}: Pick<OptionsDeps, 'browser' | 'commands'>): Omit<ShortcutsSectionProps, 't'> {
  const [list, setList] = useState<ShortcutCommand[]>([]);
  useEffect(() => {
    commands
      .getAll()
      .then(setList)
      .catch(() => setList([]));
  }, [commands]);
  return { commands: list, browser, onOpenSettings: () => void commands.openSettings() };
}
