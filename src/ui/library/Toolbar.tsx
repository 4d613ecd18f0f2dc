// Search and filters: the search box (quotes, notes, titles and tags, case
// and accents aside) and one select per filter, offering only values some
// highlight has.

import type { TargetedEvent } from 'preact';
import type { Translate } from '../overlay/types';
import { FILTER_LABELS, FilterSelect, filterOptions } from './FilterSelect';
import { NO_FILTERS, type FilterChoices, type LibraryFilters } from './model';

export interface ToolbarProps {
  filters: LibraryFilters;
  choices: FilterChoices;
  onChange(filters: LibraryFilters): void;
  t: Translate;
}

interface SearchBoxProps {
  value: string;
  onInput(e: TargetedEvent<HTMLInputElement>): void;
  t: Translate;
}

function SearchBox({ value, onInput, t }: SearchBoxProps) {
  return (
    <div class="lib-search">
      <label for="lib-search" class="lib-sr-only">
        {t('librarySearchLabel')}
      </label>
      <input
        id="lib-search"
        type="search"
        placeholder={t('librarySearchPlaceholder')}
        value={value}
        onInput={onInput}
      />
    </div>
  );
}

export function Toolbar({ filters, choices, onChange, t }: ToolbarProps) {
  const set =
    (key: keyof LibraryFilters) => (e: { currentTarget: HTMLInputElement | HTMLSelectElement }) =>
      onChange({ ...filters, [key]: e.currentTarget.value });
  const active = filters.chapter || filters.tag || filters.site || filters.layer || filters.query;
  const options = filterOptions(choices, t);
  return (
    <div class="lib-toolbar" role="search">
      <SearchBox value={filters.query} onInput={set('query')} t={t} />
      <div class="lib-filters">
        {FILTER_LABELS.map(([key, label]) => (
          <FilterSelect
            key={key}
            name={key}
            label={t(label)}
            value={filters[key]}
            options={options[key]}
            onChange={set(key)}
            t={t}
          />
        ))}
        {active && (
          <button
            type="button"
            class="lib-button lib-button-quiet lib-clear"
            onClick={() => onChange(NO_FILTERS)}
          >
            {t('libraryFilterClear')}
          </button>
        )}
      </div>
    </div>
  );
}
