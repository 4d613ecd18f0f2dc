// Saving a selection: the floating button beside it, the note editor, and the
// saved highlight joining the page. Three ways in: the button, the context
// menu and the keyboard shortcut (the last two arrive as the 'save-selection'
// command). The editor is an extension frame (src/editor): the draft goes to
// the background, which answers with the frame's token; the reader types and
// saves in the frame, out of the page's reach; the frame says "saved" or
// "closed" (src/shared/editor-protocol.ts) and the content script reads the saved
// record back from the background.

import { extensionUrl } from '../platform/urls';
import { askBackground, sendToBackground } from '../platform/messaging';
import { editorHash, isEditorSignal, type EditorSignal } from '../shared/editor-protocol';
import type { ContentApp } from './app';
import { currentSelection, draftOf } from './saving';

const EDITOR_WIDTH = 340;
/** Until the frame reports its height. */
const EDITOR_HEIGHT = 300;
const EDGE = 8;

export class SaveFlow {
  private frame: HTMLIFrameElement | null = null;
  private listening = false;

  constructor(
    private readonly app: ContentApp,
    private readonly refresh: () => void,
  ) {}

  /** The selection changed: show the save button beside its end, or hide it. */
  selectionChanged(): void {
    if (this.app.state.editor || !this.app.state.settings.overlay) return;
    const s = currentSelection(this.app.doc, this.app.lastScan?.page ?? null);
    const rects = s ? [...s.range.getClientRects()].filter((r) => r.width > 0) : [];
    const last = rects[rects.length - 1];
    const view = this.app.doc.defaultView!;
    const next = last
      ? {
          top: last.bottom + view.scrollY + 6,
          left: Math.max(EDGE, last.right + view.scrollX - 60),
        }
      : null;
    if (JSON.stringify(next) === JSON.stringify(this.app.state.saveButton)) return;
    this.app.state.saveButton = next;
    this.refresh();
  }

  /** Opens the note editor for the current selection (button, menu, shortcut; a card, to add a perspective). */
  async edit({ perspective = false } = {}): Promise<void> {
    const s = currentSelection(this.app.doc, this.app.lastScan?.page ?? null);
    if (!s || this.app.state.editor) return;
    const view = this.app.doc.defaultView!;
    const rects = [...s.range.getClientRects()].filter((r) => r.width > 0);
    const last = rects[rects.length - 1] ?? s.range.getBoundingClientRect();
    const width = Math.min(EDITOR_WIDTH, view.innerWidth - 2 * EDGE);
    const left = Math.min(Math.max(EDGE, last.left), view.innerWidth - width - EDGE) + view.scrollX;
    const draft = draftOf(this.app.address, this.app.state, s);
    const range = s.range.cloneRange();
    const token = await sendToBackground('openNoteEditor', draft).catch((e: unknown) => {
      console.warn(
        'counterpoint: the note editor did not open:',
        e instanceof Error ? e.message : e,
      );
      return null;
    });
    if (token === null) return;
    this.app.state.saveButton = null;
    this.app.state.editor = {
      top: last.bottom + view.scrollY + 8,
      left,
      width,
      height: EDITOR_HEIGHT,
      src: extensionUrl('editor.html') + editorHash(token, this.app.state.theme, perspective),
      token,
      draft,
      range,
      start: s.start,
    };
    this.listen(view);
    this.refresh();
  }

  setFrame(frame: HTMLIFrameElement | null): void {
    this.frame = frame;
  }

  cancel(): void {
    const editor = this.app.state.editor;
    if (!editor) return;
    void sendToBackground('closeNoteEditor', editor.token).catch(() => undefined);
    this.close();
  }

  private close(): void {
    this.app.state.editor = null;
    this.frame = null;
    this.refresh();
  }

  private listen(view: Window): void {
    if (this.listening) return;
    this.listening = true;
    view.addEventListener('message', (e) => {
      // Only our frame's window, of the extension's origin (which no page can take).
      if (
        !this.frame ||
        e.source !== this.frame.contentWindow ||
        e.origin !== new URL(extensionUrl('')).origin ||
        !isEditorSignal(e.data)
      )
        return;
      void this.onSignal(e.data);
    });
  }

  private async onSignal(signal: EditorSignal): Promise<void> {
    const editor = this.app.state.editor;
    if (!editor) return;
    if (signal.counterpointEditor === 'height') {
      editor.height = signal.px;
      this.refresh();
    } else if (signal.counterpointEditor === 'closed') {
      this.close();
    } else {
      // Asked again if the worker stops as it is asked: the record is stored, and must be painted.
      const saved = (
        await askBackground('highlightsForPage', editor.draft.url).catch(() => [])
      ).find((h) => h.id === signal.id);
      if (saved) this.app.mine.add(saved, editor.range, editor.start);
      this.app.doc.getSelection()?.removeAllRanges();
      this.close();
    }
  }
}
