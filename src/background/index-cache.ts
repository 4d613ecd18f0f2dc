// The serialised passage index, built on first request and kept behind a
// promise: the service worker may be stopped at any time, so this is a cache,
// never the only copy of anything.

import { buildIndex, serializeIndex, type IndexTransfer } from '../engine';
import { bundledEntries } from '../data/fingerprints';

let cached: Promise<IndexTransfer> | null = null;

export function passageIndex(): Promise<IndexTransfer> {
  cached ??= Promise.resolve().then(() => serializeIndex(buildIndex(bundledEntries())));
  return cached;
}
