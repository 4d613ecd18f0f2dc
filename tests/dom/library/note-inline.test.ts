// The note's inline scanner: it reads what the old backtracking regex read
// (checked case by case and on 30,000 seeded random lines), and its work grows
// linearly with the line, counted in steps rather than timed.

import { parseInline, type InlineNode, type ScanMeter } from '../../../src/ui/library/note-inline';
import { makeRng } from '../../../bench/engine/rng';

/** The regex NoteText used before the scanner: the reference for what is read. */
const INLINE = /(\*\*|__)(.+?)\1|(\*|_)(?!\s)(.+?)\3|`([^`]+)`|\[([^\]]+)\]\(([^()\s]+)\)/g;
const SAFE_LINK = /^https?:\/\/[^\s]+$/i;

function byRegex(text: string): InlineNode[] {
  const out: InlineNode[] = [];
  let last = 0;
  for (const m of text.matchAll(INLINE)) {
    if (m.index > last) out.push(text.slice(last, m.index));
    if (m[2] !== undefined) out.push({ kind: 'strong', children: byRegex(m[2]) });
    else if (m[4] !== undefined) out.push({ kind: 'em', children: byRegex(m[4]) });
    else if (m[5] !== undefined) out.push({ kind: 'code', text: m[5] });
    else if (SAFE_LINK.test(m[7])) out.push({ kind: 'link', href: m[7], children: byRegex(m[6]) });
    else out.push(m[0]);
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

const strong = (...children: InlineNode[]): InlineNode => ({ kind: 'strong', children });
const em = (...children: InlineNode[]): InlineNode => ({ kind: 'em', children });
const code = (text: string): InlineNode => ({ kind: 'code', text });
const link = (href: string, ...children: InlineNode[]): InlineNode => ({
  kind: 'link',
  href,
  children,
});

const CASES: [string, string, InlineNode[]][] = [
  ['plain text', 'the masses moved', ['the masses moved']],
  ['strong', 'a **b** c', ['a ', strong('b'), ' c']],
  ['strong with underscores', '__b__', [strong('b')]],
  ['emphasis', '*a* and _b_', [em('a'), ' and ', em('b')]],
  ['emphasis inside strong', '**a *b* c**', [strong('a ', em('b'), ' c')]],
  ['strong takes the first closing pair', '**a**b**', [strong('a'), 'b**']],
  ['four stars: emphasis of a star', '****', [em('*'), '*']],
  ['three stars', '***a**', [strong('*a')]],
  ['no emphasis opened by a space', '* a*', ['* a*']],
  ['no emphasis across a line terminator', '*a\u2028b*', ['*a\u2028b*']],
  ['no strong across a line terminator', '**a\rb**', ['**a\rb**']],
  ['unclosed strong falls back to emphasis', '**a*', [em('*a')]],
  ['code', 'x `a<b` y', ['x ', code('a<b'), ' y']],
  ['code keeps its stars', '`**a**`', [code('**a**')]],
  ['empty code is text', '``a', ['``a']],
  ['code may span a line terminator', '`a\u2028b`', [code('a\u2028b')]],
  ['https link', '[ok](https://example.org/a)', [link('https://example.org/a', 'ok')]],
  ['http link, any case', '[ok](HTTP://x)', [link('HTTP://x', 'ok')]],
  [
    'link text is inline Markdown',
    '[**ok**](https://x.org)',
    [link('https://x.org', strong('ok'))],
  ],
  ['javascript: stays text', '[bad](javascript:alert)', ['[bad](javascript:alert)']],
  ['data: stays text', '[d](data:text/html,x)', ['[d](data:text/html,x)']],
  ['a bare scheme is no link', '[a](https://)', ['[a](https://)']],
  ['url with a space is no link', '[a](https://x y)', ['[a](https://x y)']],
  ['url with parentheses is no link', '[a](https://x(1))', ['[a](https://x(1))']],
  ['empty link text', '[](https://x)', ['[](https://x)']],
  ['nested brackets: the first ] ends the text', '[[a](https://x)', [link('https://x', '[a')]],
  ['HTML is text', '<img src=x onerror=alert(1)>', ['<img src=x onerror=alert(1)>']],
  ['20,000 [', '['.repeat(20_000), ['['.repeat(20_000)]],
];

describe('reads each case as the old regex did', () => {
  test.each(CASES)('%s', (_, text, want) => {
    expect(parseInline(text)).toEqual(want);
    expect(byRegex(text)).toEqual(want);
  });
});

test('reads 30,000 seeded random lines exactly as the old regex did', () => {
  const rng = makeRng(20_251_127);
  const pieces = [
    '*',
    '**',
    '_',
    '__',
    '`',
    '[',
    ']',
    '(',
    ')',
    '](',
    'https://',
    'http://x',
    'a',
    'b',
    ' ',
    '\u00a0',
    '\u2028',
    '\r',
    '\n',
    'javascript:',
  ];
  for (let k = 0; k < 30_000; k++) {
    const text = Array.from({ length: rng.int(0, 14) }, () => rng.pick(pieces)).join('');
    expect(JSON.stringify([text, parseInline(text)])).toBe(JSON.stringify([text, byRegex(text)]));
  }
});

/** Adversarial lines of about `chars` characters, each a known trap for a backtracking reader. */
const ADVERSARIAL: [string, (chars: number) => string][] = [
  ['[', (c) => '['.repeat(c)],
  ['[](', (c) => '[]('.repeat(c / 3)],
  ['**', (c) => '**'.repeat(c / 2)],
  ['backticks', (c) => '`'.repeat(c)],
  ['nested brackets', (c) => `${'['.repeat(c / 2)}${']'.repeat(c / 2)}`],
  ['[a](x without )', (c) => '[a](x '.repeat(c / 6)],
  ['*a opened, never closed', (c) => `*${'a'.repeat(c - 1)}`],
  ['**_*__ nesting', (c) => '**_*__a'.repeat(c / 7)],
  ['[ then ** then `', (c) => '[**`'.repeat(c / 4)],
];

function steps(text: string): number {
  const meter: ScanMeter = { steps: 0 };
  parseInline(text, meter);
  return meter.steps;
}

describe('steps grow linearly with the line', () => {
  test.each(ADVERSARIAL)('%s', (_, line) => {
    const [small, large] = [steps(line(2_000)), steps(line(20_000))];
    expect(small).toBeGreaterThan(0);
    // Ten times the characters, ten times the steps (give or take rounding of
    // the repeat counts); the old regex did about a hundred times the work.
    expect(large / small).toBeLessThan(11);
    expect(large).toBeLessThan(20 * 20_000);
  });
});
