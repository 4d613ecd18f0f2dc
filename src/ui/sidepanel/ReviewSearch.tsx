// Search across the whole review: paragraphs holding every word of the query,
// the words marked, each linked to where it is placed.

import type { ReviewParagraph } from '../../shared/dataset';
import type { PageReport } from '../../shared/messages';
import type { Theme, Translate } from '../overlay/types';
import { queryWords, type Catalog } from './model';
import { ReviewParagraphItem } from './ReviewParagraphItem';

/** The background answers at most this many paragraphs. */
export const SEARCH_LIMIT = 50;

export interface ReviewSearchProps {
  query: string;
  /** null before the first search of the query. */
  results: ReviewParagraph[] | null;
  busy: boolean;
  error: string | null;
  catalog: Catalog;
  report: PageReport | null;
  theme: Theme;
  t: Translate;
  onQuery(query: string): void;
  onSearch(query: string): void;
  onOpen(index: number): void;
}

function status({ query, results, busy, error, t }: ReviewSearchProps): string {
  if (error) return t('panelSearchError', [error]);
  if (busy) return t('panelLoading');
  if (results === null || query.trim() === '') return '';
  if (results.length === 0) return t('panelSearchNone');
  if (results.length >= SEARCH_LIMIT) return t('panelSearchFirst', [String(results.length)]);
  return results.length === 1
    ? t('panelSearchOne')
    : t('panelSearchCount', [String(results.length)]);
}

export function ReviewSearch(props: ReviewSearchProps) {
  const { query, results, catalog, report, theme, t, onQuery, onSearch, onOpen } = props;
  const words = queryWords(query);
  return (
    <div class="sp-search">
      <form
        role="search"
        class="sp-search-form"
        onSubmit={(e) => {
          e.preventDefault();
          onSearch(query);
        }}
      >
        <label for="sp-search-input" class="sp-field-label">
          {t('panelSearchLabel')}
        </label>
        <div class="sp-search-row">
          <input
            id="sp-search-input"
            type="search"
            value={query}
            placeholder={t('panelSearchPlaceholder')}
            autocomplete="off"
            spellcheck={false}
            onInput={(e) => onQuery((e.target as HTMLInputElement).value)}
          />
          <button type="submit" class="sp-button">
            {t('panelSearchButton')}
          </button>
        </div>
      </form>
      <p class="sp-status" role="status" aria-live="polite">
        {status(props)}
      </p>
      {results && results.length > 0 && (
        <ol class="sp-results" aria-label={t('panelSearchResults')}>
          {results.map((p) => (
            <li key={p.id}>
              <ReviewParagraphItem
                paragraph={p}
                catalog={catalog}
                report={report}
                contextChapter={null}
                theme={theme}
                t={t}
                onOpen={onOpen}
                words={words}
                showSection
              />
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
