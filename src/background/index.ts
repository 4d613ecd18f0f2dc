// Background entry (Chrome service worker, Firefox event page): wiring only.
// Every listener is registered synchronously at the top level.

import { handleBackgroundMessages } from '../platform/messaging';
import { onTabRemoved } from '../platform/tabs';
import { forgetTab, handlers } from './handlers';

handleBackgroundMessages(handlers);
onTabRemoved((tabId) => void forgetTab(tabId));
