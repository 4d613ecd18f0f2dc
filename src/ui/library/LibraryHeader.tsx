// The page's heading: the extension's icon, the title and what the page is for.

import type { Translate } from '../overlay/types';

export function LibraryHeader({ t }: { t: Translate }) {
  return (
    <header class="lib-header">
      <img src="icons/icon-48.png" alt="" width={32} height={32} />
      <div>
        <h1>{t('libraryTitle')}</h1>
        <p class="lib-hint">{t('librarySubtitle')}</p>
      </div>
    </header>
  );
}
