// Learning chapters on a fake-indexeddb store: a chapter page on marxists.org
// teaches its chapter (hashes only); a quotation of it elsewhere is then
// recognised with its chapter and paragraph; curated passages keep priority;
// forgetting, other sites and short pages teach nothing.

import { closeDb } from '../../src/background/db';
import { detectionIndex } from '../../src/background/index-cache';
import { detectWithLearned } from '../../src/background/learned-detect';
import { chunksOf, CHUNK_WORDS, paragraphOf } from '../../src/data/learned-chunks';
import {
  exportLearned,
  forgetLearned,
  importLearned,
  learnFromBook,
  learnFromPage,
  listLearned,
} from '../../src/background/learned-repo';
import { readyDb } from '../../src/background/seed';
import { readPassages } from '../../scripts/lib/reference';
import { learnedChapterPage } from '../fixtures/learned-chapter';
import { freshIndexedDb } from './fresh-db';

const page = learnedChapterPage();
const text = page.paragraphs.join('\n');
const url = `https://www.marxists.org${page.path}`;
const identity = { url, title: page.title, headings: [page.title] };
const options = { minWords: 12, minIdentity: 0.7 };
const blog = (quote: string) =>
  `My reading notes for this week. As the book puts it: ${quote} That was the point.`;

beforeEach(freshIndexedDb);
afterAll(closeDb);

const learned = async () =>
  detectWithLearned(await detectionIndex(), blog(page.run.text), options).filter(
    (m) => m.paragraph !== undefined,
  );

test('a chapter page on marxists.org teaches its chapter; a quotation elsewhere is recognised with chapter and paragraph', async () => {
  expect(await learned()).toEqual([]);
  expect(await learnFromPage(await readyDb(), identity, text)).toEqual({
    learned: true,
    reason: 'learned',
  });
  const [m] = await learned();
  expect([m.chapter, m.paragraph, m.passage]).toEqual([page.chapter, page.run.paragraph, null]);
  expect(await listLearned(await readyDb())).toEqual([
    expect.objectContaining({ chapter: page.chapter, paragraphs: page.paragraphs.length }),
  ]);
});

test('the stored record holds numbers only: no word of the page', async () => {
  await learnFromPage(await readyDb(), identity, text);
  const record = (await exportLearned(await readyDb())).chapters[0];
  for (const [key, value] of Object.entries(record)) {
    if (key === 'chapter') expect(value).toBe(page.chapter);
    else if (typeof value === 'string')
      expect(value).toMatch(/^[A-Za-z0-9+/=]+$/); // base64 or hex digits: numbers
    else expect(typeof value).toBe('number');
  }
  expect(Object.keys(record).sort()).toEqual([
    'chapter',
    'hashes',
    'learnedAt',
    'paragraphStarts',
    'paragraphs',
    'textHash',
    'tokeniser',
    'words',
  ]);
  expect(record.hashes).toMatch(/^[A-Za-z0-9+/=]+$/);
});

test.each([
  [
    'another site',
    { ...identity, url: `https://blog.example${page.path}` },
    text,
    /not a listed site \(blog\.example\)/,
  ],
  [
    'marxists.org over http',
    { ...identity, url: `http://www.marxists.org${page.path}` },
    text,
    /https pages only/,
  ],
  [
    'a subdomain the list does not name',
    { ...identity, url: `https://evil.marxists.org${page.path}` },
    text,
    /not a listed site \(evil\.marxists\.org\)/,
  ],
  [
    'a look-alike host',
    { ...identity, url: `https://www.marxists.org.example${page.path}` },
    text,
    /not a listed site/,
  ],
  ['no URL at all', { ...identity, url: 'about:blank' }, text, /https pages only|not a page URL/],
  [
    'a marxists.org page that is no chapter',
    { ...identity, url: 'https://www.marxists.org/archive/trotsky/index.htm' },
    text,
    /not a chapter page/,
  ],
  [
    'the right URL without the title or the opening',
    { url, title: 'Something else', headings: [] },
    page.paragraphs.slice(1).join('\n'),
    /does not show/,
  ],
  ['a page too short to learn', identity, page.paragraphs.slice(0, 1).join('\n'), /too short/],
])('%s teaches nothing', async (_name, who, body, reason) => {
  const got = await learnFromPage(await readyDb(), who, body);
  expect(got.learned).toBe(false);
  expect(got.reason).toMatch(reason);
  expect(await listLearned(await readyDb())).toEqual([]);
});

