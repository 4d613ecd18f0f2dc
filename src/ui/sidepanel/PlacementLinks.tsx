// Under a review paragraph: the passages and chapters it is placed on. A
// passage on the current page opens there; a chapter opens on marxists.org.

import { Icon } from '../Icon';
import type { Translate } from '../overlay/types';
import type { ChapterLink, PassageLink } from './model';

export interface PlacementLinksProps {
  id: string;
  passages: PassageLink[];
  chapters: ChapterLink[];
  t: Translate;
  onOpen(index: number): void;
}

function PassageItem({
  link,
  t,
  onOpen,
}: {
  link: PassageLink;
  t: Translate;
  onOpen(index: number): void;
}) {
  if (link.index === null)
    return (
      <li>
        <span class="sp-place sp-place-off" data-passage={link.id}>
          {link.label}
        </span>
      </li>
    );
  const index = link.index;
  return (
    <li>
      <button
        type="button"
        class="sp-place sp-place-here"
        data-passage={link.id}
        onClick={() => onOpen(index)}
      >
        <Icon class="sp-place-dot" name="dot" size={10} />
        {link.label}
        <span class="cp-sr-only"> {t('panelOnThisPage')}</span>
      </button>
    </li>
  );
}

export function PlacementLinks({ id, passages, chapters, t, onOpen }: PlacementLinksProps) {
  if (passages.length === 0 && chapters.length === 0) return null;
  return (
    <div class="sp-placed">
      {passages.length > 0 && (
        <div class="sp-placed-row">
          <span class="sp-placed-label" id={`${id}-passages`}>
            {t('panelPlacedPassages')}
          </span>
          <ul class="sp-places" aria-labelledby={`${id}-passages`}>
            {passages.map((p) => (
              <PassageItem key={p.id} link={p} t={t} onOpen={onOpen} />
            ))}
          </ul>
        </div>
      )}
      {chapters.length > 0 && (
        <div class="sp-placed-row">
          <span class="sp-placed-label" id={`${id}-chapters`}>
            {t('panelPlacedChapters')}
          </span>
          <ul class="sp-places" aria-labelledby={`${id}-chapters`}>
            {chapters.map((c) => (
              <li key={c.id}>
                {c.url ? (
                  <a
                    class="sp-place sp-place-chapter"
                    data-chapter={c.id}
                    href={c.url}
                    target="_blank"
                    rel="noopener noreferrer"
                  >
                    {c.label}
                    <span class="cp-sr-only"> {t('overlayOpensNewTab')}</span>
                  </a>
                ) : (
                  <span class="sp-place sp-place-off" data-chapter={c.id}>
                    {c.label}
                  </span>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
