// One review paragraph in the panel: stance and themes, the text verbatim
// (search words marked), and where it is placed.

import type { PageReport } from '../../shared/messages';
import type { ReviewParagraph } from '../../shared/dataset';
import { LayerChips } from '../overlay/LayerChip';
import { sectionLabel, stanceLayers, themeLayers } from '../overlay/labels';
import type { Theme, Translate } from '../overlay/types';
import { markRuns, placementsOf, type Catalog } from './model';
import { PlacementLinks } from './PlacementLinks';

export interface ReviewParagraphItemProps {
  paragraph: ReviewParagraph;
  catalog: Catalog;
  report: PageReport | null;
  /** The chapter the view is about: its passages are named without the chapter's title. */
  contextChapter: string | null;
  theme: Theme;
  t: Translate;
  onOpen(index: number): void;
  /** Search words to mark in the text. */
  words?: string[];
  /** Show the section above the text (search results). */
  showSection?: boolean;
}

export function ReviewParagraphItem({
  paragraph,
  catalog,
  report,
  contextChapter,
  theme,
  t,
  onOpen,
  words = [],
  showSection,
}: ReviewParagraphItemProps) {
  const id = `sp-para-${paragraph.id.replace(/[^\w-]/g, '_')}`;
  const { passages, chapters } = placementsOf(paragraph, catalog, report, contextChapter, t);
  return (
    <article class="sp-para" data-paragraph={paragraph.id} aria-labelledby={`${id}-ref`}>
      {showSection && (
        <p id={`${id}-ref`} class="sp-para-section">
          {sectionLabel(paragraph.section, paragraph.sectionHeading, t)}
        </p>
      )}
      <div class="sp-para-meta">
        <LayerChips
          layers={stanceLayers(paragraph.stance, [...catalog.layers])}
          theme={theme}
          label={t('overlayStanceLabel')}
          strong
        />
        <span id={showSection ? undefined : `${id}-ref`} class="sp-para-ref">
          {t('panelParagraphRef', [paragraph.id])}
        </span>
      </div>
      <p class="sp-para-text">
        {markRuns(paragraph.text, words).map((r, i) =>
          r.marked ? <mark key={i}>{r.text}</mark> : r.text,
        )}
      </p>
      <LayerChips
        layers={themeLayers(paragraph.themes, [...catalog.layers])}
        theme={theme}
        label={t('overlayThemesLabel')}
      />
      <PlacementLinks id={id} passages={passages} chapters={chapters} t={t} onOpen={onOpen} />
    </article>
  );
}
