// Sites: the archives Counterpoint reads from install (each can be switched
// off), the reader's own sites (each asks the browser for permission), and
// every site at once.

import { useState } from 'preact/hooks';
import { NoticeLine, Section } from './Section';
import type { BuiltInSite, Notice, ReaderSite, Translate } from './types';

export interface SitesSectionProps {
  builtIn: BuiltInSite[];
  mine: ReaderSite[];
  allSites: boolean;
  notice: Notice | null;
  onToggleBuiltIn(host: string, enabled: boolean): void;
  /** Called from the click (or Enter) itself, so the permission prompt can open. */
  onAddSite(input: string): void;
  onRemoveSite(host: string): void;
  onToggleAllSites(enabled: boolean): void;
  t: Translate;
}

export function SitesSection(props: SitesSectionProps) {
  const { t } = props;
  return (
    <Section id="sites" title={t('optionsSitesTitle')} intro={t('optionsSitesIntro')}>
      <BuiltInSites builtIn={props.builtIn} onToggleBuiltIn={props.onToggleBuiltIn} t={t} />
      <fieldset class="opt-group">
        <legend>{t('optionsSitesMine')}</legend>
        <ReaderSites mine={props.mine} onRemoveSite={props.onRemoveSite} t={t} />
        <AddSiteForm onAddSite={props.onAddSite} t={t} />
      </fieldset>
      <div class="opt-group opt-all-sites">
        <label class="opt-switch">
          <input
            type="checkbox"
            role="switch"
            checked={props.allSites}
            onChange={(e) => props.onToggleAllSites(e.currentTarget.checked)}
            aria-describedby="opt-all-sites-hint"
          />
          <span>{t('optionsSitesAll')}</span>
        </label>
        <p id="opt-all-sites-hint" class="opt-hint">
          {t('optionsSitesAllHint')}
        </p>
      </div>
      <NoticeLine id="opt-sites-notice" notice={props.notice} />
    </Section>
  );
}

function BuiltInSites({
  builtIn,
  onToggleBuiltIn,
  t,
}: Pick<SitesSectionProps, 'builtIn' | 'onToggleBuiltIn' | 't'>) {
  return (
    <fieldset class="opt-group">
      <legend>{t('optionsSitesBuiltIn')}</legend>
      <ul class="opt-list">
        {builtIn.map((s) => (
          <li key={s.host} class="opt-row">
            <label class="opt-switch">
              <input
                type="checkbox"
                role="switch"
                checked={s.enabled}
                onChange={(e) => onToggleBuiltIn(s.host, e.currentTarget.checked)}
              />
              <span class="opt-host">{s.host}</span>
            </label>
            <span class="opt-tag">{s.enabled ? t('optionsOn') : t('optionsOff')}</span>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

function ReaderSites({
  mine,
  onRemoveSite,
  t,
}: Pick<SitesSectionProps, 'mine' | 'onRemoveSite' | 't'>) {
  if (mine.length === 0) return <p class="opt-empty">{t('optionsSitesMineEmpty')}</p>;
  return (
    <ul class="opt-list">
      {mine.map((s) => (
        <li key={s.host} class="opt-row">
          <span class="opt-host">{s.host}</span>
          <span class={`opt-tag${s.permitted ? '' : ' opt-tag-warn'}`}>
            {s.permitted ? t('optionsOn') : t('optionsSitesNoPermission')}
          </span>
          <button
            type="button"
            class="opt-button opt-button-quiet"
            onClick={() => onRemoveSite(s.host)}
            aria-label={t('optionsSitesRemoveLabel', [s.host])}
          >
            {t('optionsRemove')}
          </button>
        </li>
      ))}
    </ul>
  );
}

/** The field a site is typed into; it empties once the site is handed on. */
function AddSiteForm({ onAddSite, t }: Pick<SitesSectionProps, 'onAddSite' | 't'>) {
  const [draft, setDraft] = useState('');
  const add = (e: Event) => {
    e.preventDefault();
    if (draft.trim() === '') return;
    onAddSite(draft);
    setDraft('');
  };
  return (
    <form class="opt-inline-form" onSubmit={add}>
      <label for="opt-add-site">{t('optionsSitesAddLabel')}</label>
      <input
        id="opt-add-site"
        type="text"
        inputMode="url"
        autoComplete="off"
        spellcheck={false}
        placeholder={t('optionsSitesAddPlaceholder')}
        value={draft}
        onInput={(e) => setDraft(e.currentTarget.value)}
        aria-describedby="opt-sites-notice"
      />
      <button type="submit" class="opt-button">
        {t('optionsSitesAdd')}
      </button>
    </form>
  );
}
