// The Markdown export: grouped by chapter in the book's order, quotes and the
// review's words line by line, attributed; a snapshot of the whole file. No
// HTML from a page, a note or a pack is live in it; Markdown in notes is.

import { exportHighlights } from '../../../src/background/exchange';
import {
  blockquote,
  exportMarkdown,
  inert,
  type MarkdownContext,
} from '../../../src/background/exchange/markdown';
import { closeDb } from '../../../src/background/db';
import { BUNDLED_DATASET } from '../../../src/background/seed';
import type { Highlight } from '../../../src/shared/highlights';
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

test("title, date, chapters in the book's order, then other pages", async () => {
  const md = await markdown();
  expect(md.startsWith('# Counterpoint highlights\n\nExported 2026-11-27 · 4 highlights\n\n')).toBe(
    true,
  );
  const headings = md.split('\n').filter((l) => l.startsWith('## '));
  expect(headings).toEqual([
    '## Vol. I · Chapter 9 · The Paradox of the February Revolution',
    '## Vol. II · Chapter 26 · Could the Bolsheviks Have Seized the Power in July?',
    '## Vol. III · Chapter 42 · Lenin Summons to Insurrection',
    '## Other pages',
  ]);
});

test('each quote verbatim as a blockquote, with its note, link and tags', async () => {
  const md = await markdown();
  for (const h of HIGHLIGHTS) expect(md).toContain(blockquote(inert(h.quote.exact)));
  expect(md).toContain('> He wrote, "history is made" —\n> and then 🚩 the masses moved');
  expect(md).toContain(
    'Compare with the **July days**: timing, not will.\n\n- discipline\n- the soviets',
  );
  expect(md).toContain(
    '— [Reading Trotsky, "slowly" \\[part 1\\]](https://blog.example.org/posts/reading-trotsky?ref=rss) · saved 2026-11-26',
  );
  expect(md).toContain('#timing #party');
  expect(md).toContain('#spontaneity,-and-leadership');
  expect(md).toContain('not found on the page at the last visit');
});

test("the review's paragraphs on a highlighted passage, verbatim and attributed", async () => {
  const md = await markdown();
  const review = BUNDLED_DATASET.review;
  for (const id of ['VIII.2', 'VII.4']) {
    const p = paragraph(id);
    expect(md).toContain(
      `${blockquote(inert(p.text))}\n\n— *${review.title}*, ${review.author} (${review.publication}, ${review.date}), section “${p.sectionHeading}”`,
    );
  }
  // ch09's highlight lies in no passage: no review words under it.
  const ch09 = md.slice(md.indexOf('## Chapter 9'), md.indexOf('## Chapter 26'));
  expect(ch09).not.toContain('The review on this passage');
  expect(md.match(/\*\*The review on this passage:\*\*/g)).toHaveLength(2);
});

test('an empty library', async () => {
  expect((await exportHighlights(await storeWith([]), 'markdown', NOW)).text).toBe(
    '# Counterpoint highlights\n\nExported 2026-11-27 · 0 highlights\n\nNo highlights yet.\n',
  );
});

const OTHER: Highlight = { ...HIGHLIGHTS[3], id: 'hostile', note: '', tags: [] };
const bare: MarkdownContext = {
  chapters: new Map(),
  reviewOn: new Map(),
  review: null,
  packs: new Map(),
  now: NOW,
};
const exported = (h: Partial<Highlight>) => exportMarkdown([{ ...OTHER, ...h }], bare);

