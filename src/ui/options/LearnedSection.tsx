// Learned chapters: whether the browser learns the chapters the reader opens
// on marxists.org (fingerprints only, never text), which chapters it has
// learned, forgetting one or all (all behind a confirmation), and carrying
// them to another browser as a file.

import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { ChapterRecord } from '../../shared/dataset';
import type { LearnedSummary } from '../../shared/learned';
import { DateText } from '../DateText';
import { chapterLine } from '../overlay/labels';
import { NoticeLine, Section } from './Section';
import type { Notice, Translate } from './types';

export interface LearnedSectionProps {
  /** Learning on or off (the `learning` setting). */
  learning: boolean;
  /** The learned chapters; null while they are read. */
  learned: LearnedSummary[] | null;
  /** Chapter records by id, for their titles; a chapter without one shows its id. */
  chapters: Record<string, ChapterRecord>;
  /** The outcome of the last forget, export or import. */
  notice: Notice | null;
  busy: boolean;
  /** For the dates and numbers; the browser's own when absent. */
  locale?: string;
  onToggleLearning(on: boolean): void;
  onForget(chapter: string): void;
  onForgetAll(): void;
  onExport(): void;
  onImport(file: File): void;
  t: Translate;
}

/** The chapter as every page writes it ("Vol. II · Chapter 26 · Title"), the id when unknown. */
export function learnedChapterLabel(id: string, chapter: ChapterRecord | undefined, t: Translate): string {
  return chapter ? chapterLine(chapter, t) : id;
}

/** counterpoint-learned-YYYY-MM-DD.json, the reader's local date. */
export function learnedFileName(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `counterpoint-learned-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
}

/** Book order: by volume, then chapter number (front and back matter after the chapters), then id; unknown chapters last. */
export function inBookOrder(learned: LearnedSummary[], chapters: Record<string, ChapterRecord>): LearnedSummary[] {
  const key = (id: string): [number, number, string] => {
    const c = chapters[id];
    return [c?.volume ?? Infinity, c?.number ?? Infinity, id];
  };
  return [...learned].sort((a, b) => {
    const [x, y] = [key(a.chapter), key(b.chapter)];
    return x[0] - y[0] || x[1] - y[1] || (x[2] < y[2] ? -1 : x[2] > y[2] ? 1 : 0);
  });
}

export function LearnedSection(props: LearnedSectionProps) {
  const { learning, learned, chapters, notice, busy, locale, t } = props;
  const [confirming, setConfirming] = useState(false);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const forgetAllButton = useRef<HTMLButtonElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const wasConfirming = useRef(false);
  // A layout effect: the focus moves in the render that removes the button it
  // was on, so it never falls to the body in between.
  useLayoutEffect(() => {
    if (confirming) confirmButton.current?.focus();
    else if (wasConfirming.current) forgetAllButton.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  const count = (n: number) => n.toLocaleString(locale);
  const none = learned !== null && learned.length === 0;

  return (
    <Section id="learned" title={t('optionsLearnedTitle')} intro={t('optionsLearnedIntro')}>
      <div class="opt-group opt-all-sites">
        <label class="opt-switch">
          <input type="checkbox" role="switch" checked={learning} onChange={(e) => props.onToggleLearning(e.currentTarget.checked)} aria-describedby="opt-learning-hint" />
          <span>{t('optionsLearnedSwitch')}</span>
        </label>
        <p id="opt-learning-hint" class="opt-hint">{t('optionsLearnedSwitchHint')}</p>
      </div>

      <h3 class="opt-subtitle" id="opt-learned-list-title">{t('optionsLearnedListTitle')}</h3>
      {learned === null
        ? <p class="opt-empty">{t('optionsLearnedLoading')}</p>
        : none
          ? <p class="opt-empty">{t(learning ? 'optionsLearnedEmpty' : 'optionsLearnedEmptyOff')}</p>
          : (
            <table class="opt-learned">
              <caption class="opt-visually-hidden">{t('optionsLearnedCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('optionsLearnedChapter')}</th>
                  <th scope="col" class="opt-num">{t('optionsLearnedWords')}</th>
                  <th scope="col" class="opt-num">{t('optionsLearnedParagraphs')}</th>
                  <th scope="col">{t('optionsLearnedDate')}</th>
                  <th scope="col"><span class="opt-visually-hidden">{t('optionsLearnedActions')}</span></th>
                </tr>
              </thead>
              <tbody>
                {inBookOrder(learned, chapters).map((c) => {
                  const label = learnedChapterLabel(c.chapter, chapters[c.chapter], t);
                  return (
                    <tr key={c.chapter} data-chapter={c.chapter}>
                      <th scope="row" class="opt-learned-chapter">{label}</th>
                      <td class="opt-num" data-words={c.words}>{count(c.words)}</td>
                      <td class="opt-num">{count(c.paragraphs)}</td>
                      <td class="opt-learned-date"><DateText ms={c.learnedAt} locale={locale} unknown={t('optionsLearnedDateUnknown')} /></td>
                      <td class="opt-learned-action">
                        <button type="button" class="opt-button opt-button-quiet" disabled={busy} onClick={() => props.onForget(c.chapter)}
                          aria-label={t('optionsLearnedForgetLabel', [label])}>
                          {t('optionsLearnedForget')}
                        </button>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          )}

      {confirming
        ? (
          <div class="opt-confirm opt-learned-confirm" role="group" aria-labelledby="opt-learned-confirm-text">
            <p id="opt-learned-confirm-text">{t('optionsLearnedForgetAllConfirmText')}</p>
            <div class="opt-actions">
              <button type="button" ref={confirmButton} class="opt-button opt-button-danger" disabled={busy}
                onClick={() => { setConfirming(false); props.onForgetAll(); }}>{t('optionsLearnedForgetAllConfirm')}</button>
              <button type="button" class="opt-button opt-button-quiet" onClick={() => setConfirming(false)}>{t('optionsCancel')}</button>
            </div>
          </div>
        )
        : (
          <div class="opt-actions">
            <button type="button" class="opt-button opt-button-quiet" disabled={busy || learned === null || none} onClick={props.onExport}
              aria-describedby="opt-learned-transfer-hint">
              {t('optionsLearnedExport')}
            </button>
            <button type="button" class="opt-button opt-button-quiet" disabled={busy} onClick={() => fileInput.current?.click()}
              aria-describedby="opt-learned-transfer-hint">
              {t('optionsLearnedImport')}
            </button>
            <button type="button" ref={forgetAllButton} class="opt-button opt-button-quiet opt-push-end" disabled={busy || learned === null || none}
              onClick={() => setConfirming(true)}>
              {t('optionsLearnedForgetAll')}
            </button>
          </div>
        )}
      {/* The file chooser behind "Import…": out of the Tab order, labelled for assistive technology. */}
      <input ref={fileInput} id="opt-learned-file" type="file" accept=".json,application/json" hidden tabIndex={-1}
        aria-label={t('optionsLearnedImportLabel')}
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          if (file) props.onImport(file);
          e.currentTarget.value = '';
        }} />
      <p id="opt-learned-transfer-hint" class="opt-hint opt-learned-hint">{t('optionsLearnedTransferHint')}</p>
      <NoticeLine id="opt-learned-notice" notice={notice} />
    </Section>
  );
}
