// One review paragraph on a card, verbatim, with its stance and themes (the
// card names its section once above it); how the passage bears on it: first,
// plainly, when Trotsky's text here answers the critique, and the editors'
// one-sentence reason for the link, marked as ours (never the review's or
// Trotsky's words).

import type { LayerRecord, PassageLink, ReviewParagraph } from '../../shared/dataset';
import { LayerChips } from './LayerChip';
import { layerStyle, stanceLayers, themeLayers } from './labels';
import type { Theme, Translate } from './types';

export interface ParagraphViewProps {
  paragraph: ReviewParagraph;
  layers: LayerRecord[];
  theme: Theme;
  t: Translate;
  textId: string;
  /** How the card's passage bears on this paragraph, when the dataset says. */
  link?: PassageLink | null;
}

function AnswersCue({
  id,
  layers,
  theme,
  t,
}: {
  id: string;
  layers: LayerRecord[];
  theme: Theme;
  t: Translate;
}) {
  const layer = layers.find((l) => l.id === 'answers');
  return (
    <p class="cp-answers" id={id} style={layer ? layerStyle(layer.color, theme) : undefined}>
      {t('overlayAnswersCue')}
    </p>
  );
}

/** A perspective's own themes: those no bundled theme layer shows as a chip. */
const ownThemes = (themes: string[], layers: LayerRecord[]) =>
  themes.filter((name) => !layers.some((l) => l.id === `theme:${name}`));

export function ParagraphView({
  paragraph,
  layers,
  theme,
  t,
  textId,
  link = null,
}: ParagraphViewProps) {
  return (
    <article class="cp-para" data-paragraph={paragraph.id} data-relation={link?.relation}>
      {link?.relation === 'answers' && (
        <AnswersCue id={`${textId}-answers`} layers={layers} theme={theme} t={t} />
      )}
      <div class="cp-para-meta">
        <LayerChips
          layers={stanceLayers(paragraph.stance, layers)}
          theme={theme}
          label={t('overlayStanceLabel')}
          strong
        />
      </div>
      {paragraph.heading && <h3 class="cp-para-heading">{paragraph.heading}</h3>}
      {/* A pack's Markdown is shown as typed (text, its line breaks kept): packs are data, never markup. */}
      <p id={textId} class={paragraph.pack ? 'cp-para-text cp-para-pack' : 'cp-para-text'}>
        {paragraph.text}
      </p>
      {link && (
        <p class="cp-why">
          <span class="cp-why-label">{t('overlayEditorsNote')}</span> {link.why}
        </p>
      )}
      <LayerChips
        layers={themeLayers(paragraph.themes, layers)}
        theme={theme}
        label={t('overlayThemesLabel')}
      />
      {paragraph.pack && ownThemes(paragraph.themes, layers).length > 0 && (
        <p class="cp-para-themes">
          {t('overlayPackThemes', [ownThemes(paragraph.themes, layers).join(', ')])}
        </p>
      )}
    </article>
  );
}
