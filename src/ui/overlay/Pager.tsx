// "‹ 1 of 3 ›" between a passage's review paragraphs; the status is polite
// live text so a screen reader hears the change after a button press.

import { IconButton } from './IconButton';
import type { Translate } from './types';

export interface PagerProps {
  page: number;
  count: number;
  onPage(page: number): void;
  t: Translate;
}

export function Pager({ page, count, onPage, t }: PagerProps) {
  if (count < 2) return null;
  return (
    <div class="cp-pager" role="group" aria-label={t('overlayPagerLabel')}>
      <IconButton
        label={t('overlayPrevSection')}
        glyph="‹"
        disabled={page <= 0}
        onClick={() => onPage(page - 1)}
      />
      <span class="cp-pager-status" aria-live="polite">
        {t('overlayPageOf', [String(page + 1), String(count)])}
      </span>
      <IconButton
        label={t('overlayNextSection')}
        glyph="›"
        disabled={page >= count - 1}
        onClick={() => onPage(page + 1)}
      />
    </div>
  );
}
