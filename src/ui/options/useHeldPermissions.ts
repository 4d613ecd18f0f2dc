// Which of some hosts' origins the extension holds, asked again when the
// hosts change and whenever the browser's grants change (from any page).

import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { SiteChoiceDeps } from './site-deps';

export interface HeldPermissions {
  /** Host → held; a host not asked yet is missing. */
  permitted: Record<string, boolean>;
  /** Asks again, for the hosts of the latest render. */
  refresh(): Promise<void>;
}

export function useHeldPermissions(
  permissions: SiteChoiceDeps['permissions'],
  hosts: string[],
): HeldPermissions {
  const [permitted, setPermitted] = useState<Record<string, boolean>>({});
  // The hosts as one string: a new array each render, the same hosts, asks nothing.
  const key = hosts.join(' ');
  const ask = useCallback(async () => {
    const list = key.split(' ');
    const held = await Promise.all(list.map((h) => permissions.has([permissions.origin(h)])));
    setPermitted(Object.fromEntries(list.map((h, i) => [h, held[i]])));
  }, [permissions, key]);
  // Listeners registered once call the latest hosts' ask.
  const latest = useRef(ask);
  latest.current = ask;
  const refresh = useCallback(() => latest.current(), []);

  useEffect(() => {
    permissions.onChanged(() => void refresh());
  }, [permissions, refresh]);
  useEffect(() => {
    void ask();
  }, [ask]);
  return { permitted, refresh };
}
