// The Markdown export: grouped by chapter in the book's order, quotes and the
// review's words verbatim, attributed; a snapshot of the whole file.

import { exportHighlights } from '../../../src/background/exchange';
import { blockquote } from '../../../src/background/exchange/markdown';
import { closeDb } from '../../../src/background/db';
import { BUNDLED_DATASET } from '../../../src/background/seed';
import { HIGHLIGHTS } from '../../fixtures/exchange/highlights';
import { freshIndexedDb } from '../fresh-db';
import { storeWith } from './helpers';

beforeEach(freshIndexedDb);
afterAll(closeDb);

const NOW = Date.parse('2026-11-27T16:00:00Z');
const paragraph = (id: string) => BUNDLED_DATASET.paragraphs.find((p) => p.id === id)!;

async function markdown(): Promise<string> {
  return (await exportHighlights(await storeWith(HIGHLIGHTS), 'markdown', NOW)).text;
}

test('snapshot of the whole file', async () => {
  expect(await markdown()).toMatchSnapshot();
});

test('title, date, chapters in the book\'s order, then other pages', async () => {
  const md = await markdown();
  expect(md.startsWith('# Counterpoint highlights\n\nExported 2026-11-27 · 4 highlights\n\n')).toBe(true);
  const headings = md.split('\n').filter((l) => l.startsWith('## '));
  expect(headings).toEqual([
    '## Chapter 9: The Paradox of the February Revolution (Volume 1)',
    '## Chapter 26: Could the Bolsheviks Have Seized the Power in July? (Volume 2)',
    '## Chapter 42: Lenin Summons to Insurrection (Volume 3)',
    '## Other pages',
  ]);
});

test('each quote verbatim as a blockquote, with its note, link and tags', async () => {
  const md = await markdown();
  for (const h of HIGHLIGHTS) expect(md).toContain(blockquote(h.quote.exact));
  expect(md).toContain('> He wrote, "history is made" —\n> and then 🚩 the masses moved');
  expect(md).toContain('Compare with the **July days**: timing, not will.\n\n- discipline\n- the soviets');
  expect(md).toContain('— [Reading Trotsky, "slowly" \\[part 1\\]](https://blog.example.org/posts/reading-trotsky?ref=rss) · saved 2026-11-26');
  expect(md).toContain('#timing #party');
  expect(md).toContain('#spontaneity,-and-leadership');
  expect(md).toContain('not found on the page at the last visit');
});

test('the review\'s paragraphs on a highlighted passage, verbatim and attributed', async () => {
  const md = await markdown();
  const review = BUNDLED_DATASET.review;
  for (const id of ['VIII.3', 'VII.3', 'VII.4']) {
    const p = paragraph(id);
    expect(md).toContain(`${blockquote(p.text)}\n\n— *${review.title}*, ${review.author} (${review.publication}, ${review.date}), section “${p.sectionHeading}”`);
  }
  // ch09's highlight lies in no passage: no review words under it.
  const ch09 = md.slice(md.indexOf('## Chapter 9'), md.indexOf('## Chapter 26'));
  expect(ch09).not.toContain('The review on this passage');
  expect(md.match(/\*\*The review on this passage:\*\*/g)).toHaveLength(2);
});

test('an empty library', async () => {
  expect((await exportHighlights(await storeWith([]), 'markdown', NOW)).text).toBe('# Counterpoint highlights\n\nExported 2026-11-27 · 0 highlights\n\nNo highlights yet.\n');
});
