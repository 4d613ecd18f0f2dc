// The reading view: the review's sections on a chapter, every paragraph
// verbatim and in review order, each linked to where it is placed.

import type { ChapterView, PageReport } from '../../shared/messages';
import { chapterLine, sectionLabel } from '../overlay/labels';
import type { Theme, Translate } from '../overlay/types';
import type { Catalog } from './model';
import { ReviewParagraphItem } from './ReviewParagraphItem';

export interface ChapterReadingProps {
  /** The chapters the reader can pick (page chapter first); empty when the page names none. */
  choices: string[];
  chapterId: string | null;
  view: ChapterView | null;
  loading: boolean;
  catalog: Catalog;
  report: PageReport | null;
  theme: Theme;
  t: Translate;
  onChoose(chapterId: string): void;
  onOpen(index: number): void;
}

function ChapterPicker({
  choices,
  chapterId,
  catalog,
  t,
  onChoose,
}: Pick<ChapterReadingProps, 'choices' | 'chapterId' | 'catalog' | 't' | 'onChoose'>) {
  if (choices.length < 2) return null;
  return (
    <div class="sp-field">
      <label for="sp-chapter-pick">{t('panelChapterPick')}</label>
      <select
        id="sp-chapter-pick"
        value={chapterId ?? ''}
        onChange={(e) => onChoose((e.target as HTMLSelectElement).value)}
      >
        {choices.map((id) => {
          const c = catalog.chapters.get(id);
          return (
            <option key={id} value={id}>
              {c ? chapterLine(c, t) : id}
            </option>
          );
        })}
      </select>
    </div>
  );
}

export function ChapterReading(props: ChapterReadingProps) {
  const { chapterId, view, loading, catalog, report, theme, t, onOpen } = props;
  if (chapterId === null) return <p class="sp-empty">{t('panelNoChapter')}</p>;
  return (
    <div class="sp-reading">
      <ChapterPicker {...props} />
      {view && (
        <header class="sp-reading-head">
          <h2 class="sp-reading-title">{chapterLine(view.chapter, t)}</h2>
          {view.chapter.url && (
            <a
              class="sp-reading-source"
              href={view.chapter.url}
              target="_blank"
              rel="noopener noreferrer"
            >
              {t('panelChapterOnSite')}
              <span class="cp-sr-only"> {t('overlayOpensNewTab')}</span>
            </a>
          )}
        </header>
      )}
      {loading && !view && (
        <p class="sp-empty" role="status">
          {t('panelLoading')}
        </p>
      )}
      {view && view.sections.length === 0 && <p class="sp-empty">{t('panelChapterEmpty')}</p>}
      {view?.sections.map((s) => (
        <section
          key={s.section}
          class="sp-section"
          data-section={s.section}
          aria-labelledby={`sp-section-${s.section}`}
        >
          <h3 id={`sp-section-${s.section}`} class="sp-section-title">
            {sectionLabel(s.section, s.heading, t)}
          </h3>
          {s.paragraphs.map((p) => (
            <ReviewParagraphItem
              key={p.id}
              paragraph={p}
              catalog={catalog}
              report={report}
              contextChapter={view.chapter.id}
              theme={theme}
              t={t}
              onOpen={onOpen}
            />
          ))}
        </section>
      ))}
    </div>
  );
}
