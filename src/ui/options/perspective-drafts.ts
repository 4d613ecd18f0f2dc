// What the perspective forms of the data section edit (issue 18): a new
// perspective's title, author, description and licence; an existing one's,
// with its paragraphs' text, stance and themes. Plain strings, as typed: the
// page turns them into a pack file on Save (src/options/perspective-draft.ts).
// A paragraph's passages (their fingerprints) are never part of a draft.

import type { Stance } from '../../shared/dataset';

export interface PerspectiveAboutDraft {
  name: string;
  author: string;
  /** Empty for none. */
  description: string;
  licence: string;
}

export interface ParagraphDraft {
  id: string;
  text: string;
  stance: Stance;
  /** Comma-separated, as typed. */
  themes: string;
  /** The passages it is on, by their author's labels: shown, not edited. */
  on: string;
}

export interface PerspectiveEditDraft extends PerspectiveAboutDraft {
  packId: string;
  paragraphs: ParagraphDraft[];
}

export const NEW_PERSPECTIVE_DRAFT: PerspectiveAboutDraft = {
  name: '',
  author: '',
  description: '',
  licence: 'CC BY 4.0',
};

/** The edit form of one version 2 pack: its draft while open, and what it can do. */
export interface PerspectiveEditing {
  draft: PerspectiveEditDraft | null;
  onChange(draft: PerspectiveEditDraft): void;
  onSave(): void;
  onCancel(): void;
}

/** The New perspective form: its draft while open, and what it can do. */
export interface PerspectiveCreation {
  draft: PerspectiveAboutDraft | null;
  onOpen(): void;
  onChange(draft: PerspectiveAboutDraft): void;
  onCreate(): void;
  onCancel(): void;
}
