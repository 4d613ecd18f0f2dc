// The quote, clamped when long until the reader expands it.

import { useState } from 'preact/hooks';
import type { Translate } from '../overlay/types';

/** Quotes longer than this are clamped until expanded. */
const CLAMP_CHARS = 320;

export function QuoteBlock({ id, text, t }: { id: string; text: string; t: Translate }) {
  const [expanded, setExpanded] = useState(false);
  const long = text.length > CLAMP_CHARS;
  return (
    <>
      <blockquote id={id} class={`lib-quote${long && !expanded ? ' lib-quote-clamped' : ''}`}>
        {text}
      </blockquote>
      {long && (
        <button
          type="button"
          class="lib-link-button"
          aria-expanded={expanded}
          aria-controls={id}
          onClick={() => setExpanded(!expanded)}
        >
          {expanded ? t('libraryQuoteLess') : t('libraryQuoteMore')}
        </button>
      )}
    </>
  );
}