test('the same copy is not relearned; a much shorter copy does not replace a longer one; forget removes it', async () => {
  const db = await readyDb();
  await learnFromPage(db, identity, text);
  expect((await learnFromPage(db, identity, text)).reason).toBe('already learned from this copy');
  expect((await learnFromPage(db, identity, page.paragraphs.slice(0, 30).join('\n'))).reason).toBe(
    'a longer copy is already learned',
  );
  await forgetLearned(db, page.chapter);
  expect(await learned()).toEqual([]);
});

test('a copy replaces the learned one only when it shares most of its text', async () => {
  const db = await readyDb();
  await learnFromPage(db, identity, text);
  // The chapter's name and opening over other text: teaches nothing over the stored copy.
  const other = [
    page.paragraphs[0],
    ...page.paragraphs.slice(1).map((p) => p.split(' ').reverse().join(' ')),
  ].join('\n');
  expect(await learnFromPage(db, identity, other)).toEqual({
    learned: false,
    reason: 'the page shares too little with the copy already learned',
  });
  // The same text, revised here and there (one paragraph dropped, one added): replaces it.
  const revised = [
    ...page.paragraphs.slice(0, 5),
    ...page.paragraphs.slice(6),
    page.paragraphs[3],
  ].join('\n');
  expect(await learnFromPage(db, identity, revised)).toEqual({
    learned: true,
    reason: 'replaced an older copy',
  });
});

test('a curated passage wins over learned text it overlaps', async () => {
  const db = await readyDb();
  const passage = readPassages().find((p) => p.chapter === page.chapter) ?? readPassages()[0];
  await learnFromPage(db, identity, [text, passage.text].join('\n'));
  const got = detectWithLearned(await detectionIndex(), blog(passage.text), options);
  expect(got.filter((m) => m.passage === passage.id)).toHaveLength(1);
  expect(
    got.filter(
      (m) => m.paragraph !== undefined && m.start < got.find((x) => x.passage === passage.id)!.end,
    ),
  ).toEqual([]);
});

test('export → import on a fresh store restores recognition; a broken file is refused and changes nothing', async () => {
  await learnFromPage(await readyDb(), identity, text);
  const pack = await exportLearned(await readyDb());
  await freshIndexedDb();
  await expect(
    importLearned(await readyDb(), {
      ...pack,
      chapters: [{ ...pack.chapters[0], words: pack.chapters[0].words + 1 }],
    }),
  ).rejects.toThrow(/refused: chapters.0: word or paragraph counts/);
  await expect(importLearned(await readyDb(), { format: 'other' })).rejects.toThrow(/refused/);
  expect(await listLearned(await readyDb())).toEqual([]);
  expect(await importLearned(await readyDb(), JSON.parse(JSON.stringify(pack)))).toEqual({
    imported: 1,
  });
  expect((await learned())[0]?.chapter).toBe(page.chapter);
});

test('chunks: at most CHUNK_WORDS words, cut at paragraph starts, paragraph numbers preserved', async () => {
  const long = Array.from({ length: 6 }, () => text).join('\n');
  await learnFromPage(await readyDb(), identity, long);
  const [record] = (await exportLearned(await readyDb())).chapters;
  const chunks = chunksOf(record);
  expect(chunks.length).toBeGreaterThan(1);
  expect(chunks.every((c) => c.entry.hashes.length <= CHUNK_WORDS)).toBe(true);
  expect(chunks.reduce((n, c) => n + c.entry.hashes.length, 0)).toBe(record.words);
  expect(paragraphOf(chunks[0], 0)).toBe(1);
  expect(paragraphOf(chunks[1], 0)).toBe(chunks[1].firstParagraph + 1);
});

