// Card labels: our passage labels begin with the chapter's name, which the card shows on its own line.

import { withoutChapterPrefix } from '../../../src/content/views';
import labels from '../../../src/data/passage-labels.json';
import dataset from '../../../src/data/dataset.json';

test.each([
  [
    'Could the Bolsheviks Have Seized the Power in July?: a movement from below',
    'Could the Bolsheviks Have Seized the Power in July?',
    'A movement from below',
  ],
  [
    'Preface: the masses break into the political arena',
    'Preface',
    'The masses break into the political arena',
  ],
  [
    'Preface: the masses break into the political arena',
    'The Proletariat and the Peasantry',
    'Preface: the masses break into the political arena',
  ],
  ['A label without a colon', 'Preface', 'A label without a colon'],
  ['Preface: x', undefined, 'Preface: x'],
])('%s (chapter %s) → %s', (label, chapter, expected) => {
  expect(withoutChapterPrefix(label, chapter)).toBe(expected);
});

test('every bundled passage with a known chapter loses its chapter prefix and keeps a description', () => {
  const titles = new Map(dataset.chapters.map((c) => [c.id, c.title]));
  const kept = dataset.passages
    .filter((p) => p.kind === 'passage' && p.chapter && titles.has(p.chapter))
    .map((p) =>
      withoutChapterPrefix((labels as Record<string, string>)[p.id], titles.get(p.chapter!)),
    );
  expect(kept.every((l) => l.length > 8)).toBe(true);
  const stripped = kept.filter(
    (l, i) =>
      l !==
      (labels as Record<string, string>)[
        dataset.passages.filter((p) => p.kind === 'passage' && p.chapter && titles.has(p.chapter))[
          i
        ].id
      ],
  );
  expect(stripped.length).toBeGreaterThan(kept.length / 2);
});
