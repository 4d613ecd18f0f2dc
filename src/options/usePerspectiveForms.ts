// The reader's own perspectives in the data section: the edit form of one
// (its pack file exported, edited as a draft, imported again on Save, which
// replaces the pack in its place) and the New perspective form. A draft stays
// open when the background refuses it, so nothing typed is lost.

import { useState } from 'preact/hooks';
import type { PackSummary } from '../shared/messages';
import type { PackFileV2 } from '../shared/pack-file';
import {
  NEW_PERSPECTIVE_DRAFT,
  type Notice,
  type PerspectiveAboutDraft,
  type PerspectiveCreation,
  type PerspectiveEditDraft,
  type PerspectiveEditing,
} from '../ui/options';
import type { OptionsDeps } from './deps';
import { errorText } from './errors';
import { aboutOf, editDraftOf, editedFile } from './perspective-draft';
import { REFUSED } from './usePackActions';

type FormDeps = Pick<OptionsDeps, 't' | 'call'>;

const reason = (e: unknown) => errorText(e).replace(REFUSED, '');
type Run = (work: () => Promise<Notice>) => void;

/** The edit form of one perspective at a time; Edit on another drops the open draft. */
export function useEditForm(
  { t, call }: FormDeps,
  packs: PackSummary[],
  run: Run,
  setNotice: (notice: Notice) => void,
): { onEditPack(id: string): void; editing: PerspectiveEditing } {
  const [edit, setEdit] = useState<{ file: PackFileV2; draft: PerspectiveEditDraft } | null>(null);
  const nameOf = (id: string) => packs.find((p) => p.id === id)?.name ?? id;
  const onEditPack = (id: string) => {
    if (edit?.file.id === id) return; // already open: its draft is kept
    call('exportPack', id)
      .then((file) => {
        if (file) setEdit({ file, draft: editDraftOf(file) });
        else setNotice({ kind: 'error', text: t('optionsPackMissing', [nameOf(id)]) });
      })
      .catch((e: unknown) => setNotice({ kind: 'error', text: errorText(e) }));
  };
  const onSave = () => {
    if (!edit) return;
    run(async () => {
      try {
        const saved = await call('importPack', editedFile(edit.file, edit.draft));
        setEdit(null);
        return { kind: 'ok', text: t('optionsPerspectiveSaved', [saved.name]) };
      } catch (e) {
        const name = nameOf(edit.file.id);
        return { kind: 'error', text: t('optionsPerspectiveNotSaved', [name, reason(e)]) };
      }
    });
  };
  return {
    onEditPack,
    editing: {
      draft: edit?.draft ?? null,
      onChange: (draft) => setEdit((open) => open && { ...open, draft }),
      onSave,
      onCancel: () => setEdit(null),
    },
  };
}

/** The New perspective form; once made, the notice says how its paragraphs are added. */
export function useNewPerspectiveForm({ t, call }: FormDeps, run: Run): PerspectiveCreation {
  const [draft, setDraft] = useState<PerspectiveAboutDraft | null>(null);
  const onCreate = () => {
    if (!draft) return;
    run(async () => {
      try {
        const made = await call('createPerspective', aboutOf(draft));
        setDraft(null);
        const howTo = t('optionsPerspectiveHowToAdd', [
          t('perspectiveAdd'),
          t('perspectiveAddFromCard'),
        ]);
        return { kind: 'ok', text: `${t('optionsPerspectiveCreated', [made.name])} ${howTo}` };
      } catch (e) {
        return { kind: 'error', text: t('optionsPerspectiveNotCreated', [reason(e)]) };
      }
    });
  };
  return {
    draft,
    onOpen: () => setDraft({ ...NEW_PERSPECTIVE_DRAFT }),
    onChange: setDraft,
    onCreate,
    onCancel: () => setDraft(null),
  };
}
