// The one message contract between the extension's pages, its content scripts
// and the background: per method, who may call it and its arguments' schema.
// Callers are told apart by sender.url (src/platform/dispatch.ts):
// - page: an extension page (popup, side panel, options, library, welcome);
//   options and library are tabs too, so "has a tab" says nothing.
// - content: a content script, the page's neighbour. It gets what its own
//   page needs and nothing more: a page URL it names must be of the sender's
//   own origin (src/background/sender-page.ts); it cannot list, export,
//   import, reset or delete.
// - viewer: the PDF viewer (pdf.html) in a tab. It renders PDFs from anywhere,
//   so it gets what a content script gets, for the PDF it shows
//   (src/shared/viewer-url.ts), and no more.
// Types, arity, validation and the fuzz cases all come from this table.

import * as v from 'valibot';
import * as s from './arg-schemas';

export type Caller = 'page' | 'content' | 'viewer';

interface MethodSpec {
  callers: readonly Caller[];
  args: v.GenericSchema<unknown[], unknown[]> & { readonly items: readonly v.GenericSchema[] };
}

const PAGE = ['page'] as const;
const CONTENT = ['content', 'viewer'] as const;
const BOTH = ['page', 'content', 'viewer'] as const;
const VIEWER = ['viewer'] as const;
const args = <const T extends v.TupleItems>(...items: T) => v.strictTuple(items);

export const CONTRACT = {
  // The reading side: what a content script asks while it scans and explains its page.
  /** Passages and chapter openings in a page's text; with `learnAs`, a whole chapter page to learn from (its URL: the sender's, as the browser reports it). */
  detectText: { callers: CONTENT, args: args(s.pageText, s.thresholds, s.pageTraitsOrNone) },
  /**
   * The PDF viewer: a whole-book PDF's text, one paragraph each, to learn every chapter its
   * headings name (its URL: the PDF's, from the viewer's address). The background decides.
   */
  learnFromPdf: { callers: VIEWER, args: args(s.bookParagraphs) },
  /** The frame's detections (badge, lists), filed under the sender's tab and frame. */
  reportDetections: { callers: CONTENT, args: args(s.frameReport) },
  /** The chapter the sender's page is, from its URL, title and headings; null when none. */
  recogniseChapter: { callers: CONTENT, args: args(s.pageIdentity) },
  /** Inserts the CSS for pack layers and the reader's colours into the sender's frame. */
  applyStyles: { callers: CONTENT, args: args() },
  /** The highlight the background asked the sender's tab to show on load, if any (asked once). */
  takePendingHighlight: { callers: CONTENT, args: args() },
  /**
   * Keeps a selection's draft (of the sender's own origin) for the note editor frame and returns its
   * token. A content script cannot save: the frame saves, out of the page's reach.
   */
  openNoteEditor: { callers: CONTENT, args: args(s.highlightDraft) },
  /** The sender's page's highlights, oldest first. */
  highlightsForPage: { callers: CONTENT, args: args(s.pageUrlArg) },
  /** The PDF viewer: the highlights made in the PDF with this fingerprint, read from any URL. */
  highlightsForPdf: { callers: VIEWER, args: args(s.fingerprintArg) },
  /** Where each of the sender's page's highlights was found on this visit. */
  reportAnchoring: { callers: CONTENT, args: args(s.pageUrlArg, s.anchoring) },

  // The bundled and imported critique: public, for both.
  /** Critique, labels, layers and the review's attribution for the given passages (null: every passage). */
  getOverlayData: { callers: BOTH, args: args(s.idListOrAll) },
  /** One section of the review, whole, or null. */
  getSection: { callers: BOTH, args: args(s.id) },
  /** The chapter view, or null for an unknown chapter id. */
  getChapterView: { callers: BOTH, args: args(s.id) },
  getCritiques: { callers: PAGE, args: args(s.idList) },
  getLayers: { callers: PAGE, args: args() },
  getReviewOutline: { callers: PAGE, args: args() },
  /** Review paragraphs with every word of the query; at most 50. */
  searchReview: { callers: PAGE, args: args(s.query) },

  // The browser's state and the reader's settings: extension pages only.
  /** The last report of a tab (its URL, title and excerpts), or null. */
  getTabReport: { callers: PAGE, args: args(s.tabId) },
  getSiteState: { callers: PAGE, args: args(s.host) },
  /** Runs the content script once in a tab the reader invoked us on (activeTab). */
  scanTab: { callers: PAGE, args: args(s.tabId) },
  previewThresholds: { callers: PAGE, args: args(s.thresholds) },
  importPack: { callers: PAGE, args: args(s.parsedFile) },
  listPacks: { callers: PAGE, args: args() },
  removePack: { callers: PAGE, args: args(s.id) },
  /** One pack as a version 2 file (a perspective's export), or null. */
  exportPack: { callers: PAGE, args: args(s.id) },
  /** Puts the packs (and so their layers) in this order. */
  reorderPacks: { callers: PAGE, args: args(s.idList) },
  /** A new, empty perspective of the reader's own: a pack with one layer. */
  createPerspective: { callers: PAGE, args: args(s.perspectiveAbout) },
  /** The note editor (its token): a paragraph on its selection, added to the perspective. */
  addToPerspective: {
    callers: PAGE,
    args: args(s.token, s.id, s.perspectiveParagraph),
  },
  resetDataset: { callers: PAGE, args: args() },

  // The note editor frame (editor.html, an extension page in the tab): the draft's quote, the save.
  noteEditorDraft: { callers: PAGE, args: args(s.token) },
  /** Saves the draft with the note (strict durability); the same token again writes the same record. */
  saveNote: { callers: PAGE, args: args(s.token, s.note, s.tagList) },
  closeNoteEditor: { callers: PAGE, args: args(s.token) },

  // The reader's library: extension pages only.
  listHighlights: { callers: PAGE, args: args() },
  updateHighlight: { callers: PAGE, args: args(s.id, s.highlightEdit) },
  /** Deletes a highlight and returns it, so the library can undo. */
  deleteHighlight: { callers: PAGE, args: args(s.id) },
  /** Puts back a deleted highlight (undo). */
  restoreHighlight: { callers: PAGE, args: args(s.highlightRecord) },
  exportHighlights: { callers: PAGE, args: args(s.exportFormat) },
  importHighlights: { callers: PAGE, args: args(s.importFormat, s.importText) },
  /** Opens the highlight's page in a new tab and scrolls to it once loaded. */
  openHighlight: { callers: PAGE, args: args(s.id) },
  listLearned: { callers: PAGE, args: args() },
  /** Forgets one learned chapter, or every one (null). */
  forgetLearned: { callers: PAGE, args: args(s.idOrNone) },
  exportLearned: { callers: PAGE, args: args() },
  importLearned: { callers: PAGE, args: args(s.parsedFile) },
} as const satisfies Record<string, MethodSpec>;

