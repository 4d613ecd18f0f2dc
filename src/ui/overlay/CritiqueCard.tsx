// The card beside a recognised passage: the review's paragraphs on it, one
// page per review section (src/shared/grouping.ts: where Trotsky's text
// answers a paragraph, that section and paragraph come first), and the
// review's quotations that point to it. A non-modal dialog: focus is never
// trapped, ←/→ page while focus is inside, Escape closes.

import type { LayerRecord, QuoteCheck, ReviewParagraph } from '../../shared/dataset';
import { cardGroups, type SectionGroup } from '../../shared/grouping';
import { linkOf } from '../../shared/relations';
import { Attribution, PackAttribution } from './Attribution';
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
  /** Who wrote each pack: a page of a perspective's paragraphs names it, not the review. */
  packs?: readonly { id: string; name: string; attribution: string }[];
  /** "Add your perspective": the note editor on this passage. */
  onAddPerspective?(): void;
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
  perspective,
}: Pick<CritiqueCardProps, 'id' | 'passageLabel' | 'chapterTitle' | 't' | 'onClose'> & {
  /** The page shown is a perspective's, not the review's. */
  perspective: boolean;
}) {
  return (
    <header class="cp-header">
      <div class="cp-header-text">
        <p class="cp-kicker">
          {t(perspective ? 'overlayCardKickerPerspective' : 'overlayCardKicker')}
        </p>
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

/**
 * Below the paragraphs: reading the review's section (not a pack's: it has none), paging, adding
 * one's own perspective, and whose words the page shows.
 */
function CardFooter({
  group,
  page,
  count,
  pack,
  review,
  t,
  onPage,
  onReadSection,
  onAddPerspective,
}: Pick<CritiqueCardProps, 'review' | 't' | 'onPage' | 'onReadSection' | 'onAddPerspective'> & {
  group: SectionGroup | undefined;
  page: number;
  count: number;
  pack: { name: string; attribution: string } | undefined;
}) {
  return (
    <>
      {group && (
        <div class="cp-actions">
          {pack ? (
            <span />
          ) : (
            <button
              type="button"
              class="cp-text-button"
              onClick={() => onReadSection(group.section)}
            >
              {t('overlayReadSection')}
            </button>
          )}
          <Pager page={page} count={count} onPage={onPage} t={t} />
        </div>
      )}
      {onAddPerspective && (
        <button type="button" class="cp-text-button cp-add-perspective" onClick={onAddPerspective}>
          {t('perspectiveAddFromCard')}
        </button>
      )}
      {pack ? <PackAttribution pack={pack} t={t} /> : <Attribution review={review} t={t} />}
    </>
  );
}

/** The page the card shows: its section group, whose pack it is, and what describes the dialog. */
function cardPage(
  { id, passageId, paragraphs, page: asked }: CritiqueCardProps,
  packs: NonNullable<CritiqueCardProps['packs']>,
) {
  const groups = cardGroups(paragraphs, passageId);
  const page = clamp(asked, 0, Math.max(groups.length - 1, 0));
  const group = groups[page] as SectionGroup | undefined;
  const first = group?.paragraphs[0];
  const pack = first?.pack ? packs.find((p) => p.id === first.pack) : undefined;
  // The answer cue, when there is one, is read first: the dialog's description starts with it.
  const describedBy = first
    ? `${linkOf(first, passageId)?.relation === 'answers' ? `${id}-text-0-answers ` : ''}${id}-text-0`
    : `${id}-checks`;
  return { groups, page, group, pack, describedBy };
}

export function CritiqueCard(props: CritiqueCardProps) {
  const {
    id,
    passageId,
    quoteChecks,
    layers,
    review,
    theme,
    t,
    onPage,
    onClose,
    onReadSection,
    packs = [],
    onAddPerspective,
  } = props;
  const { groups, page, group, pack, describedBy } = cardPage(props, packs);
  return (
    <div
      id={id}
      class={`cp-root cp-card cp-theme-${theme}`}
      role="dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={describedBy}
      onKeyDown={keyHandler(page, groups.length, onPage, onClose)}
    >
      <CardHeader {...props} perspective={pack !== undefined} />
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
      <CardFooter
        group={group}
        page={page}
        count={groups.length}
        pack={pack}
        review={review}
        t={t}
        onPage={onPage}
        onReadSection={onReadSection}
        onAddPerspective={onAddPerspective}
      />
    </div>
  );
}
