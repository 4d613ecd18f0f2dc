// How an import meets the store, item by item: added, merged (tags united, a
// new note appended), or skipped with the reason, against the store and
// against the file's own earlier items.

import { planImport, type Incoming } from '../../../src/background/exchange/import-plan';
import type { Highlight } from '../../../src/shared/highlights';
import { HIGHLIGHTS } from '../../fixtures/exchange/highlights';

const NOW = Date.parse('2026-11-27T16:00:00Z');
const STORED = HIGHLIGHTS[0];
/** A highlight of the file: a new id, on `page` with `exact` quoted. */
const made = (id: string, over: Partial<Highlight> = {}): Highlight => ({
  ...STORED,
  id,
  note: '',
  tags: [],
  ...over,
});
const samePlace = (id: string, over: Partial<Highlight> = {}) =>
  made(id, { url: `${STORED.url}#p3`, quote: STORED.quote, ...over });
const elsewhere = (id: string, over: Partial<Highlight> = {}) =>
  made(id, { url: 'https://x.org/', quote: { ...STORED.quote, exact: `quote ${id}` }, ...over });
const items = (...hs: Highlight[]): Incoming[] =>
  hs.map((highlight, i) => ({ item: i + 1, highlight }));

test.each<[string, Highlight[], { added: number; merged: number; skipped: string[] }]>([
  ['a new highlight is added', [elsewhere('a')], { added: 1, merged: 0, skipped: [] }],
  [
    'a stored id is skipped',
    [elsewhere(STORED.id)],
    { added: 0, merged: 0, skipped: ['already there (same id)'] },
  ],
  [
    'an id twice in the file: the second names the first',
    [elsewhere('a'), elsewhere('a', { url: 'https://y.org/' })],
    { added: 1, merged: 0, skipped: ['same id as item 1'] },
  ],
  [
    'same page and quote, a new tag: merged',
    [samePlace('b', { tags: ['new'] })],
    { added: 0, merged: 1, skipped: [] },
  ],
  [
    'same page and quote, nothing new: skipped',
    [samePlace('b', { tags: [STORED.tags[0]] })],
    { added: 0, merged: 0, skipped: ['already there (same page and quote, nothing new)'] },
  ],
  [
    'same page and quote as an earlier item, nothing new: names it',
    [elsewhere('a'), elsewhere('c', { quote: elsewhere('a').quote })],
    { added: 1, merged: 0, skipped: ['same page and quote as item 1'] },
  ],
  [
    'same page and quote as an earlier item, a new note: merged into it',
    [elsewhere('a'), elsewhere('c', { quote: elsewhere('a').quote, note: 'more' })],
    { added: 1, merged: 1, skipped: [] },
  ],
  [
    'a merge over the tag limit is skipped',
    [samePlace('b', { tags: Array.from({ length: 50 }, (_, i) => `t${i}`) })],
    {
      added: 0,
      merged: 0,
      skipped: [
        'same page and quote as a stored highlight, and the two together have more than 50 tags',
      ],
    },
  ],
  [
    'a merge over the note limit is skipped',
    [samePlace('b', { note: 'n'.repeat(20_000) })],
    {
      added: 0,
      merged: 0,
      skipped: [
        'same page and quote as a stored highlight, and the two notes together are longer than 20000 characters',
      ],
    },
  ],
])('%s', (_what, incoming, want) => {
  const plan = planImport([STORED], items(...incoming), NOW);
  expect({
    added: plan.added,
    merged: plan.merged,
    skipped: plan.skipped.map((s) => s.reason),
  }).toEqual(want);
});

test('what is written: added records as read, merged ones under the stored id, each once', () => {
  const plan = planImport(
    [STORED],
    items(
      elsewhere('a'),
      samePlace('b', { tags: ['x'], note: 'second' }),
      samePlace('c', { tags: ['y'] }),
    ),
    NOW,
  );
  expect(plan.writes.map((h) => h.id)).toEqual(['a', STORED.id]);
  expect(plan.writes[1]).toEqual({
    ...STORED,
    tags: [...STORED.tags, 'x', 'y'],
    note: `${STORED.note}\n\nsecond`,
    updated: NOW,
  });
});

test('the stored records are not changed in place', () => {
  const stored = structuredClone(STORED);
  planImport([stored], items(samePlace('b', { tags: ['x'] })), NOW);
  expect(stored).toEqual(STORED);
});
