// Welcome page entry: the real platform behind the page's dependencies.

import { t } from '../platform/i18n';
import {
  hasOrigins,
  hostPattern,
  manifestHosts,
  onOriginsChanged,
  removeOrigins,
  requestOrigins,
} from '../platform/permissions';
import { onSettingsChanged, readSettings, updateSettings } from '../platform/settings';
import { manifestAccess } from '../platform/welcome';
import { WelcomeApp, type WelcomeDeps } from './app';
import { mountPage } from '../ui/ErrorBoundary';

const deps: WelcomeDeps = {
  t,
  browser: location.protocol === 'moz-extension:' ? 'firefox' : 'chrome',
  settings: { read: readSettings, update: updateSettings, onChanged: onSettingsChanged },
  permissions: {
    builtInHosts: manifestHosts,
    origin: hostPattern,
    has: hasOrigins,
    request: requestOrigins,
    remove: removeOrigins,
    onChanged: onOriginsChanged,
  },
  access: manifestAccess,
};

document.title = t('welcomePageTitle');
mountPage(document.getElementById('root')!, <WelcomeApp deps={deps} />, t);
