// A slim, dismissible banner naming the recognised chapter and the review's
// sections that speak to it. The caller places it (e.g. fixed at the top).

import { Icon } from '../Icon';
import type { ChapterRecord } from '../../shared/dataset';
import type { ChapterSection } from '../../shared/messages';
import { IconButton } from './IconButton';
import { chapterLine, sectionLabel } from './labels';
import type { Theme, Translate } from './types';

export interface ChapterBannerProps {
  chapter: ChapterRecord;
  sections: ChapterSection[];
  theme: Theme;
  t: Translate;
  onDismiss(): void;
  onOpenSection(section: string): void;
  onMinimise?(): void;
}

function SectionButtons({
  sections,
  t,
  onOpenSection,
}: Pick<ChapterBannerProps, 'sections' | 't' | 'onOpenSection'>) {
  if (sections.length === 0)
    return <span class="cp-banner-none">{t('overlayBannerNoSections')}</span>;
  return (
    <span class="cp-banner-sections">
      <span class="cp-banner-lead">{t('overlayBannerSections')}</span>
      {sections.map((s) => {
        // The pill names a numbered section by its number, so the banner stays one line; the full heading is its accessible name and tooltip.
        const full = sectionLabel(s.section, s.heading, t);
        return (
          <button
            key={s.section}
            type="button"
            class="cp-pill"
            title={full}
            aria-label={full}
            onClick={() => onOpenSection(s.section)}
          >
            {/^[IVX]+$/.test(s.section) ? `§${s.section}` : s.heading}
          </button>
        );
      })}
    </span>
  );
}

export function ChapterBanner({
  chapter,
  sections,
  theme,
  t,
  onDismiss,
  onOpenSection,
  onMinimise,
}: ChapterBannerProps) {
  return (
    <div
      class={`cp-root cp-banner cp-theme-${theme}`}
      role="region"
      aria-label={t('overlayBannerLabel')}
    >
      <span class="cp-banner-head">
        <Icon class="cp-banner-mark" name="quote" size={18} />
        <p class="cp-banner-chapter">
          <strong>{t('overlayBannerRecognised')}</strong> {chapterLine(chapter, t)}
        </p>
      </span>
      <SectionButtons sections={sections} t={t} onOpenSection={onOpenSection} />
      <span class="cp-banner-controls">
        {onMinimise && <IconButton label={t('overlayMinimise')} glyph="–" onClick={onMinimise} />}
        <IconButton label={t('overlayDismissBanner')} glyph="×" onClick={onDismiss} />
      </span>
    </div>
  );
}
