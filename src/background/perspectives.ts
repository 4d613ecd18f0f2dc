// The reader's own perspectives (issue 18): made on the perspectives page or
// in the note editor, and grown from the editor, one paragraph on the
// selection it was opened on. The quotation is the draft's (the reader's
// selection, held by the background under the editor's token), fingerprinted
// here; only its hashes are stored. Each change is a pack import, so a
// perspective is checked like any pack and exported in the pack format.

import { placeQuote } from '../data/quote-placement';
import {
  newPerspective,
  perspectiveId,
  withParagraph,
  type PerspectiveAbout,
  type PerspectiveParagraph,
} from '../data/perspective';
import type { PackSummary, SenderInfo } from '../shared/messages';
import type { Db } from './db';
import { passageIndex } from './index-cache';
import { editorDraft } from './note-editor';
import { exportPack, importPack, listPacks } from './packs';

export async function createPerspective(db: Db, about: PerspectiveAbout): Promise<PackSummary> {
  const packs = await listPacks(db);
  const suffix = crypto.randomUUID().slice(0, 6);
  return importPack(db, newPerspective(about, perspectiveId(about.name, suffix), packs.length));
}

/** Adds a paragraph on the editor's selection (`token`) to the perspective `packId`. */
export async function addToPerspective(
  db: Db,
  sender: SenderInfo,
  token: string,
  packId: string,
  paragraph: PerspectiveParagraph,
): Promise<PackSummary> {
  const pack = await exportPack(db, packId);
  if (!pack) throw new Error(`refused: there is no perspective ${packId}`);
  const draft = await editorDraft(sender, token, 'addToPerspective');
  const bundled = new Set(
    (await db.getAll('passages')).filter((p) => p.pack === undefined).map((p) => p.id),
  );
  const context = { index: await passageIndex(), isBundled: (id: string) => bundled.has(id) };
  let place = placeQuote(draft.quote.exact, { ...context, chapter: null });
  // Not recognised: the page's own chapter, if it has one, is the quotation's.
  if (place.kind === 'refused' && draft.chapter) {
    const onPage = placeQuote(draft.quote.exact, { ...context, chapter: draft.chapter });
    if (onPage.kind !== 'refused') place = onPage;
  }
  if (place.kind === 'refused') throw new Error(`not added: ${place.reason}`);
  // A linked passage always has a chapter in the bundled data; the page's stands in if not.
  // Recognition names no chapter for the linked passage: the page's chapter, if it has one.
  const chapter = place.chapter ?? draft.chapter;
  if (!chapter) throw new Error('not added: the selection is in no chapter Counterpoint knows');
  return importPack(db, withParagraph(pack, { ...place, chapter }, paragraph));
}
