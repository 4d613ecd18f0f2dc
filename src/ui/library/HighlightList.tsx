// The list of cards, or why it is empty (no highlights yet, or none the
// filters keep). A card that cannot be shown says so in its place, and can
// still be deleted.

import type { Ref } from 'preact';
import type { Highlight, HighlightEdit } from '../../shared/highlights';
import { ErrorBoundary } from '../ErrorBoundary';
import type { Theme, Translate } from '../overlay/types';
import { HighlightCard } from './HighlightCard';
import { layersOf, type LibraryContext } from './model';

export interface HighlightListProps {
  listRef: Ref<HTMLDivElement>;
  /** Every highlight; null before the first answer. */
  highlights: Highlight[] | null;
  /** Those the filters keep. */
  shown: Highlight[];
  ctx: LibraryContext;
  theme: Theme;
  t: Translate;
  locale?: string;
  onOpen(id: string): void;
  onSave(id: string, edit: HighlightEdit): Promise<void>;
  onDelete(id: string): void;
  onTag(tag: string): void;
  /** A failed card's "Reload". */
  onReload(): void;
}

type SlotProps = Omit<HighlightListProps, 'listRef' | 'highlights' | 'shown'> & {
  highlight: Highlight;
};

function CardSlot({ highlight: h, ctx, t, onDelete, onReload, ...card }: SlotProps) {
  const chapter = h.chapter ? (ctx.chapters[h.chapter] ?? null) : null;
  const layers = ctx.layers.filter((l) => layersOf(h, ctx).includes(l.id));
  const deleteButton = (
    <button
      type="button"
      class="lib-button lib-button-quiet lib-button-danger"
      onClick={() => onDelete(h.id)}
    >
      {t('libraryDelete')}
    </button>
  );
  return (
    <ErrorBoundary
      t={t}
      class="lib-card lib-card-failed"
      title={t('libraryCardFailed')}
      onReload={onReload}
      actions={deleteButton}
    >
      <HighlightCard
        highlight={h}
        chapter={chapter}
        layers={layers}
        t={t}
        onDelete={onDelete}
        {...card}
      />
    </ErrorBoundary>
  );
}

export function HighlightList({ listRef, highlights, shown, ...slot }: HighlightListProps) {
  const total = highlights?.length ?? 0;
  return (
    <div ref={listRef} class="lib-list">
      {highlights !== null && total === 0 && <p class="lib-empty">{slot.t('libraryEmpty')}</p>}
      {total > 0 && shown.length === 0 && <p class="lib-empty">{slot.t('libraryNoMatch')}</p>}
      {shown.map((h) => (
        <CardSlot key={h.id} highlight={h} {...slot} />
      ))}
    </div>
  );
}
