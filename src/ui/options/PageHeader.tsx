// The options page's title and its table of contents (a link per section).

import type { Translate } from './types';

/** The sections in page order; each is linked by its id. */
const SECTION_IDS = ['sites', 'detection', 'appearance', 'shortcuts', 'data', 'learned'] as const;

export function OptionsHeader({ t }: { t: Translate }) {
  return (
    <header class="opt-header">
      <img src="icons/icon-48.png" alt="" width={32} height={32} />
      <div>
        <h1>{t('optionsTitle')}</h1>
        <p class="opt-hint">{t('optionsSubtitle')}</p>
      </div>
    </header>
  );
}

export function OptionsNav({ t }: { t: Translate }) {
  return (
    <nav class="opt-nav" aria-label={t('optionsNavLabel')}>
      <ul>
        {SECTION_IDS.map((id) => (
          <li key={id}>
            <a href={`#${id}`}>{t(`optionsNav${id[0].toUpperCase()}${id.slice(1)}`)}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
