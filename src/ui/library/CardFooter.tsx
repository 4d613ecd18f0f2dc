// A card's last lines: the page it is from, the review's layers on its
// passage, its tags (each filters the list), and its actions.

import type { Ref } from 'preact';
import type { LayerRecord } from '../../shared/dataset';
import type { Highlight } from '../../shared/highlights';
import { LayerChip } from '../overlay/LayerChip';
import type { Theme, Translate } from '../overlay/types';
import { siteOf } from './model';

interface MetaProps {
  highlight: Highlight;
  layers: LayerRecord[];
  theme: Theme;
  t: Translate;
  onTag(tag: string): void;
}

function CardMeta({ highlight: h, layers, theme, t, onTag }: MetaProps) {
  return (
    <div class="lib-meta">
      {layers.length > 0 && (
        <ul class="cp-chips" aria-label={t('libraryLayersLabel')}>
          {layers.map((l) => (
            <li key={l.id}>
              <LayerChip layer={l} theme={theme} />
            </li>
          ))}
        </ul>
      )}
      {h.tags.length > 0 && (
        <ul class="lib-tags" aria-label={t('libraryTagsLabel')}>
          {h.tags.map((tag) => (
            <li key={tag}>
              <button
                type="button"
                class="lib-tag"
                onClick={() => onTag(tag)}
                aria-label={t('libraryTagFilter', [tag])}
              >
                #{tag}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

interface ActionsProps {
  id: string;
  t: Translate;
  /** The Edit button, which takes the focus back when the editor closes. */
  editButton: Ref<HTMLButtonElement>;
  onOpen(id: string): void;
  onEdit(): void;
  onDelete(id: string): void;
}

function CardActions({ id, t, editButton, onOpen, onEdit, onDelete }: ActionsProps) {
  const titleId = `lib-title-${id}`;
  return (
    <div class="lib-actions">
      <button
        type="button"
        class="lib-button lib-button-quiet lib-open"
        onClick={() => onOpen(id)}
        aria-describedby={titleId}
      >
        {t('libraryOpen')}
      </button>
      <button
        type="button"
        ref={editButton}
        class="lib-button lib-button-quiet"
        onClick={onEdit}
        aria-describedby={titleId}
      >
        {t('libraryEdit')}
      </button>
      <button
        type="button"
        class="lib-button lib-button-quiet lib-button-danger"
        onClick={() => onDelete(id)}
        aria-describedby={titleId}
      >
        {t('libraryDelete')}
      </button>
    </div>
  );
}

export type CardFooterProps = MetaProps &
  Omit<ActionsProps, 'id'> & {
    /** The actions are hidden while the note is edited. */
    editing: boolean;
  };

export function CardFooter({
  editing,
  editButton,
  onOpen,
  onEdit,
  onDelete,
  ...meta
}: CardFooterProps) {
  const { highlight: h, layers, t } = meta;
  const site = siteOf(h.url);
  return (
    <footer class="lib-card-foot">
      <div class="lib-source">
        <span id={`lib-title-${h.id}`} class="lib-page-title">
          {h.title || h.url}
        </span>
        {site && <span class="lib-site">{site}</span>}
      </div>
      <div class="lib-card-bar">
        {(layers.length > 0 || h.tags.length > 0) && <CardMeta {...meta} />}
        {!editing && (
          <CardActions
            id={h.id}
            t={t}
            editButton={editButton}
            onOpen={onOpen}
            onEdit={onEdit}
            onDelete={onDelete}
          />
        )}
      </div>
    </footer>
  );
}
