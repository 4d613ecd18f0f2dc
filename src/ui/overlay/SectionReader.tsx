// A whole section of the review, read inside the overlay: every paragraph
// verbatim and in order, those placed on the current passage marked.

import { useEffect, useRef } from 'preact/hooks';
import type { ChapterSection } from '../../shared/messages';
import { Attribution } from './Attribution';
import { IconButton } from './IconButton';
import { sectionLabel } from './labels';
import type { ReviewInfo, Theme, Translate } from './types';

export interface SectionReaderProps {
  section: ChapterSection;
  review: ReviewInfo;
  theme: Theme;
  t: Translate;
  onClose(): void;
  highlightParagraphs?: string[];
}

/** Anchor id of a review paragraph inside the reader (ids like "IV.2" are valid HTML ids). */
export const paragraphAnchor = (paragraphId: string) => `cp-para-${paragraphId}`;

/** Scrolls the reader's own box (never the page) to the first marked paragraph. */
function useScrollToMarked(first: string | undefined) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const children = Array.from(box.current?.children ?? []) as HTMLElement[];
    const el = children.find((c) => c.dataset.paragraph === first);
    if (box.current && el) box.current.scrollTop = el.offsetTop - box.current.offsetTop - 8;
  }, [first]);
  return box;
}

export function SectionReader({
  section,
  review,
  theme,
  t,
  onClose,
  highlightParagraphs = [],
}: SectionReaderProps) {
  const marked = new Set(highlightParagraphs);
  const headingId = `cp-reader-${section.section}`;
  const box = useScrollToMarked(section.paragraphs.find((p) => marked.has(p.id))?.id);
  return (
    <div class={`cp-root cp-reader cp-theme-${theme}`} role="dialog" aria-labelledby={headingId}>
      <header class="cp-header">
        <div class="cp-header-text">
          <p class="cp-kicker">{t('overlayReaderKicker')}</p>
          <h2 id={headingId} class="cp-title">
            {sectionLabel(section.section, section.heading, t)}
          </h2>
        </div>
        <IconButton label={t('overlayClose')} glyph="×" onClick={onClose} class="cp-close" />
      </header>
      <div class="cp-scroll" ref={box} tabIndex={0} aria-labelledby={headingId}>
        {section.paragraphs.map((p) => (
          <p
            key={p.id}
            id={paragraphAnchor(p.id)}
            data-paragraph={p.id}
            class={marked.has(p.id) ? 'cp-reader-para cp-marked' : 'cp-reader-para'}
          >
            {marked.has(p.id) && <span class="cp-sr-only">{t('overlayMarkedParagraph')} </span>}
            {p.text}
          </p>
        ))}
      </div>
      <Attribution review={review} t={t} />
    </div>
  );
}