/** [what, the highlight's fields, what the file holds, what it must not hold] */
const INERT: [string, Partial<Highlight>, string[], string[]][] = [
  [
    'an img in a note',
    { note: 'look <img src=x onerror=alert(1)> here' },
    ['look &lt;img src=x onerror=alert(1)> here'],
    ['<img'],
  ],
  [
    'a script in a note',
    { note: '<script>alert(1)</script>' },
    ['&lt;script>alert(1)&lt;/script>'],
    ['<script', '</script'],
  ],
  [
    'an HTML block over lines',
    { note: '<div>\n<img src=x onerror=alert(1)>\n</div>' },
    ['&lt;div>\n&lt;img src=x onerror=alert(1)>\n&lt;/div>'],
    ['<div', '<img'],
  ],
  [
    'a comment and an autolink',
    { note: '<!-- x --> <https://example.org>' },
    ['&lt;!-- x --> &lt;https://example.org>'],
    ['<!--', '<https'],
  ],
  [
    'a backslash before <',
    { note: '\\<img src=x onerror=alert(1)>' },
    ['\\&lt;img src=x'],
    ['<img'],
  ],
  [
    '&amp; typed in a note shows as typed',
    { note: 'AT&amp;T, &lt;b&gt; and &#60;i&#x3E;' },
    ['AT&amp;amp;T, &amp;lt;b&amp;gt; and &amp;#60;i&amp;#x3E;'],
    [],
  ],
  [
    'a plain & stays',
    { note: 'Marx & Engels; https://example.org/?a=1&b=2' },
    ['Marx & Engels; https://example.org/?a=1&b=2'],
    ['&amp;'],
  ],
  [
    'Markdown in a note stays Markdown',
    {
      note: 'see [the review](https://example.org/r?a=1&b=2), **July** and *will*\n\n- one\n1. two\n> quoted',
    },
    [
      'see [the review](https://example.org/r?a=1&b=2), **July** and *will*\n\n- one\n1. two\n> quoted',
    ],
    [],
  ],
  [
    'HTML in a Markdown link',
    { note: '[<img src=x onerror=alert(1)>](https://example.org/a)' },
    ['[&lt;img src=x onerror=alert(1)>](https://example.org/a)'],
    ['<img'],
  ],
  [
    'an img in the quote',
    {
      quote: { ...OTHER.quote, exact: 'He wrote <img src=x onerror=alert(1)>\n<b>bold</b> & more' },
    },
    ['> He wrote &lt;img src=x onerror=alert(1)>\n> &lt;b>bold&lt;/b> & more'],
    ['<img', '<b>'],
  ],
  [
    'a script in the title',
    { title: 'Trotsky </a><script>alert(1)</script> &amp; co' },
    ['— [Trotsky &lt;/a>&lt;script>alert(1)&lt;/script> &amp;amp; co](https://blog.example.org/'],
    ['<script', '</a>'],
  ],
  ['a tag with HTML', { tags: ['<b>', 'a&lt;'] }, ['#&lt;b> #a&amp;lt;'], ['<b>']],
  [
    'a URL with & and <',
    { url: 'https://example.org/a?b=1&c=<2>', title: '' },
    ['— [https://example.org/a?b=1&c=&lt;2>](<https://example.org/a?b=1&c=%3C2%3E>)'],
    [],
  ],
];

describe('no HTML from a page or a note is live in the file', () => {
  test.each(INERT)('%s', (_, fields, holds, never) => {
    const md = exported(fields);
    for (const s of holds) expect(md).toContain(s);
    for (const s of never) expect(md).not.toContain(s);
  });

  test("every < left in the stored highlights' export opens a link destination of ours", async () => {
    const hostile = INERT.map(([, fields], i) => ({
      ...OTHER,
      ...fields,
      id: `hostile-${i}`,
      url: `${fields.url ?? OTHER.url}#${i}`,
    }));
    const { text } = await exportHighlights(
      await storeWith([...HIGHLIGHTS, ...hostile]),
      'markdown',
      NOW,
    );
    expect(text.replace(/\]\(<[^<>\n]*>\)/g, '](…)')).not.toContain('<');
    expect(text).toContain('&lt;img src=x onerror=alert(1)>');
  });

  test("an imported pack's name, attribution, heading and words are inert too", () => {
    const fromPack = {
      ...paragraph('VII.3'),
      pack: 'p1',
      sectionHeading: '<i>Heading</i>',
      text: 'Pack words <img src=x onerror=alert(1)> &amp; more',
    };
    const ctx: MarkdownContext = {
      ...bare,
      reviewOn: new Map([['VII-03', [fromPack]]]),
      packs: new Map([['p1', { name: '<b>Pack</b>', attribution: 'by <a href=x>me</a>' }]]),
    };
    const md = exportMarkdown([{ ...HIGHLIGHTS[1] }], ctx);
    expect(md).toContain(
      '> Pack words &lt;img src=x onerror=alert(1)> &amp;amp; more\n\n— *&lt;b>Pack&lt;/b>*, by &lt;a href=x>me&lt;/a>, section “&lt;i>Heading&lt;/i>”',
    );
    expect(md).not.toMatch(/<[a-z]/i);
  });
});
