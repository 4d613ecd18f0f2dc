// What the site choices reach outside the page (useSiteChoices): the options
// and welcome pages give the same shapes.

import type { BuiltInHost } from '../../shared/hosts';
import type { SettingsStore } from '../page-deps';
import type { Translate } from './types';

export interface SiteChoiceDeps {
  t: Translate;
  settings: SettingsStore;
  permissions: {
    builtInHosts(): BuiltInHost[];
    origin(host: string): string;
    has(origins: string[]): Promise<boolean>;
    /** Must be called synchronously from the reader's click. */
    request(origins: string[]): Promise<boolean>;
    remove(origins: string[]): Promise<boolean>;
    onChanged(listener: () => void): void;
  };
}
