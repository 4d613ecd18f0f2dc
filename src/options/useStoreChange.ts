// A change to what the background stores (a pack, the learned chapters), as
// both data sections run it: the section's buttons wait meanwhile, the list
// is read again (it shows the store as it now is, even after a failure), and
// then the change's outcome is announced.

import { useState } from 'preact/hooks';
import type { Notice } from '../ui/options';
import { errorText } from './errors';

export interface StoreChange {
  busy: boolean;
  notice: Notice | null;
  /** Announces something other than a change (the list could not be read). */
  setNotice(notice: Notice): void;
  /** Runs `work`, whose notice is the outcome; a throw is announced through `failed`. */
  run(work: () => Promise<Notice>): void;
}

export function useStoreChange(
  refresh: () => Promise<void>,
  failed: (error: string) => string,
): StoreChange {
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const run = (work: () => Promise<Notice>) =>
    void (async () => {
      setBusy(true);
      const outcome = await work().catch((e: unknown): Notice => ({
        kind: 'error',
        text: failed(errorText(e)),
      }));
      await refresh().catch(() => undefined);
      setBusy(false);
      setNotice(outcome);
    })();
  return { busy, notice, setNotice, run };
}
