// The page's detections in reading order: label, chapter, layer chips and the
// critique's first words. Choosing an entry opens it on the page; ↑/↓, Home
// and End move between entries.

import { LayerChips } from '../overlay/LayerChip';
import type { Theme, Translate } from '../overlay/types';
import { Excerpt } from './Excerpt';
import type { PanelEntry } from './model';

export interface PassageListProps {
  entries: PanelEntry[];
  theme: Theme;
  t: Translate;
  onOpen(index: number): void;
  onReadChapter(chapterId: string): void;
}

const NAV: Record<string, (i: number, n: number) => number> = {
  ArrowDown: (i, n) => Math.min(i + 1, n - 1),
  ArrowUp: (i) => Math.max(i - 1, 0),
  Home: () => 0,
  End: (_i, n) => n - 1,
};

function moveFocus(e: KeyboardEvent) {
  const move = NAV[e.key];
  const target = e.target as HTMLElement;
  if (!move || e.altKey || e.ctrlKey || e.metaKey || !target.classList.contains('sp-entry-button'))
    return;
  const list = target.closest('ol');
  const buttons = Array.from(list?.querySelectorAll<HTMLButtonElement>('.sp-entry-button') ?? []);
  const next = buttons[move(buttons.indexOf(target as HTMLButtonElement), buttons.length)];
  if (next) {
    e.preventDefault();
    next.focus();
  }
}

function Entry({
  entry,
  theme,
  t,
  onOpen,
  onReadChapter,
}: { entry: PanelEntry } & Omit<PassageListProps, 'entries'>) {
  const id = `sp-entry-${entry.index}`;
  const opening = entry.passageId === null;
  const act = () =>
    opening ? entry.chapterId && onReadChapter(entry.chapterId) : onOpen(entry.index);
  return (
    <li
      class={`sp-entry${opening ? ' sp-entry-opening' : ''}`}
      data-entry={entry.index}
      data-passage={entry.passageId ?? ''}
    >
      <div class="sp-entry-head">
        <span class="sp-num" aria-hidden="true">
          {entry.number ?? '¶'}
        </span>
        <div class="sp-entry-titles">
          <button
            type="button"
            id={id}
            class="sp-entry-button"
            onClick={act}
            aria-describedby={entry.chapterLine ? `${id}-chapter` : undefined}
          >
            <span class="sp-entry-label">{entry.label}</span>
            <span class="cp-sr-only">
              {' '}
              — {opening ? t('panelReadChapter') : t('panelShowOnPage')}
            </span>
          </button>
          {entry.chapterLine && (
            <p id={`${id}-chapter`} class="sp-entry-chapter">
              {entry.chapterLine}
            </p>
          )}
        </div>
      </div>
      <LayerChips layers={entry.layers} theme={theme} label={t('panelLayersLabel')} />
      {entry.excerpt ? (
        <Excerpt key={entry.excerpt.id} id={`${id}-excerpt`} text={entry.excerpt.text} t={t} />
      ) : (
        <p class="sp-note">{opening ? t('panelOpeningNote') : t('panelNoCritique')}</p>
      )}
      {entry.paragraphs > 1 && (
        <p class="sp-note">{t('panelMoreParagraphs', [String(entry.paragraphs - 1)])}</p>
      )}
    </li>
  );
}

export function PassageList({ entries, ...rest }: PassageListProps) {
  return (
    <ol class="sp-list" aria-label={rest.t('panelListLabel')} onKeyDown={moveFocus}>
      {entries.map((e) => (
        <Entry key={`${e.index}:${e.passageId ?? e.chapterId}`} entry={e} {...rest} />
      ))}
    </ol>
  );
}
