// Saving a selection: the floating button beside it, the note editor, the
// save through the background, and what the reader is told when it fails.
// Three ways in: the button, the context menu and the keyboard shortcut (the
// last two arrive as the 'save-selection' command).

import { t } from '../platform/i18n';
import { NoAnswerError, sendToBackground } from '../platform/messaging';
import type { Highlight, HighlightDraft } from '../shared/highlights';
import type { ContentApp } from './app';
import { currentSelection, draftOf } from './saving';

const EDITOR_WIDTH = 340;
const EDGE = 8;

export class SaveFlow {
  constructor(private readonly app: ContentApp, private readonly refresh: () => void) {}

  /** The selection changed: show the save button beside its end, or hide it. */
  selectionChanged(): void {
    if (this.app.state.editor || !this.app.state.settings.overlay) return;
    const s = currentSelection(this.app.doc, this.app.lastScan?.page ?? null);
    const rects = s ? [...s.range.getClientRects()].filter((r) => r.width > 0) : [];
    const last = rects[rects.length - 1];
    const view = this.app.doc.defaultView!;
    const next = last ? { top: last.bottom + view.scrollY + 6, left: Math.max(EDGE, last.right + view.scrollX - 60) } : null;
    if (JSON.stringify(next) === JSON.stringify(this.app.state.saveButton)) return;
    this.app.state.saveButton = next;
    this.refresh();
  }

  /** Opens the note editor for the current selection (button, menu, shortcut). */
  edit(): void {
    const s = currentSelection(this.app.doc, this.app.lastScan?.page ?? null);
    if (!s) return;
    const view = this.app.doc.defaultView!;
    const rects = [...s.range.getClientRects()].filter((r) => r.width > 0);
    const last = rects[rects.length - 1] ?? s.range.getBoundingClientRect();
    const width = Math.min(EDITOR_WIDTH, view.innerWidth - 2 * EDGE);
    const left = Math.min(Math.max(EDGE, last.left), view.innerWidth - width - EDGE) + view.scrollX;
    this.app.state.saveButton = null;
    this.app.state.editor = {
      top: last.bottom + view.scrollY + 8, left, width, quote: s.page.text.slice(s.start, s.end),
      error: null, saving: false, draft: draftOf(this.app.doc, this.app.state, s), range: s.range.cloneRange(), start: s.start,
    };
    this.refresh();
  }

  async save(note: string, tags: string[]): Promise<void> {
    const editor = this.app.state.editor;
    if (!editor || editor.saving) return;
    editor.saving = true;
    editor.error = null;
    this.refresh();
    let saved: Highlight | null = null;
    try {
      saved = await sendToBackground('saveHighlight', { ...editor.draft, note, tags });
    } catch (e) {
      // No answer (the worker stopped): the write may have happened before it did. Ask.
      if (e instanceof NoAnswerError) saved = await storedAs(editor.draft);
      // The store said no (disk full, quota), or the save is not there: say it was not
      // saved, in those words; the editor keeps the note for another try (same id: no duplicate).
      if (!saved) {
        editor.saving = false;
        const message = e instanceof Error ? e.message : String(e);
        editor.error = e instanceof NoAnswerError ? t('overlayEditorNoAnswer') : message.startsWith('not saved') ? message : `not saved: ${message}`;
      }
    }
    if (saved) {
      this.app.mine.add(saved, editor.range, editor.start);
      this.app.state.editor = null;
      this.app.doc.getSelection()?.removeAllRanges();
    }
    this.refresh();
  }

  cancel(): void {
    this.app.state.editor = null;
    this.refresh();
  }
}

/** The draft's record as stored, asked of a background started afresh; null when it is not there or none answers. */
async function storedAs(draft: HighlightDraft): Promise<Highlight | null> {
  try {
    return (await sendToBackground('highlightsForPage', draft.url)).find((h) => h.id === draft.id) ?? null;
  } catch {
    return null;
  }
}
