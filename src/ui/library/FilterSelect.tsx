// One filter of the toolbar: its label and a select whose first option is
// "All"; the options offered are only values some highlight has.

import type { TargetedEvent } from 'preact';
import { chapterLine } from '../overlay/labels';
import type { Translate } from '../overlay/types';
import { OTHER_PAGES, type FilterChoices, type LibraryFilters } from './model';

/** The filters with a select (the search box is the other one). */
type FilterKey = Exclude<keyof LibraryFilters, 'query'>;

/** The selects in the toolbar's order, each with its label's message. */
export const FILTER_LABELS: [FilterKey, string][] = [
  ['chapter', 'libraryFilterChapter'],
  ['tag', 'libraryFilterTag'],
  ['site', 'libraryFilterSite'],
  ['layer', 'libraryFilterLayer'],
];

interface FilterOption {
  value: string;
  label: string;
}

/** Each filter's options; "Other pages" comes last, for highlights on no known chapter. */
export function filterOptions(
  choices: FilterChoices,
  t: Translate,
): Record<FilterKey, FilterOption[]> {
  const chapters = choices.chapters.map((c) => ({ value: c.id, label: chapterLine(c, t) }));
  if (choices.otherPages) chapters.push({ value: OTHER_PAGES, label: t('libraryOtherPages') });
  return {
    chapter: chapters,
    tag: choices.tags.map((tag) => ({ value: tag, label: `#${tag}` })),
    site: choices.sites.map((s) => ({ value: s, label: s })),
    layer: choices.layers.map((l) => ({ value: l.id, label: l.name })),
  };
}

interface FilterSelectProps {
  name: FilterKey;
  label: string;
  value: string;
  options: FilterOption[];
  onChange(e: TargetedEvent<HTMLSelectElement>): void;
  t: Translate;
}

export function FilterSelect({ name, label, value, options, onChange, t }: FilterSelectProps) {
  const id = `lib-filter-${name}`;
  return (
    <div class="lib-filter">
      <label for={id}>{label}</label>
      <select id={id} value={value} onChange={onChange}>
        <option value="">{t('libraryFilterAll')}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
