// The PDF's own table of contents, as a list of links to pages.

import type { OutlineEntry } from '../../shared/viewer-url';
import type { Translate } from '../overlay/types';

export function OutlineList({
  entries,
  goTo,
  t,
}: {
  entries: OutlineEntry[];
  goTo: (page: number) => void;
  t: Translate;
}) {
  return (
    <nav class="cp-outline" aria-label={t('viewerOutline')}>
      <ul>
        {entries.map((entry, i) => (
          <li key={i} style={{ paddingInlineStart: `${entry.depth * 14}px` }}>
            <button type="button" disabled={entry.page === null} onClick={() => goTo(entry.page!)}>
              <span>{entry.title}</span>
              {entry.page !== null && <span class="cp-outline-page">{entry.page}</span>}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