test("an imported chapter's textHash is recomputed: a forged one neither sticks nor makes the same copy look new", async () => {
  await learnFromPage(await readyDb(), identity, text);
  const pack = await exportLearned(await readyDb());
  const real = pack.chapters[0].textHash;
  await freshIndexedDb();
  expect(
    await importLearned(await readyDb(), {
      ...pack,
      chapters: [{ ...pack.chapters[0], textHash: 'forged' }],
    }),
  ).toEqual({ imported: 1 });
  expect((await exportLearned(await readyDb())).chapters[0].textHash).toBe(real);
  expect((await learnFromPage(await readyDb(), identity, text)).reason).toBe(
    'already learned from this copy',
  );
});

test.each([
  [
    'the same chapter twice',
    (c: object) => [c, c],
    /^refused: chapters\.1: ch05 appears twice \(also chapters\.0\)$/,
  ],
  [
    'more chapters than the History has',
    (c: object) => Array.from({ length: 59 }, () => c),
    /^refused: the file: it holds 59 chapters; the History has 58$/,
  ],
  [
    'learnedAt 1e20',
    (c: object) => [{ ...c, learnedAt: 1e20 }],
    /^refused: chapters\.0: learnedAt must be a date/,
  ],
])('a file with %s is refused and changes nothing', async (_what, chapters, error) => {
  await learnFromPage(await readyDb(), identity, text);
  const pack = await exportLearned(await readyDb());
  await freshIndexedDb();
  await expect(
    importLearned(await readyDb(), { ...pack, chapters: chapters(pack.chapters[0]) }),
  ).rejects.toThrow(error);
  expect(await listLearned(await readyDb())).toEqual([]);
});

describe('a whole-book PDF', () => {
  const second = learnedChapterPage('ch06', 47);
  const book = [
    'Contents',
    page.title,
    second.title,
    'Chapter 5',
    page.title,
    ...page.paragraphs,
    'Chapter 6',
    second.title,
    ...second.paragraphs,
  ];
  const bookUrl = 'https://www.marxists.org/archive/trotsky/1930/hrr/hrr.pdf';
  const quotedFrom = async (chapter: string) =>
    (await learned()).filter((m) => m.chapter === chapter).map((m) => m.paragraph);

  test('teaches every chapter its headings name, in one go; a quotation is then recognised with chapter and paragraph', async () => {
    expect(await learnFromBook(await readyDb(), bookUrl, book)).toEqual({
      learned: true,
      reason: 'learned 2 of the 2 chapters its headings name',
      chapters: [
        { chapter: 'ch05', learned: true, reason: 'learned' },
        { chapter: 'ch06', learned: true, reason: 'learned' },
      ],
    });
    expect(await quotedFrom('ch05')).toEqual([page.run.paragraph]);
    const found = detectWithLearned(await detectionIndex(), blog(second.run.text), options);
    expect(found.map((m) => [m.chapter, m.paragraph])).toEqual([['ch06', second.run.paragraph]]);
  });

  test('the same book again learns nothing new; a chapter page already learned is not replaced by other text', async () => {
    const db = await readyDb();
    await learnFromBook(db, bookUrl, book);
    expect((await learnFromBook(db, bookUrl, book)).chapters.map((c) => c.reason)).toEqual([
      'already learned from this copy',
      'already learned from this copy',
    ]);
    const forged = [
      'Chapter 6',
      second.title,
      ...page.paragraphs.map((p) => p.split(' ').reverse().join(' ')),
    ];
    expect((await learnFromBook(db, bookUrl, forged)).chapters).toEqual([
      {
        chapter: 'ch06',
        learned: false,
        reason: 'the page shares too little with the copy already learned',
      },
    ]);
  });

  test('a book off the listed https sites teaches nothing', async () => {
    const got = await learnFromBook(await readyDb(), 'https://pdfs.example/hrr.pdf', book);
    expect(got).toEqual({
      learned: false,
      reason: 'not a listed site (pdfs.example)',
      chapters: [],
    });
    expect(await listLearned(await readyDb())).toEqual([]);
  });
});
