// Keyboard shortcuts: the extension's commands and their keys. Keys are
// changed in the browser's own settings; Chrome's page can be opened for the
// reader, Firefox's cannot (extensions may not open about:addons).

import { Section } from './Section';
import type { ShortcutCommand, Translate } from './types';

export interface ShortcutsSectionProps {
  commands: ShortcutCommand[];
  browser: 'chrome' | 'firefox';
  onOpenSettings(): void;
  t: Translate;
}

/** The commands' names as the reader should read them (the toolbar command has no description in the manifest). */
function commandLabel(c: ShortcutCommand, t: Translate): string {
  if (c.name === '_execute_action' || c.name === '_execute_browser_action')
    return t('optionsCommandOpenPopup');
  if (c.name === '_execute_sidebar_action') return t('optionsCommandOpenSidebar');
  return c.description || c.name;
}

export function ShortcutsSection({ commands, browser, onOpenSettings, t }: ShortcutsSectionProps) {
  return (
    <Section id="shortcuts" title={t('optionsShortcutsTitle')}>
      <table class="opt-shortcuts">
        <caption class="opt-caption">{t('optionsShortcutsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('optionsShortcutAction')}</th>
            <th scope="col">{t('optionsShortcutKeys')}</th>
          </tr>
        </thead>
        <tbody>
          {commands.map((c) => (
            <tr key={c.name} data-command={c.name}>
              <th scope="row">{commandLabel(c, t)}</th>
              <td>
                {c.shortcut ? (
                  <kbd>{c.shortcut}</kbd>
                ) : (
                  <span class="opt-empty">{t('optionsShortcutNone')}</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {browser === 'chrome' ? (
        <div class="opt-actions">
          <button type="button" class="opt-button" onClick={onOpenSettings}>
            {t('optionsShortcutsChange')}
          </button>
        </div>
      ) : (
        <p class="opt-hint">{t('optionsShortcutsFirefox')}</p>
      )}
    </Section>
  );
}
