// A reader's own perspectives on a fake-indexeddb store (issue 18): made, grown
// from the note editor's selection (a quotation in a bundled passage is linked;
// any other travels as its own fingerprint), recognised wherever it is quoted,
// exported and imported again, reordered; a version 2 pack's own passages are
// checked (ids, chapters, hashes, tokeniser) before anything is written.
// storage.session (the editor's drafts) is a browser API: a map stands in.

import { closeDb } from '../../src/background/db';
import { critiquesFor } from '../../src/background/critique-repo';
import { detectionIndex } from '../../src/background/index-cache';
import { detectWithLearned } from '../../src/background/learned-detect';
import { openEditor } from '../../src/background/note-editor';
import {
  exportPack,
  importPack,
  listPacks,
  removePack,
  reorderPacks,
} from '../../src/background/packs';
import { addToPerspective, createPerspective } from '../../src/background/perspectives';
import { searchReview } from '../../src/background/review-repo';
import { readyDb } from '../../src/background/seed';
import { readOpenings, readPassages } from '../../scripts/lib/reference';
import type { HighlightDraft } from '../../src/shared/highlights';
import type { PackFileV2 } from '../../src/shared/pack-file';
import { freshIndexedDb } from './fresh-db';

const session = new Map<string, unknown>();
jest.mock('../../src/platform/tabs', () => ({
  getSessionValue: jest.fn(async (key: string) => session.get(key) ?? null),
  setSessionValue: jest.fn(async (key: string, value: unknown) => void session.set(key, value)),
  removeSessionValue: jest.fn(async (key: string) => void session.delete(key)),
}));

beforeEach(async () => {
  session.clear();
  await freshIndexedDb();
});
afterAll(closeDb);

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const TAB = 4;
const editorFrame = {
  caller: 'page' as const,
  tabId: TAB,
  url: 'chrome-extension://x/editor.html',
};
const about = { name: 'Tuesday notes', author: 'The Tuesday group', licence: 'CC BY 4.0' };
const paragraph = {
  text: 'Here the book *answers* the charge of fatalism.',
  stance: 'answers' as const,
  themes: ['fatalism'],
};
/** A passage of the History no bundled passage holds: the body of a chapter opening. */
const opening = readOpenings().find((o) => o.chapter === 'ch26')!;
const openingQuote = squash(opening.text).split(' ').slice(20, 60).join(' ');
const bundled = readPassages().find((p) => p.id === 'VII-01')!;

function draftOf(quote: string, chapter: string | null = 'ch26'): HighlightDraft {
  return {
    url: 'https://blog.example/notes',
    title: 'Notes',
    quote: { type: 'TextQuoteSelector', exact: quote, prefix: '', suffix: '' },
    position: { type: 'TextPositionSelector', start: 0, end: quote.length },
    note: '',
    tags: [],
    chapter,
    passage: null,
  };
}

async function addOn(packId: string, quote: string, chapter: string | null = 'ch26') {
  const token = await openEditor(TAB, draftOf(quote, chapter));
  return addToPerspective(await readyDb(), editorFrame, token, packId, paragraph);
}

const blog = (quote: string) => `My notes for the week. As the book has it: ${quote} That was all.`;

test('a quotation no bundled passage holds travels as its fingerprint, and is recognised where it is quoted', async () => {
  const made = await createPerspective(await readyDb(), about);
  expect(made).toMatchObject({ name: about.name, version: 2, paragraphs: 0, passages: 0 });
  const grown = await addOn(made.id, openingQuote);
  expect(grown).toMatchObject({ paragraphs: 1, passages: 1 });
  const pack = (await exportPack(await readyDb(), made.id))!;
  expect(pack.passages[0]).toMatchObject({ id: `${made.id}.q1`, chapter: 'ch26', words: 40 });
  expect(JSON.stringify(pack)).not.toContain(openingQuote.split(' ').slice(0, 4).join(' '));
  const found = detectWithLearned(await detectionIndex(), blog(openingQuote), {
    minWords: 12,
    minIdentity: 0.7,
  });
  const own = found.find((m) => m.passage === `${made.id}.q1`);
  expect(own).toBeDefined();
  const critique = await critiquesFor(await readyDb(), [own!.passage!]);
  expect(critique.paragraphs.map((p) => p.text)).toEqual([paragraph.text]);
});

test('a quotation inside a bundled passage is linked to it, not fingerprinted again', async () => {
  const made = await createPerspective(await readyDb(), about);
  await addOn(made.id, squash(bundled.text));
  const pack = (await exportPack(await readyDb(), made.id))!;
  expect(pack.passages).toEqual([]);
  expect(pack.paragraphs[0]).toMatchObject({ passages: ['VII-01'], chapters: [bundled.chapter] });
});

