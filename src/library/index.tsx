// Library page entry: the real platform behind the page's dependencies.

import { render } from 'preact';
import { t } from '../platform/i18n';
import { sendToBackground } from '../platform/messaging';
import { downloadFile } from '../ui/download';
import { LibraryApp, type LibraryDeps } from './app';

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
render(<LibraryApp deps={deps} />, document.getElementById('root')!);
