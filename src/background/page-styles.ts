// Inserts the extra highlight CSS (packs, the reader's colours) into a frame,
// replacing what was inserted there before. What each frame holds is kept in
// storage.session, since the worker may stop between two calls.

import { getSessionValue, setSessionValue } from '../platform/tabs';
import { insertCss, removeCss } from '../platform/scripting';
import { readSettings } from '../platform/settings';
import { allLayers } from './critique-repo';
import type { Db } from './db';
import { extraHighlightCss } from './styles';

const cssKey = (tabId: number, frameId: number) => `css:${tabId}:${frameId}`;

export async function applyStyles(db: Db, tabId: number, frameId: number): Promise<void> {
  const css = extraHighlightCss(await allLayers(db), await readSettings());
  const key = cssKey(tabId, frameId);
  const previous = await getSessionValue<string>(key);
  if (previous === css) return;
  if (previous) await removeCss(tabId, frameId, previous);
  if (css) await insertCss(tabId, frameId, css);
  await setSessionValue(key, css);
}
