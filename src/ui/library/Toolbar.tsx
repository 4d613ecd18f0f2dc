// Search and filters: the search box (quotes, notes, titles and tags, case
// and accents aside) and one select per filter, offering only values some
// highlight has.

import type { Translate } from '../overlay/types';
import { chapterLine } from '../overlay/labels';
import { OTHER_PAGES, type FilterChoices, type LibraryFilters } from './model';

export interface ToolbarProps {
  filters: LibraryFilters;
  choices: FilterChoices;
  onChange(filters: LibraryFilters): void;
  t: Translate;
}

export function Toolbar({ filters, choices, onChange, t }: ToolbarProps) {
  const set =
    (key: keyof LibraryFilters) => (e: { currentTarget: HTMLInputElement | HTMLSelectElement }) =>
      onChange({ ...filters, [key]: e.currentTarget.value });
  const active = filters.chapter || filters.tag || filters.site || filters.layer || filters.query;
  return (
    <div class="lib-toolbar" role="search">
      <div class="lib-search">
        <label for="lib-search" class="lib-sr-only">
          {t('librarySearchLabel')}
        </label>
        <input
          id="lib-search"
          type="search"
          placeholder={t('librarySearchPlaceholder')}
          value={filters.query}
          onInput={set('query')}
        />
      </div>
      <div class="lib-filters">
        <div class="lib-filter">
          <label for="lib-filter-chapter">{t('libraryFilterChapter')}</label>
          <select id="lib-filter-chapter" value={filters.chapter} onChange={set('chapter')}>
            <option value="">{t('libraryFilterAll')}</option>
            {choices.chapters.map((c) => (
              <option key={c.id} value={c.id}>
                {chapterLine(c, t)}
              </option>
            ))}
            {choices.otherPages && <option value={OTHER_PAGES}>{t('libraryOtherPages')}</option>}
          </select>
        </div>
        <div class="lib-filter">
          <label for="lib-filter-tag">{t('libraryFilterTag')}</label>
          <select id="lib-filter-tag" value={filters.tag} onChange={set('tag')}>
            <option value="">{t('libraryFilterAll')}</option>
            {choices.tags.map((tag) => (
              <option key={tag} value={tag}>
                #{tag}
              </option>
            ))}
          </select>
        </div>
        <div class="lib-filter">
          <label for="lib-filter-site">{t('libraryFilterSite')}</label>
          <select id="lib-filter-site" value={filters.site} onChange={set('site')}>
            <option value="">{t('libraryFilterAll')}</option>
            {choices.sites.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </div>
        <div class="lib-filter">
          <label for="lib-filter-layer">{t('libraryFilterLayer')}</label>
          <select id="lib-filter-layer" value={filters.layer} onChange={set('layer')}>
            <option value="">{t('libraryFilterAll')}</option>
            {choices.layers.map((l) => (
              <option key={l.id} value={l.id}>
                {l.name}
              </option>
            ))}
          </select>
        </div>
        {active && (
          <button
            type="button"
            class="lib-button lib-button-quiet lib-clear"
            onClick={() => onChange({ query: '', chapter: '', tag: '', site: '', layer: '' })}
          >
            {t('libraryFilterClear')}
          </button>
        )}
      </div>
    </div>
  );
}
