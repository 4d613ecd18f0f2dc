// The chapter view from the seeded store.
import { chapterView } from '../../src/background/chapter-repo';
import { closeDb, type Db } from '../../src/background/db';
import { BUNDLED_DATASET as DATA, readyDb } from '../../src/background/seed';
import { freshIndexedDb, ids } from './fresh-db';

let db: Db;
beforeAll(async () => {
  await freshIndexedDb();
  db = await readyDb();
});
afterAll(closeDb);

test('ch26: sections VI and VII, each in review order', async () => {
  const view = await chapterView(db, 'ch26');
  expect(view?.chapter).toEqual(DATA.chapters.find((c) => c.id === 'ch26'));
  expect(view?.sections.map((s) => [s.section, ids(s.paragraphs)])).toEqual([
    ['VI', ['VI.2', 'VI.4', 'VI.7']],
    ['VII', ['VII.1', 'VII.2', 'VII.3', 'VII.4', 'VII.8']],
  ]);
  expect(view?.sections[0].heading).toBe(
    DATA.paragraphs.find((p) => p.id === 'VI.2')?.sectionHeading,
  );
});

test.each([['no-such-chapter'], ['']])('unknown chapter %j → null', async (id) => {
  expect(await chapterView(db, id)).toBeNull();
});

// The view is built from the indexes; the chapter records list the same paragraphs and sections.
test.each(DATA.chapters.map((c) => [c.id, c]))(
  '%s agrees with its chapter record',
  async (_id, chapter) => {
    const view = await chapterView(db, chapter.id);
    const paragraphs = view!.sections.flatMap((s) => ids(s.paragraphs));
    expect([...paragraphs].sort()).toEqual(
      DATA.paragraphs
        .filter((p) => chapter.paragraphs.includes(p.id))
        .map((p) => p.id)
        .sort(),
    );
    expect(view!.sections.map((s) => s.section)).toEqual(chapter.sections);
    // Within a section: linked to one of the chapter's passages before placed on the whole chapter.
    const onPassage = (id: string) =>
      DATA.paragraphs
        .find((p) => p.id === id)!
        .passages.some((pid) => DATA.passages.find((x) => x.id === pid)?.chapter === chapter.id);
    for (const s of view!.sections) {
      const ranks = ids(s.paragraphs).map((id) => (onPassage(id) ? 0 : 1));
      expect(ranks).toEqual([...ranks].sort());
    }
  },
);
