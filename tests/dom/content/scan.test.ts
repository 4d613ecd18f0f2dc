// A scan over text that is the same again (its nodes replaced, as the PDF
// viewer's pages take their runs and let them go) keeps the earlier scan's
// matches, without detecting again, and makes its ranges in the new nodes
// (those still over their text are kept); a changed text is detected again.
// Real passages, the real engine.

import { buildIndex, detect, fingerprint, type IndexEntry } from '../../../src/engine';
import { scanRoot, toDetection } from '../../../src/content/scan';
import { readPassages } from '../../../scripts/lib/reference';

const [first, second] = readPassages().slice(0, 2);
const entries: IndexEntry[] = [first, second].map((p) => ({
  id: p.id,
  kind: 'passage',
  chapter: p.chapter,
  hashes: fingerprint(p.text),
}));
const index = buildIndex(entries);
const windows: string[] = [];
const detectWindow = async (window: string) => {
  windows.push(window);
  return detect(index, window, { minWords: 12, minIdentity: 0.7 });
};

const text = (p: { text: string }) => p.text.replace(/\s+/g, ' ');
/** The passage as one text node, or as a span per word (the same text in other nodes). */
const asOneNode = (s: string) => `<span>${s}</span>`;
const asWords = (s: string) =>
  s
    .split(' ')
    .map((w) => `<span>${w}</span>`)
    .join(' ');

// jsdom has no user timing measures with options.
beforeAll(() => {
  Object.assign(performance, { measure: () => undefined });
});

test('the same text in new nodes: matches kept, ranges made in the new nodes', async () => {
  windows.length = 0;
  document.body.innerHTML = `<main><p>${asOneNode(text(first))}</p></main>`;
  const root = document.querySelector('main')!;
  const before = await scanRoot(root, detectWindow);
  expect(before.found.map((f) => f.match.passage)).toEqual([first.id]);
  const read = before.found[0].range.toString();
  document.body.innerHTML = `<main><p>${asWords(text(first))}</p></main>`;
  const again = await scanRoot(document.querySelector('main')!, detectWindow, before);
  expect(windows).toHaveLength(1);
  expect(again.matches).toBe(before.matches);
  const range = again.found[0].range;
  expect(document.body.contains(range.startContainer)).toBe(true);
  expect(range.toString()).toBe(read);
  expect(again.remade).toEqual([again.found[0].key]);
  // Nothing replaced since: the find is kept as it is, range and all.
  const third = await scanRoot(document.querySelector('main')!, detectWindow, again);
  expect(windows).toHaveLength(1);
  expect(third.found[0]).toBe(again.found[0]);
  expect(third.remade).toEqual([]);
});

test('a changed text of the same length is detected again', async () => {
  windows.length = 0;
  document.body.innerHTML = `<main><p>${text(first)}</p></main>`;
  const before = await scanRoot(document.querySelector('main')!, detectWindow);
  // The other passage, cut or padded to the first one's length.
  const other = text(second).padEnd(text(first).length, ' x').slice(0, text(first).length);
  document.body.innerHTML = `<main><p>${other}</p></main>`;
  const again = await scanRoot(document.querySelector('main')!, detectWindow, before);
  expect(windows).toHaveLength(2);
  expect(again.found.map((f) => f.match.passage)).toEqual([second.id]);
  expect(again.remade).toBeNull();
});

test('a detection reports its excerpt: the match when short, else its first 79 characters and an ellipsis', async () => {
  document.body.innerHTML = `<main><p>${text(first)}</p></main>`;
  const { page, found } = await scanRoot(document.querySelector('main')!, detectWindow);
  const m = found[0].match;
  const whole = page.text.slice(m.start, m.end).replace(/\s+/g, ' ').trim();
  expect(toDetection(page, m).excerpt).toBe(`${whole.slice(0, 79)}…`);
  const short = { ...m, end: m.start + 40 };
  expect(toDetection(page, short).excerpt).toBe(page.text.slice(m.start, m.start + 40).trim());
});
