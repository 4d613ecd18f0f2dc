// Options page entry: the real platform behind the page's dependencies.

import { getCommands, openShortcutSettings } from '../platform/commands';
import { onDatasetChanged } from '../platform/dataset-signal';
import { t } from '../platform/i18n';
import { systemTheme } from '../platform/theme';
import { sendToBackground } from '../platform/messaging';
import {
  hasOrigins,
  hostPattern,
  manifestHosts,
  onOriginsChanged,
  removeOrigins,
  requestOrigins,
} from '../platform/permissions';
import { onSettingsChanged, readSettings, updateSettings } from '../platform/settings';
import { OptionsApp } from './app';
import type { OptionsDeps } from './deps';
import { mountPage } from '../ui/ErrorBoundary';

const deps: OptionsDeps = {
  t,
  browser: location.protocol === 'moz-extension:' ? 'firefox' : 'chrome',
  settings: { read: readSettings, update: updateSettings, onChanged: onSettingsChanged },
  call: sendToBackground,
  onDataChanged: onDatasetChanged,
  onVisible: (listener) =>
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible') listener();
    }),
  readText: (file) => file.text(),
  permissions: {
    builtInHosts: manifestHosts,
    origin: hostPattern,
    has: hasOrigins,
    request: requestOrigins,
    remove: removeOrigins,
    onChanged: onOriginsChanged,
  },
  commands: { getAll: getCommands, openSettings: openShortcutSettings },
  theme: systemTheme,
};

document.title = t('optionsTitle');
mountPage(document.getElementById('root')!, <OptionsApp deps={deps} />, t);
