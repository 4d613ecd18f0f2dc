// Library page entry: the real platform behind the page's dependencies.

import { render } from 'preact';
import { t } from '../platform/i18n';
import { sendToBackground } from '../platform/messaging';
import type { ExportFile } from '../shared/highlights';
import { LibraryApp, type LibraryDeps } from './app';

const dark = matchMedia('(prefers-color-scheme: dark)');

function download(file: ExportFile): void {
  const url = URL.createObjectURL(new Blob([file.text], { type: file.mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = file.filename;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // Long enough for the browser to start the download.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

const deps: LibraryDeps = {
  t,
  call: sendToBackground,
  download,
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
