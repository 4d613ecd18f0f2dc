// One review paragraph, verbatim, with its section, stance and themes.

import type { LayerRecord, ReviewParagraph } from '../../shared/dataset';
import { LayerChips } from './LayerChip';
import { sectionLabel, stanceLayers, themeLayers } from './labels';
import type { Theme, Translate } from './types';

export interface ParagraphViewProps {
  paragraph: ReviewParagraph;
  layers: LayerRecord[];
  theme: Theme;
  t: Translate;
  textId: string;
}

export function ParagraphView({ paragraph, layers, theme, t, textId }: ParagraphViewProps) {
  return (
    <article class="cp-para" data-paragraph={paragraph.id}>
      <div class="cp-para-meta">
        <LayerChips layers={stanceLayers(paragraph.stance, layers)} theme={theme} label={t('overlayStanceLabel')} strong />
        <span class="cp-section">{sectionLabel(paragraph.section, paragraph.sectionHeading, t)}</span>
      </div>
      <p id={textId} class="cp-para-text">{paragraph.text}</p>
      <LayerChips layers={themeLayers(paragraph.themes, layers)} theme={theme} label={t('overlayThemesLabel')} />
    </article>
  );
}
