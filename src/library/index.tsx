// Library page entry: the real platform behind the page's dependencies.

import { t } from '../platform/i18n';
import { systemTheme } from '../platform/theme';
import { sendToBackground } from '../platform/messaging';
import { downloadFile } from '../ui/download';
import { LibraryApp, type LibraryDeps } from './app';
import { mountPage } from '../ui/ErrorBoundary';

const deps: LibraryDeps = {
  t,
  call: sendToBackground,
  download: downloadFile,
  readText: (file) => file.text(),
  theme: systemTheme,
  onVisible: (listener) =>
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible') listener();
    }),
  locale: t('@@ui_locale').replace('_', '-'),
};

document.title = t('libraryTitle');
mountPage(document.getElementById('root')!, <LibraryApp deps={deps} />, t);
