// Library page entry: the real platform behind the page's dependencies.

import { t } from '../platform/i18n';
import { sendToBackground } from '../platform/messaging';
import { downloadFile } from '../ui/download';
import { LibraryApp, type LibraryDeps } from './app';
import { mountPage } from '../ui/ErrorBoundary';

const dark = matchMedia('(prefers-color-scheme: dark)');

const deps: LibraryDeps = {
  t,
  call: sendToBackground,
  download: downloadFile,
  readText: (file) => file.text(),
  theme: {
    current: () => (dark.matches ? 'dark' : 'light'),
    onChanged: (listener) => dark.addEventListener('change', () => listener(dark.matches ? 'dark' : 'light')),
  },
  onVisible: (listener) => document.addEventListener('visibilitychange', () => { if (document.visibilityState === 'visible') listener(); }),
  locale: t('@@ui_locale').replace('_', '-'),
};

document.title = t('libraryTitle');
mountPage(document.getElementById('root')!, <LibraryApp deps={deps} />, t);
