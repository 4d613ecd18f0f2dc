// The footer every view of the review carries: whose words these are, and a
// link to read them where they were published.

import type { ReviewInfo, Translate } from './types';

export function Attribution({ review, t }: { review: ReviewInfo; t: Translate }) {
  return (
    <footer class="cp-attribution">
      <a href={review.url} target="_blank" rel="noopener noreferrer">
        {t('overlayAttribution', [review.title, review.author, review.publication, review.date])}
        <span class="cp-sr-only"> {t('overlayOpensNewTab')}</span>
      </a>
    </footer>
  );
}
