// Notes are Markdown the reader typed: rendered as elements, never as HTML;
// links only to http(s) pages.

import { render } from '@testing-library/preact';
import { NoteText } from '../../../src/ui/library';

const html = (note: string) => render(<NoteText note={note} />).container.innerHTML;

test('paragraphs, line breaks, lists, emphasis, code', () => {
  expect(html('One **bold** and *em* and `x<y`\nnext line\n\n- a\n- b _c_\n\n1. first\n2. second')).toBe(
    '<div><p>One <strong>bold</strong> and <em>em</em> and <code>x&lt;y</code><br>next line</p>' +
    '<ul><li>a</li><li>b <em>c</em></li></ul><ol><li>first</li><li>second</li></ol></div>',
  );
});

test('http(s) links open in a new tab; other schemes stay text', () => {
  const { container } = render(<NoteText note={'[ok](https://example.org/a) [bad](javascript:alert(1)) [data](data:text/html,x)'} />);
  const links = container.querySelectorAll('a');
  expect(links).toHaveLength(1);
  expect(links[0].getAttribute('href')).toBe('https://example.org/a');
  expect(links[0].getAttribute('rel')).toBe('noopener noreferrer');
  expect(container.textContent).toContain('[bad](javascript:alert(1))');
});

test('HTML in a note is text', () => {
  const { container } = render(<NoteText note={'<img src=x onerror=alert(1)> <script>alert(1)</script> **<b>x</b>**'} />);
  expect(container.querySelector('img, script, b')).toBeNull();
  expect(container.textContent).toBe('<img src=x onerror=alert(1)> <script>alert(1)</script> <b>x</b>');
});
