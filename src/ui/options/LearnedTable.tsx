// The learned chapters in book order: title, size, date learned, and a named
// Forget button each; a line instead while they are read or when there are none.

import type { ChapterRecord } from '../../shared/dataset';
import type { LearnedSummary } from '../../shared/learned';
import { DateText } from '../DateText';
import { inBookOrder, learnedChapterLabel } from './learned-labels';
import type { Translate } from './types';

export interface LearnedListProps {
  learning: boolean;
  /** null while they are read. */
  learned: LearnedSummary[] | null;
  chapters: Record<string, ChapterRecord>;
  busy: boolean;
  locale?: string;
  onForget(chapter: string): void;
  t: Translate;
}

export function LearnedList({ learning, learned, ...rest }: LearnedListProps) {
  const { t } = rest;
  if (learned === null) return <p class="opt-empty">{t('optionsLearnedLoading')}</p>;
  if (learned.length === 0)
    return (
      <p class="opt-empty">{t(learning ? 'optionsLearnedEmpty' : 'optionsLearnedEmptyOff')}</p>
    );
  return (
    <table class="opt-learned">
      <caption class="opt-visually-hidden">{t('optionsLearnedCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('optionsLearnedChapter')}</th>
          <th scope="col" class="opt-num">
            {t('optionsLearnedWords')}
          </th>
          <th scope="col" class="opt-num">
            {t('optionsLearnedParagraphs')}
          </th>
          <th scope="col">{t('optionsLearnedDate')}</th>
          <th scope="col">
            <span class="opt-visually-hidden">{t('optionsLearnedActions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {inBookOrder(learned, rest.chapters).map((c) => (
          <LearnedRow key={c.chapter} summary={c} {...rest} />
        ))}
      </tbody>
    </table>
  );
}

type RowProps = Omit<LearnedListProps, 'learning' | 'learned'> & { summary: LearnedSummary };

function LearnedRow({ summary: c, chapters, busy, locale, onForget, t }: RowProps) {
  const label = learnedChapterLabel(c.chapter, chapters[c.chapter], t);
  const count = (n: number) => n.toLocaleString(locale);
  return (
    <tr data-chapter={c.chapter}>
      <th scope="row" class="opt-learned-chapter">
        {label}
      </th>
      <td class="opt-num" data-words={c.words}>
        {count(c.words)}
      </td>
      <td class="opt-num">{count(c.paragraphs)}</td>
      <td class="opt-learned-date">
        <DateText ms={c.learnedAt} locale={locale} unknown={t('optionsLearnedDateUnknown')} />
      </td>
      <td class="opt-learned-action">
        <button
          type="button"
          class="opt-button opt-button-quiet"
          disabled={busy}
          onClick={() => onForget(c.chapter)}
          aria-label={t('optionsLearnedForgetLabel', [label])}
        >
          {t('optionsLearnedForget')}
        </button>
      </td>
    </tr>
  );
}
