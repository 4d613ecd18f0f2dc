// The welcome page (first run): what Counterpoint does, where to read the
// History, the reader's sites (the options page's own section, passed in),
// the permissions and why, and what is kept where. Presentational: text in,
// nothing out but links.

import type { ComponentChildren } from 'preact';
import type { IconName } from '../../shared/icons';
import { Icon } from '../Icon';
import type { Translate } from '../overlay/types';
import { HISTORY_LINKS, type PermissionItem } from './model';

export interface WelcomeViewProps {
  t: Translate;
  browser: 'chrome' | 'firefox';
  permissions: PermissionItem[];
  /** The site chooser (SitesSection with its state). */
  sites: ComponentChildren;
}

export function WelcomeView({ t, browser, permissions, sites }: WelcomeViewProps) {
  return (
    <div class="wl-page">
      <Hero t={t} />
      <main class="wl-main">
        <WhatItDoes t={t} browser={browser} />
        <ReadTheHistory t={t} />
        {sites}
        <Permissions t={t} permissions={permissions} />
        <Privacy t={t} />
      </main>
      <footer class="wl-footer">
        <p>{t('welcomeFooter')}</p>
        <a class="opt-button wl-button" href="options.html">
          {t('welcomeOpenOptions')}
        </a>
      </footer>
    </div>
  );
}

function Hero({ t }: { t: Translate }) {
  return (
    <header class="wl-hero" aria-labelledby="welcome-title">
      <div class="wl-brand">
        <img src="icons/icon-48.png" alt="" width={40} height={40} />
        <span>{t('extName')}</span>
      </div>
      <h1 id="welcome-title">{t('welcomeTitle')}</h1>
      <p class="wl-lead">{t('welcomeLead')}</p>
      <figure class="wl-figure">
        <img src="img/welcome-overlay.png" alt={t('welcomeFigureAlt')} width={776} height={512} />
        <figcaption>{t('welcomeFigureCaption')}</figcaption>
      </figure>
    </header>
  );
}

function Block({
  id,
  title,
  intro,
  children,
}: {
  id: string;
  title: string;
  intro?: string;
  children: ComponentChildren;
}) {
  return (
    <section class="opt-section wl-section" id={id} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {intro && <p class="opt-intro">{intro}</p>}
      {children}
    </section>
  );
}

const FEATURES = ['Mark', 'Card', 'Panel', 'Mine'] as const;
const FEATURE_ICONS: Record<(typeof FEATURES)[number], IconName> = {
  Mark: 'underline',
  Card: 'quote',
  Panel: 'panel',
  Mine: 'pen',
};

function WhatItDoes({ t, browser }: { t: Translate; browser: 'chrome' | 'firefox' }) {
  // The side panel is a sidebar in Firefox, opened its own way.
  const text = (f: (typeof FEATURES)[number]) =>
    f === 'Panel'
      ? `welcomeWhatPanelText${browser === 'firefox' ? 'Firefox' : 'Chrome'}`
      : `welcomeWhat${f}Text`;
  return (
    <Block id="what" title={t('welcomeWhatTitle')}>
      <ul class="wl-features">
        {FEATURES.map((f) => (
          <li key={f}>
            <span class="wl-feature-icon" aria-hidden="true">
              <Icon name={FEATURE_ICONS[f]} size={16} />
            </span>
            <div>
              <h3>{t(`welcomeWhat${f}`)}</h3>
              <p>{t(text(f))}</p>
            </div>
          </li>
        ))}
      </ul>
      <p class="opt-hint wl-keys">{t('welcomeWhatKeys')}</p>
    </Block>
  );
}

function ReadTheHistory({ t }: { t: Translate }) {
  return (
    <Block id="read" title={t('welcomeReadTitle')} intro={t('welcomeReadIntro')}>
      <ul class="wl-links">
        {HISTORY_LINKS.map((l) => (
          <li key={l.href}>
            <a href={l.href} target="_blank" rel="noopener noreferrer">
              {t(l.key)}
              <span class="wl-sr-only"> {t('welcomeNewTab')}</span>
            </a>
          </li>
        ))}
      </ul>
    </Block>
  );
}

function Permissions({ t, permissions }: { t: Translate; permissions: PermissionItem[] }) {
  return (
    <Block id="permissions" title={t('welcomePermsTitle')} intro={t('welcomePermsIntro')}>
      <dl class="wl-permissions">
        {permissions.map((p) => (
          <div key={p.id} class="wl-permission" data-permission={p.id}>
            <dt>{t(p.titleKey)}</dt>
            <dd>{t(p.whyKey)}</dd>
          </div>
        ))}
      </dl>
    </Block>
  );
}

function Privacy({ t }: { t: Translate }) {
  return (
    <Block id="privacy" title={t('welcomePrivacyTitle')} intro={t('welcomePrivacyLead')}>
      <ul class="wl-stored">
        <li>{t('welcomePrivacySettings')}</li>
        <li>{t('welcomePrivacyData')}</li>
        <li>{t('welcomePrivacySession')}</li>
      </ul>
      <p class="opt-hint">{t('welcomePrivacyRemove')}</p>
    </Block>
  );
}
