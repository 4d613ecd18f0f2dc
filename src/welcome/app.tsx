// The welcome page, opened once on install: the presentational page of
// src/ui/welcome with the options page's site chooser in it. Everything
// outside the page comes through `deps`, so tests run it with fakes.

import { useMemo } from 'preact/hooks';
import { SitesSection, useSiteChoices, type SiteChoiceDeps, type Translate } from '../ui/options';
import { permissionItems, WelcomeView } from '../ui/welcome';

export interface WelcomeDeps extends SiteChoiceDeps {
  browser: 'chrome' | 'firefox';
  access(): { permissions: string[]; optionalHosts: string[] };
}

/** The options page's sites section, titled for a first visit. */
const SITE_TEXT_ON_WELCOME: Record<string, string> = {
  optionsSitesTitle: 'welcomeSitesTitle',
  optionsSitesIntro: 'welcomeSitesIntro',
};

export function WelcomeApp({ deps }: { deps: WelcomeDeps }) {
  const { t } = deps;
  const sites = useSiteChoices(deps);
  const permissions = useMemo(() => permissionItems(deps.access()), [deps]);
  const siteText: Translate = useMemo(
    () => (key, subs) => t(SITE_TEXT_ON_WELCOME[key] ?? key, subs),
    [t],
  );
  return (
    <WelcomeView
      t={t}
      browser={deps.browser}
      permissions={permissions}
      sites={<SitesSection {...sites} t={siteText} />}
    />
  );
}
