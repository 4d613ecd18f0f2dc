// Props shared by the options page's sections: data in, callbacks out.

import type { Translate } from '../overlay/types';

export type { Translate };

/** A site marxists.org-style archives are read on without asking (the manifest's content scripts). */
export interface BuiltInSite {
  host: string;
  enabled: boolean;
}

/** A site the reader added: on when the host permission is held. */
export interface ReaderSite {
  host: string;
  permitted: boolean;
}

/** A status line under a control: what happened, or what went wrong. */
export interface Notice {
  kind: 'ok' | 'error';
  text: string;
}

export interface ShortcutCommand {
  name: string;
  description: string;
  shortcut: string;
}
