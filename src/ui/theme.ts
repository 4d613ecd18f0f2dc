// The system's light or dark preference for the extension pages: one source
// (src/platform/theme.ts in the browser, a stub in DOM tests) and one hook.

import { useEffect, useState } from 'preact/hooks';
import type { Theme } from './overlay/types';

export interface ThemeSource {
  current(): Theme;
  /** Calls `listener` on every change until the returned function is called. */
  onChanged(listener: (theme: Theme) => void): () => void;
}

/** The theme now, re-rendering when the system's preference changes. */
export function useTheme(source: ThemeSource): Theme {
  const [theme, setTheme] = useState<Theme>(() => source.current());
  useEffect(() => {
    setTheme(source.current());
    return source.onChanged(setTheme);
  }, [source]);
  return theme;
}
