// Critique data: import a pack (.json), the packs imported so far, and a
// reset to the bundled dataset behind a confirmation. The reader's
// highlights are never part of any of this.

import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { PackSummary } from '../../shared/messages';
import { LayerChip } from '../overlay/LayerChip';
import type { Theme } from '../overlay/types';
import { NoticeLine, Section } from './Section';
import type { Notice, Translate } from './types';

export interface DataSectionProps {
  packs: PackSummary[];
  /** The outcome of the last import, removal or reset. */
  notice: Notice | null;
  busy: boolean;
  theme: Theme;
  onImport(file: File): void;
  onRemovePack(id: string): void;
  onReset(): void;
  t: Translate;
}

export function DataSection({ packs, notice, busy, theme, onImport, onRemovePack, onReset, t }: DataSectionProps) {
  const [confirming, setConfirming] = useState(false);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const resetButton = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);
  // A layout effect: the focus moves in the render that removes the button it
  // was on, so it never falls to the body in between.
  useLayoutEffect(() => {
    if (confirming) confirmButton.current?.focus();
    else if (wasConfirming.current) resetButton.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  return (
    <Section id="data" title={t('optionsDataTitle')} intro={t('optionsDataIntro')}>
      <div class="opt-field">
        <label for="opt-pack-file">{t('optionsImportLabel')}</label>
        <input id="opt-pack-file" type="file" accept=".json,application/json" disabled={busy} aria-describedby="opt-pack-hint opt-data-notice"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            if (file) onImport(file);
            e.currentTarget.value = '';
          }} />
        <p id="opt-pack-hint" class="opt-hint">{t('optionsImportHint')}</p>
      </div>
      <NoticeLine id="opt-data-notice" notice={notice} />

      <h3 class="opt-subtitle">{t('optionsPacksTitle')}</h3>
      {packs.length === 0
        ? <p class="opt-empty">{t('optionsPacksEmpty')}</p>
        : (
          <ul class="opt-packs">
            {packs.map((p) => (
              <li key={p.id} class="opt-pack" data-pack={p.id}>
                <div class="opt-pack-head">
                  <span class="opt-pack-name">{p.name}</span>
                  <button type="button" class="opt-button opt-button-quiet" disabled={busy} onClick={() => onRemovePack(p.id)} aria-label={t('optionsPackRemoveLabel', [p.name])}>
                    {t('optionsRemove')}
                  </button>
                </div>
                <p class="opt-hint">{p.attribution}</p>
                <div class="opt-pack-meta">
                  <ul class="cp-chips" aria-label={t('optionsPackLayers')}>
                    {p.layers.map((l) => <li key={l.id}><LayerChip layer={l} theme={theme} /></li>)}
                  </ul>
                  <span class="opt-hint">{t('optionsPackParagraphs', [String(p.paragraphs)])}</span>
                </div>
              </li>
            ))}
          </ul>
        )}

      <h3 class="opt-subtitle">{t('optionsResetTitle')}</h3>
      <p class="opt-hint" id="opt-reset-hint">{t('optionsResetHint')}</p>
      {confirming
        ? (
          <div class="opt-confirm" role="group" aria-labelledby="opt-confirm-text">
            <p id="opt-confirm-text">{t('optionsResetConfirmText')}</p>
            <div class="opt-actions">
              <button type="button" ref={confirmButton} class="opt-button opt-button-danger" disabled={busy}
                onClick={() => { setConfirming(false); onReset(); }}>{t('optionsResetConfirm')}</button>
              <button type="button" class="opt-button opt-button-quiet" onClick={() => setConfirming(false)}>{t('optionsCancel')}</button>
            </div>
          </div>
        )
        : (
          <div class="opt-actions">
            <button type="button" ref={resetButton} class="opt-button opt-button-quiet" disabled={busy} aria-describedby="opt-reset-hint" onClick={() => setConfirming(true)}>
              {t('optionsReset')}
            </button>
          </div>
        )}
    </Section>
  );
}
