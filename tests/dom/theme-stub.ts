// A ThemeSource for DOM tests: light, never changing.
import type { ThemeSource } from '../../src/ui/theme';

export const lightTheme: ThemeSource = { current: () => 'light', onChanged: () => () => undefined };
