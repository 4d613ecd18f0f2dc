// The footer every view of the review carries: whose words these are, and a
// link to read them where they were published.

import type { ReviewInfo, Translate } from './types';

/** A perspective's page of the card: whose it is, as its pack says (text, never markup). */
export function PackAttribution({
  pack,
  t,
}: {
  pack: { name: string; attribution: string };
  t: Translate;
}) {
  return (
    <footer class="cp-attribution cp-pack-attribution">
      {t('overlayPackAttribution', [pack.name, pack.attribution])}
    </footer>
  );
}

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
