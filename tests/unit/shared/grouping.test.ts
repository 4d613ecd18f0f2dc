import { readFileSync } from 'node:fs';
import { cardGroups, chapterGroups } from '../../../src/shared/grouping';
import type { Dataset } from '../../../src/shared/dataset';

const data = JSON.parse(readFileSync('src/data/dataset.json', 'utf8')) as Dataset;
const on = (passage: string) => data.paragraphs.filter((p) => p.passages.includes(passage));
const shape = (groups: ReturnType<typeof cardGroups>) =>
  groups.map((g) => [g.section, g.paragraphs.map((p) => p.id)]);

test.each([
  // passage, pages of its card: section → paragraphs
  [
    'V-01',
    [
      ['IV', ['IV.4']],
      ['V', ['V.4', 'V.1', 'V.6']],
      ['VI', ['VI.1']],
    ],
  ], // no answer: review order, the quoted paragraph first in §V
  [
    'VII-02',
    [
      ['VII', ['VII.2', 'VII.3']],
      ['VI', ['VI.7']],
    ],
  ], // answers §VII.2: its section leads
  [
    'VIII-03',
    [
      ['VI', ['VI.6']],
      ['VIII', ['VIII.5', 'VIII.6', 'VIII.8']],
    ],
  ], // answers in both sections: review order
])('the card on %s: one page per section, the most telling first', (passage, pages) => {
  expect(shape(cardGroups(on(passage), passage))).toEqual(pages);
});

test('ch16: one entry per section, paragraphs on its passages before those on the whole chapter', () => {
  const chapter = data.chapters.find((c) => c.id === 'ch16')!;
  const passages = new Set(data.passages.filter((p) => p.chapter === 'ch16').map((p) => p.id));
  const groups = chapterGroups(
    data.paragraphs.filter((p) => chapter.paragraphs.includes(p.id)),
    passages,
  );
  expect(groups.map((g) => g.section)).toEqual(['IV', 'V', 'VI']);
  const v = groups[1].paragraphs;
  const onPassage = v.map((p) => p.passages.some((id) => passages.has(id)));
  expect(onPassage).toEqual([...onPassage].sort((a, b) => Number(b) - Number(a)));
  expect(groups.flatMap((g) => g.paragraphs).length).toBe(chapter.paragraphs.length);
});

test('a paragraph placed on the whole chapter follows one linked to its passages, whatever the review order', () => {
  const [linked, chapterOnly] = [
    data.paragraphs.find((p) => p.id === 'V.4')!,
    data.paragraphs.find((p) => p.id === 'V.2')!,
  ];
  const groups = chapterGroups([{ ...chapterOnly, passages: [] }, linked], new Set(['V-01']));
  expect(groups[0].paragraphs.map((p) => p.id)).toEqual(['V.4', 'V.2']);
});