test.each([
  ['too short', 'The masses went out into the streets.', 'ch26', /at least 12 words/],
  [
    'in no chapter Counterpoint knows',
    'Words that no chapter of any history holds, strung here for a test of the editor today.',
    null,
    /name its chapter/,
  ],
])(
  'a quotation %s is not added, and the perspective is unchanged',
  async (_n, quote, chapter, why) => {
    const made = await createPerspective(await readyDb(), about);
    await expect(addOn(made.id, quote, chapter)).rejects.toThrow(why);
    expect((await listPacks(await readyDb()))[0]).toMatchObject({ paragraphs: 0 });
  },
);

test('an editor token of another tab adds nothing', async () => {
  const made = await createPerspective(await readyDb(), about);
  const token = await openEditor(TAB + 1, draftOf(openingQuote));
  await expect(
    addToPerspective(await readyDb(), editorFrame, token, made.id, paragraph),
  ).rejects.toThrow(/refused/);
});

test('export, remove, import: the same perspective, its passages found again', async () => {
  const made = await createPerspective(await readyDb(), about);
  await addOn(made.id, openingQuote);
  const file = JSON.parse(JSON.stringify(await exportPack(await readyDb(), made.id)));
  await removePack(await readyDb(), made.id);
  await freshIndexedDb();
  await importPack(await readyDb(), file);
  expect(await exportPack(await readyDb(), made.id)).toEqual(file);
  const found = detectWithLearned(await detectionIndex(), blog(openingQuote), {
    minWords: 12,
    minIdentity: 0.7,
  });
  expect(found.some((m) => m.passage === `${made.id}.q1`)).toBe(true);
});

test("the side panel's search covers a perspective's paragraphs, with the review's", async () => {
  const made = await createPerspective(await readyDb(), about);
  await addOn(made.id, openingQuote);
  const hits = await searchReview(await readyDb(), 'fatalism charge');
  expect(hits.map((p) => [p.pack, p.text])).toEqual([[made.id, paragraph.text]]);
});

test('reordering perspectives orders their layers', async () => {
  const a = await createPerspective(await readyDb(), { ...about, name: 'First' });
  const b = await createPerspective(await readyDb(), { ...about, name: 'Second' });
  await reorderPacks(await readyDb(), [b.id, a.id]);
  const listed = await listPacks(await readyDb());
  expect(listed.map((p) => p.name)).toEqual(['Second', 'First']);
  expect(listed[0].layers[0].order).toBeLessThan(listed[1].layers[0].order);
});

describe("a version 2 pack's own passages are checked before anything is written", () => {
  async function validPack() {
    const made = await createPerspective(await readyDb(), about);
    await addOn(made.id, openingQuote);
    const file = (await exportPack(await readyDb(), made.id))!;
    await removePack(await readyDb(), made.id);
    return file;
  }
  const cases: [string, (f: PackFileV2) => void, RegExp][] = [
    [
      'an id outside the pack',
      (f: PackFileV2) => (f.passages[0].id = 'VII-99'),
      /does not start with/,
    ],
    ['an unknown chapter', (f: PackFileV2) => (f.passages[0].chapter = 'ch99'), /no chapter ch99/],
    ['hashes of another length', (f: PackFileV2) => (f.passages[0].words += 1), /need \d+ bytes/],
    [
      'another tokeniser',
      (f: PackFileV2) => (f.passages[0].tokeniser += 1),
      /build the pack again/,
    ],
    [
      'a stance of no kind',
      (f: PackFileV2) => ((f.paragraphs[0] as { stance: string }).stance = 'praise'),
      /stance/,
    ],
    ['an empty label', (f: PackFileV2) => (f.passages[0].label = ''), /label/],
    ...['theme-spontaneity', 'critique-line', 'theme.historian', 'opening', 'tuesday-dark'].map(
      (id) =>
        [
          `a layer styled as another (${id})`,
          (f: PackFileV2) => {
            f.layers[0].id = id;
            for (const p of f.paragraphs) p.layer = id;
          },
          /would be styled as another layer/,
        ] as [string, (f: PackFileV2) => void, RegExp],
    ),
  ];
  test.each(cases)('%s: refused', async (_n, spoil, why) => {
    const file = await validPack();
    spoil(file);
    await expect(importPack(await readyDb(), file)).rejects.toThrow(why);
    expect(await listPacks(await readyDb())).toEqual([]);
  });
});
