// A perspective's pack file as the edit form's draft, and the draft back as
// the file to import (a re-import replaces the pack and keeps its place).
// Only what the form shows changes: ids, layers' looks, sections, chapters
// and the passages' fingerprints are carried over as they were.

import type { PackFileV2 } from '../shared/pack-file';
import type { PerspectiveAboutDraft, PerspectiveEditDraft } from '../ui/options';
import { themesOf } from '../ui/overlay/PerspectiveFields';

export function editDraftOf(file: PackFileV2): PerspectiveEditDraft {
  const labels = new Map(file.passages.map((p) => [p.id, p.label]));
  return {
    packId: file.id,
    name: file.name,
    author: file.author,
    description: file.description ?? '',
    licence: file.licence,
    paragraphs: file.paragraphs.map((p) => ({
      id: p.id,
      text: p.text,
      stance: p.stance,
      themes: p.themes.join(', '),
      on: p.passages.map((id) => labels.get(id) ?? id).join('; '),
    })),
  };
}

/** What the form typed, trimmed, with an empty description left out (the file's field is optional). */
export function aboutOf(draft: PerspectiveAboutDraft) {
  const description = draft.description.trim();
  return {
    name: draft.name.trim(),
    author: draft.author.trim(),
    ...(description ? { description } : {}),
    licence: draft.licence.trim(),
  };
}

export function editedFile(file: PackFileV2, draft: PerspectiveEditDraft): PackFileV2 {
  const edits = new Map(draft.paragraphs.map((p) => [p.id, p]));
  const paragraphs = file.paragraphs.flatMap((p) => {
    const edit = edits.get(p.id);
    if (!edit) return []; // deleted in the form
    return [{ ...p, text: edit.text.trim(), stance: edit.stance, themes: themesOf(edit.themes) }];
  });
  const about = aboutOf(draft);
  const onPassages = new Set(paragraphs.flatMap((p) => p.passages));
  return {
    format: file.format,
    version: file.version,
    id: file.id,
    ...about,
    // A perspective's one layer is named by its title (the layer lists show that name).
    layers: file.layers.length === 1 ? [{ ...file.layers[0], name: about.name }] : file.layers,
    // A passage goes with the last paragraph on it: nothing else would show it.
    passages: file.passages.filter((p) => onPassages.has(p.id)),
    paragraphs,
  };
}
