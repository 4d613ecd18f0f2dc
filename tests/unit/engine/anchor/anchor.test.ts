// Saved highlights found again, on real prose: a page built from reference
// passages (read at run time) between unrelated paragraphs, then edited the
// ways pages change. The rule under test: re-anchored, or uncertain — never
// on other text.

import {
  anchorQuote,
  codePointOffset,
  describeSelection,
  utf16Offset,
} from '../../../../src/engine/anchor';
import { readPassages } from '../../../../scripts/lib/reference';
import { unrelatedSentences } from '../../../fixtures/unrelated';

const passages = readPassages().slice(0, 6);
const filler = unrelatedSentences(5);
const page = passages
  .map((p, i) => `${filler.slice(i * 3, i * 3 + 3).join(' ')}\n${p.text}`)
  .join('\n');

/** A highlight on the middle sentence-ish part of passage i: its selectors on `page`. */
function highlightOn(i: number) {
  const p = passages[i].text;
  const from = page.indexOf(p) + Math.floor(p.length / 4);
  const to = from + Math.min(160, Math.floor(p.length / 2));
  const exact = page.slice(from, to);
  return { ...describeSelection(page, from, to), exact, from };
}

const words = (s: string) => s.split(' ');

/** An edit of the page: the changed text and where the highlight's (possibly edited) text now starts (-1: gone). */
type Edit = (page: string, h: ReturnType<typeof highlightOn>) => [text: string, at: number];

/** Replaces the quote (or `target`) with `by` and reports where `by` starts. */
function replacing(page: string, target: string, by: string, quoteOffset = 0): [string, number] {
  const at = page.indexOf(target);
  return [page.slice(0, at) + by + page.slice(at + target.length), at + quoteOffset];
}

const EDITS: [name: string, edit: Edit, expect: 'same' | 'anchored-or-uncertain' | 'orphaned'][] = [
  ['unchanged', (p, h) => [p, h.from], 'same'],
  [
    'text added above',
    (p, h) => {
      const added =
        'A new paragraph at the top of the page, added since the highlight was saved.\n';
      return [added + p, h.from + added.length];
    },
    'same',
  ],
  [
    'whitespace reflowed inside the quote',
    (p, h) => replacing(p, h.exact, h.exact.replace(/ /g, '  ')),
    'anchored-or-uncertain',
  ],
  [
    'two words edited inside the quote',
    (p, h) => {
      const w = words(h.exact);
      w[3] = 'altered';
      w[w.length - 4] = 'changed';
      return replacing(p, h.exact, w.join(' '));
    },
    'anchored-or-uncertain',
  ],
  [
    'two words edited right before the quote',
    (p, h) => {
      const before = p.slice(Math.max(0, h.from - 40), h.from);
      const edited = before.replace(/\b\w+\b/, 'Edited').replace(/\b(\w+)\s*$/, 'words ');
      return replacing(p, before + h.exact, edited + h.exact, edited.length);
    },
    'anchored-or-uncertain',
  ],
  ['the passage removed', (p, h) => [p.replace(h.exact, ''), -1], 'orphaned'],
  [
    'the whole page replaced by other prose',
    () => [unrelatedSentences(9).join(' '), -1],
    'orphaned',
  ],
];

describe.each(passages.map((_, i) => [passages[i].id, i]))('%s', (_id, i) => {
  const h = highlightOn(i as number);
  test.each(EDITS)('%s', (_name, edit, expected) => {
    const [changed, at] = edit(page, h);
    const got = anchorQuote(changed, h.quote, h.position);
    if (expected === 'orphaned') {
      expect(got.status).not.toBe('anchored');
      return;
    }
    if (expected === 'same')
      expect(got).toMatchObject({ status: 'anchored', start: at, end: at + h.exact.length });
    expect(got.status).not.toBe('orphaned');
    // Anchored or uncertain, it is on the highlight's own (edited) text, never elsewhere.
    expect(Math.abs(got.start! - at)).toBeLessThan(12);
  });
});

test('a repeated quote: context picks the right copy; without context it is not claimed', () => {
  const sentence = 'The masses rose because they could no longer live in the old way.';
  const text = `First context about the army and the front. ${sentence} More about the army.\nSecond context about the capital and its workers. ${sentence} More about the capital.`;
  const second = text.lastIndexOf(sentence);
  const { quote, position } = describeSelection(text, second, second + sentence.length);
  expect(anchorQuote(text, quote, position)).toMatchObject({ status: 'anchored', start: second });
  const bare = { exact: sentence, prefix: '', suffix: '' };
  const moved = text.replace('First context', 'Opening words');
  expect(anchorQuote(moved, bare, { start: 0, end: 0 }).start).not.toBe(second);
});

test('a short quote with a near lookalike elsewhere is uncertain, not moved', () => {
  const text = 'The Soviet met at night. Much later the Soviets met at noon, far from here.';
  const got = anchorQuote(
    text.replace('The Soviet met at night', 'The Soviet sat at night'),
    { exact: 'Soviet met at night', prefix: 'The ', suffix: '. Much' },
    { start: 4, end: 23 },
  );
  expect(got.status === 'anchored' ? got.start : 4).toBe(4);
});

test.each([
  ['ascii', 'abc def', 4, 4],
  ['an emoji counts once', 'a😀b c', 4, 3],
  ['a split pair counts the high surrogate', 'a😀b', 2, 2],
])('code points: %s', (_n, text, utf16, cp) => {
  expect(codePointOffset(text, utf16)).toBe(cp);
  if (_n !== 'a split pair counts the high surrogate') expect(utf16Offset(text, cp)).toBe(utf16);
});

test('context is sentence-level, capped, and on word boundaries', () => {
  const h = highlightOn(2);
  expect(h.quote.prefix.length).toBeGreaterThanOrEqual(Math.min(32, h.from));
  expect(h.quote.prefix.length).toBeLessThanOrEqual(240);
  expect(h.quote.suffix.length).toBeLessThanOrEqual(240);
  expect(page.slice(h.from - h.quote.prefix.length, h.from)).toBe(h.quote.prefix);
});
