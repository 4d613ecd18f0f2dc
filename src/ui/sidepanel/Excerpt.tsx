// The start of a review paragraph, verbatim, with "more" to read it whole.

import { useState } from 'preact/hooks';
import type { Translate } from '../overlay/types';
import { excerptOf } from './model';

export function Excerpt({ text, id, t }: { text: string; id: string; t: Translate }) {
  const [open, setOpen] = useState(false);
  const short = excerptOf(text);
  return (
    <div class="sp-excerpt">
      <p id={id} class="sp-excerpt-text">
        {open || !short.cut ? text : short.text}
      </p>
      {short.cut && (
        <button
          type="button"
          class="sp-more"
          aria-expanded={open}
          aria-controls={id}
          onClick={() => setOpen(!open)}
        >
          {open ? t('panelLess') : t('panelMore')}
        </button>
      )}
    </div>
  );
}
