// Notes are Markdown the reader typed: rendered as elements, never as HTML;
// links only to http(s) pages.

import { render } from '@testing-library/preact';
import { NoteText } from '../../../src/ui/library';

const html = (note: string) => render(<NoteText note={note} />).container.innerHTML;

test('paragraphs, line breaks, lists, emphasis, code', () => {
  expect(
    html('One **bold** and *em* and `x<y`\nnext line\n\n- a\n- b _c_\n\n1. first\n2. second'),
  ).toBe(
    '<div><p>One <strong>bold</strong> and <em>em</em> and <code>x&lt;y</code><br>next line</p>' +
      '<ul><li>a</li><li>b <em>c</em></li></ul><ol><li>first</li><li>second</li></ol></div>',
  );
});

test('http(s) links open in a new tab; other schemes stay text', () => {
  const { container } = render(
    <NoteText
      note={'[ok](https://example.org/a) [bad](javascript:alert(1)) [data](data:text/html,x)'}
    />,
  );
  const links = container.querySelectorAll('a');
  expect(links).toHaveLength(1);
  expect(links[0].getAttribute('href')).toBe('https://example.org/a');
  expect(links[0].getAttribute('rel')).toBe('noopener noreferrer');
  expect(container.textContent).toContain('[bad](javascript:alert(1))');
});

test('HTML in a note is text', () => {
  const { container } = render(
    <NoteText note={'<img src=x onerror=alert(1)> <script>alert(1)</script> **<b>x</b>**'} />,
  );
  expect(container.querySelector('img, script, b')).toBeNull();
  expect(container.textContent).toBe(
    '<img src=x onerror=alert(1)> <script>alert(1)</script> <b>x</b>',
  );
});

const RENDERED: [string, string, string][] = [
  ['a paragraph', 'the masses', '<p>the masses</p>'],
  ['blank lines part paragraphs', 'a\n \nb', '<p>a</p><p>b</p>'],
  ['CRLF line breaks', 'a\r\nb', '<p>a<br>b</p>'],
  ['emphasis inside strong', '**a *b* c**', '<p><strong>a <em>b</em> c</strong></p>'],
  ['strong in a list item', '* **x**\n* y', '<ul><li><strong>x</strong></li><li>y</li></ul>'],
  ['numbered with )', '1) a\n2) b', '<ol><li>a</li><li>b</li></ol>'],
  [
    'a link',
    'see [the **review**](https://example.org/r?a=1&b=2)',
    '<p>see <a href="https://example.org/r?a=1&amp;b=2" target="_blank" rel="noopener noreferrer">the <strong>review</strong></a></p>',
  ],
  ['a javascript: link is text', '[x](javascript:alert(1))', '<p>[x](javascript:alert(1))</p>'],
  ['a vbscript: link is text', '[x](vbscript:msgbox)', '<p>[x](vbscript:msgbox)</p>'],
  ['code keeps Markdown and HTML as text', '`**<b>**`', '<p><code>**&lt;b&gt;**</code></p>'],
  ['unclosed marks are text', '**a `b [c', '<p>**a `b [c</p>'],
  ['20,000 [ in one line', '['.repeat(20_000), `<p>${'['.repeat(20_000)}</p>`],
  ['20,000 [](', '[]('.repeat(6_667), `<p>${'[]('.repeat(6_667)}</p>`],
];

test.each(RENDERED)('%s', (_, note, body) => {
  expect(html(note)).toBe(`<div>${body}</div>`);
});
