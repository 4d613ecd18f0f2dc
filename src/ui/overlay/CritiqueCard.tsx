// The card beside a recognised passage: the review's paragraphs on it, one
// page per review section (src/shared/grouping.ts: where Trotsky's text
// answers a paragraph, that section and paragraph come first), and the
// review's quotations that point to it. A non-modal dialog: focus is never
// trapped, ←/→ page while focus is inside, Escape closes.

import type { LayerRecord, QuoteCheck, ReviewParagraph } from '../../shared/dataset';
import { cardGroups, type SectionGroup } from '../../shared/grouping';
import { linkOf } from '../../shared/relations';
import { Attribution } from './Attribution';
import { IconButton } from './IconButton';
import { clamp, sectionLabel } from './labels';
import { Pager } from './Pager';
import { ParagraphView } from './ParagraphView';
import { QuoteChecks } from './QuoteChecks';
import type { ReviewInfo, Theme, Translate } from './types';

export interface CritiqueCardProps {
  id: string;
  /** The passage the card is beside: how it bears on each paragraph. */
  passageId: string;
  passageLabel: string | null;
  chapterTitle: string | null;
  paragraphs: ReviewParagraph[];
  quoteChecks: QuoteCheck[];
  layers: LayerRecord[];
  review: ReviewInfo;
  theme: Theme;
  t: Translate;
  page: number;
  onPage(page: number): void;
  onClose(): void;
  onReadSection(section: string): void;
}

/** ←/→ page, Escape closes; unmodified keys only, so browser shortcuts still work. */
function keyHandler(page: number, count: number, onPage: (p: number) => void, onClose: () => void) {
  return (e: KeyboardEvent) => {
    if (e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
    const next = e.key === 'ArrowLeft' ? page - 1 : e.key === 'ArrowRight' ? page + 1 : null;
    if (next !== null && next >= 0 && next < count) onPage(next);
    else if (e.key === 'Escape') onClose();
    else return;
    e.preventDefault();
  };
}

function CardHeader({
  id,
  passageLabel,
  chapterTitle,
  t,
  onClose,
}: Pick<CritiqueCardProps, 'id' | 'passageLabel' | 'chapterTitle' | 't' | 'onClose'>) {
  return (
    <header class="cp-header">
      <div class="cp-header-text">
        <p class="cp-kicker">{t('overlayCardKicker')}</p>
        <h2 id={`${id}-title`} class="cp-title">
          {passageLabel ?? t('overlayUntitledPassage')}
        </h2>
        {chapterTitle && <p class="cp-subtitle">{chapterTitle}</p>}
      </div>
      <IconButton label={t('overlayClose')} glyph="×" onClick={onClose} class="cp-close" />
    </header>
  );
}

/** One section's paragraphs on the passage, the section named once above them. */
function SectionPage({
  id,
  group,
  passageId,
  layers,
  theme,
  t,
}: { id: string; group: SectionGroup } & Pick<
  CritiqueCardProps,
  'passageId' | 'layers' | 'theme' | 't'
>) {
  return (
    <section class="cp-group" data-section={group.section} aria-labelledby={`${id}-section`}>
      <h3 id={`${id}-section`} class="cp-section">
        {sectionLabel(group.section, group.heading, t)}
      </h3>
      {group.paragraphs.map((p, i) => (
        <ParagraphView
          key={p.id}
          paragraph={p}
          layers={layers}
          theme={theme}
          t={t}
          textId={`${id}-text-${i}`}
          link={linkOf(p, passageId)}
        />
      ))}
    </section>
  );
}

export function CritiqueCard(props: CritiqueCardProps) {
  const {
    id,
    passageId,
    paragraphs,
    quoteChecks,
    layers,
    review,
    theme,
    t,
    onPage,
    onClose,
    onReadSection,
  } = props;
  const groups = cardGroups(paragraphs, passageId);
  const page = clamp(props.page, 0, Math.max(groups.length - 1, 0));
  const group = groups[page] as SectionGroup | undefined;
  const first = group?.paragraphs[0];
  // The answer cue, when there is one, is read first: the dialog's description starts with it.
  const describedBy = first
    ? `${linkOf(first, passageId)?.relation === 'answers' ? `${id}-text-0-answers ` : ''}${id}-text-0`
    : `${id}-checks`;
  return (
    <div
      id={id}
      class={`cp-root cp-card cp-theme-${theme}`}
      role="dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={describedBy}
      onKeyDown={keyHandler(page, groups.length, onPage, onClose)}
    >
      <CardHeader {...props} />
      {/* Focusable, so the keyboard can scroll a long paragraph (WCAG 2.1.1); named by the card's title. */}
      <div class="cp-scroll" tabIndex={0} role="group" aria-labelledby={`${id}-title`}>
        {group && (
          <SectionPage
            id={id}
            group={group}
            passageId={passageId}
            layers={layers}
            theme={theme}
            t={t}
          />
        )}
        <QuoteChecks checks={quoteChecks} t={t} headingId={`${id}-checks`} />
      </div>
      {group && (
        <div class="cp-actions">
          <button type="button" class="cp-text-button" onClick={() => onReadSection(group.section)}>
            {t('overlayReadSection')}
          </button>
          <Pager page={page} count={groups.length} onPage={onPage} t={t} />
        </div>
      )}
      <Attribution review={review} t={t} />
    </div>
  );
}