export type Contract = typeof CONTRACT;
export type Method = keyof Contract;
/** What a caller sends. */
export type Args<M extends Method> = v.InferInput<Contract[M]['args']>;
/** What a handler receives: the arguments once they passed their schema (trimmed, lower-cased, defaults filled). */
export type Params<M extends Method> = v.InferOutput<Contract[M]['args']>;

export const METHODS = Object.keys(CONTRACT) as Method[];

export const isMethod = (name: unknown): name is Method =>
  typeof name === 'string' && Object.hasOwn(CONTRACT, name);

const CALLER_NAMES: Record<Caller, string> = {
  page: 'extension pages',
  content: 'content scripts',
  viewer: 'the PDF viewer',
};

/** The first schema issue as "expects <phrase> (argument n[, at field.path])". */
function expectation(issues: readonly v.BaseIssue<unknown>[]): string {
  const [issue] = issues;
  const [first, ...rest] = issue.path ?? [];
  const index = Number(first?.key);
  const at =
    rest.length > 0
      ? `, at ${rest
          .map((p) => String(p.key))
          .join('.')
          .slice(0, 80)}`
      : '';
  return `expects ${issue.message}${Number.isInteger(index) ? ` (argument ${index + 1}${at})` : ''}`;
}

export type Checked<M extends Method> =
  { ok: true; params: Params<M> } | { ok: false; error: string };

/** Whether `caller` may call `method` with `args`: the parameters as the handler gets them, or why not ("refused: …"). */
export function checkCall<M extends Method>(
  method: M,
  args: readonly unknown[],
  caller: Caller,
): Checked<M> {
  const spec: MethodSpec = CONTRACT[method];
  if (!spec.callers.includes(caller))
    return {
      ok: false,
      error: `refused: ${method} is for ${spec.callers.map((c) => CALLER_NAMES[c]).join(' and ')} only`,
    };
  const arity = spec.args.items.length;
  if (args.length > arity)
    return {
      ok: false,
      error: `refused: ${method} takes ${arity} argument(s), got ${args.length}`,
    };
  const parsed = v.safeParse(spec.args, args, { abortEarly: true });
  return parsed.success
    ? { ok: true, params: parsed.output as Params<M> }
    : { ok: false, error: `refused: ${method} ${expectation(parsed.issues)}` };
}
