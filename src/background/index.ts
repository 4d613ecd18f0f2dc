// Background entry (Chrome service worker, Firefox event page): wiring only.
// Every listener is registered synchronously at the top level.

import { onInstalled } from '../platform/lifecycle';
import { handleBackgroundMessages } from '../platform/messaging';
import { onTabRemoved } from '../platform/tabs';
import { forgetTab, handlers } from './handlers';
import { ensureSeeded } from './seed';

handleBackgroundMessages(handlers);
onTabRemoved((tabId) => void forgetTab(tabId));
// Load a new bundled dataset as soon as it arrives, not on the first page that needs it.
onInstalled((reason) => {
  if (reason === 'install' || reason === 'update') ensureSeeded().catch((e) => console.error('counterpoint: seeding failed', e));
});
