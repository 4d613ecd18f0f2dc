// The options page: one hook per section (its state and actions, in this
// folder), each wired to its presentational section of src/ui/options.
// Everything it reaches outside the page comes through `deps`, so tests run it with fakes.

import {
  DataSection,
  LearnedSection,
  OptionsHeader,
  OptionsNav,
  AppearanceSection,
  ShortcutsSection,
  SitesSection,
  ThresholdsSection,
  useSiteChoices,
} from '../ui/options';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { useTheme } from '../ui/theme';
import type { OptionsDeps } from './deps';
import { useAppearance } from './useAppearance';
import { useLearned } from './useLearned';
import { usePacks } from './usePacks';
import { useSettings } from '../ui/use-settings';
import { useShortcuts } from './useShortcuts';
import { useThresholds } from './useThresholds';

export type { DownloadFile, OptionsDeps } from './deps';
export { PREVIEW_DELAY_MS, RESCAN_SETTLE_MS, THRESHOLD_WRITE_DELAY_MS } from './useThresholds';

export function OptionsApp({ deps }: { deps: OptionsDeps }) {
  const { t } = deps;
  const theme = useTheme(deps.theme);
  const settings = useSettings(deps.settings);
  // The sites hook reads and follows the settings itself (the welcome page uses it alone).
  const sites = useSiteChoices(deps);
  const thresholds = useThresholds(deps.call, settings);
  const appearance = useAppearance(settings);
  const shortcuts = useShortcuts(deps);
  const { layers, reload: reloadData, ...data } = usePacks(deps);
  const { reload: reloadLearned, ...learned } = useLearned(deps, settings);
  return (
    <div class="opt-page">
      <OptionsHeader t={t} />
      <OptionsNav t={t} />
      <main class="opt-main" aria-busy={settings.current === null || !sites.ready}>
        {/* Each section fails alone: the others stay usable. */}
        <ErrorBoundary t={t}>
          <SitesSection {...sites} t={t} />
        </ErrorBoundary>
        <ErrorBoundary t={t}>
          <ThresholdsSection {...thresholds} t={t} />
        </ErrorBoundary>
        <ErrorBoundary t={t}>
          <AppearanceSection {...appearance} layers={layers} theme={theme} t={t} />
        </ErrorBoundary>
        <ErrorBoundary t={t}>
          <ShortcutsSection {...shortcuts} t={t} />
        </ErrorBoundary>
        <ErrorBoundary t={t} onReload={reloadData}>
          <DataSection {...data} theme={theme} t={t} />
        </ErrorBoundary>
        <ErrorBoundary t={t} onReload={reloadLearned}>
          <LearnedSection {...learned} t={t} />
        </ErrorBoundary>
      </main>
    </div>
  );
}
