// A card's first line: its anchoring status (always shown, with why when it
// is not anchored), its chapter, and the date it was made.

import type { ChapterRecord } from '../../shared/dataset';
import type { Highlight } from '../../shared/highlights';
import { DateText } from '../DateText';
import { chapterLine } from '../overlay/labels';
import type { Translate } from '../overlay/types';

const STATUS_KEYS = {
  anchored: 'libraryStatusAnchored',
  uncertain: 'libraryStatusUncertain',
  orphaned: 'libraryStatusOrphaned',
} as const;
const STATUS_HINTS = {
  anchored: 'libraryStatusAnchoredHint',
  uncertain: 'libraryStatusUncertainHint',
  orphaned: 'libraryStatusOrphanedHint',
} as const;

export interface CardHeadProps {
  highlight: Highlight;
  chapter: ChapterRecord | null;
  t: Translate;
  locale?: string;
}

export function CardHead({ highlight: h, chapter, t, locale }: CardHeadProps) {
  return (
    <>
      <header class="lib-card-head">
        <span class={`lib-status lib-status-${h.status}`} title={t(STATUS_HINTS[h.status])}>
          <span aria-hidden="true" class="lib-status-dot" />
          {t(STATUS_KEYS[h.status])}
        </span>
        {chapter && <span class="lib-chapter">{chapterLine(chapter, t)}</span>}
        <DateText
          class="lib-date"
          ms={h.created}
          locale={locale}
          unknown={t('libraryDateUnknown')}
        />
      </header>
      {h.status !== 'anchored' && <p class="lib-status-hint">{t(STATUS_HINTS[h.status])}</p>}
    </>
  );
}
