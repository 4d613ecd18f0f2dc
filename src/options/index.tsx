// Options page entry: the real platform behind the page's dependencies.

import { getCommands, openShortcutSettings } from '../platform/commands';
import { onDatasetChanged } from '../platform/dataset-signal';
import { t } from '../platform/i18n';
import { sendToBackground } from '../platform/messaging';
import { hasOrigins, hostPattern, manifestHosts, onOriginsChanged, removeOrigins, requestOrigins } from '../platform/permissions';
import { onSettingsChanged, readSettings, updateSettings } from '../platform/settings';
import { OptionsApp, type OptionsDeps } from './app';
import { mountPage } from '../ui/ErrorBoundary';

const dark = matchMedia('(prefers-color-scheme: dark)');

const deps: OptionsDeps = {
  t,
  browser: location.protocol === 'moz-extension:' ? 'firefox' : 'chrome',
  settings: { read: readSettings, update: updateSettings, onChanged: onSettingsChanged },
  call: sendToBackground,
  onDataChanged: onDatasetChanged,
  permissions: {
    builtInHosts: manifestHosts, origin: hostPattern, has: hasOrigins, request: requestOrigins, remove: removeOrigins, onChanged: onOriginsChanged,
  },
  commands: { getAll: getCommands, openSettings: openShortcutSettings },
  theme: {
    current: () => (dark.matches ? 'dark' : 'light'),
    onChanged: (listener) => dark.addEventListener('change', () => listener(dark.matches ? 'dark' : 'light')),
  },
};

document.title = t('optionsTitle');
mountPage(document.getElementById('root')!, <OptionsApp deps={deps} />, t);
