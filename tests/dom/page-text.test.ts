// The page text model in jsdom: what is read, what is skipped, and offsets
// that map back to the right text nodes.

import { extractPageText, rangeFor, UI_ATTRIBUTE, offsetOf } from '../../src/dom/page-text';

function textOf(html: string): string {
  document.body.innerHTML = html;
  return extractPageText(document.body).text.trimEnd();
}

describe('what is read', () => {
  test.each([
    ['blocks become line breaks', '<p>one</p><p>two</p>', 'one\ntwo'],
    ['<br> becomes a line break', 'one<br>two', 'one\ntwo'],
    ['inline markup joins without a break', 'revo<em>lu</em>tion', 'revolution'],
    ['text after a nested block is separated', '<div><p>one</p>tail</div>', 'one\ntail'],
    ['footnote markers are skipped', 'dual power?<sup>1</sup> We', 'dual power? We'],
    ['a long superscript is kept', 'x<sup>see the notes</sup>', 'xsee the notes'],
    [
      'scripts, styles and form fields are skipped',
      'a<script>b()</script><style>c{}</style><textarea>d</textarea><input value="e">f',
      'af',
    ],
    [
      'hidden subtrees are skipped',
      'a<span hidden>b</span><span style="display:none">c</span>d',
      'ad',
    ],
    ['editable regions are skipped', 'a<div contenteditable="true">b</div>c', 'a\nc'],
    ['our own UI is skipped', `a<div ${UI_ATTRIBUTE}>card</div>b`, 'a\nb'],
  ])('%s', (_name, html, expected) => {
    expect(textOf(html)).toBe(expected);
  });
});

describe('ranges map back to the DOM', () => {
  test.each([
    ['inside one node', '<p>the masses in events</p>', 'masses', 'masses'],
    ['across inline elements', '<p>the <em>mas</em>ses rose</p>', 'masses rose', 'masses rose'],
    ['across blocks', '<p>first para</p><p>second para</p>', 'para\nsecond', 'parasecond'],
    [
      'across a skipped footnote (the range spans the marker)',
      '<p>dual power?<sup>1</sup> We must</p>',
      'power? We',
      'power?1 We',
    ],
  ])('%s', (_name, html, wanted, expected) => {
    document.body.innerHTML = html;
    const page = extractPageText(document.body);
    const start = page.text.indexOf(wanted);
    expect(rangeFor(page, start, start + wanted.length)!.toString()).toBe(expected);
  });
});

test('5,000-deep nesting is read without recursion', () => {
  const depth = 5000;
  // Built detached: jsdom's own teardown recurses, our walker must not.
  const root = document.createElement('div');
  let parent: Element = root;
  for (let i = 0; i < depth; i++)
    parent = parent.appendChild(document.createElement(i % 2 ? 'span' : 'div'));
  parent.textContent = 'deep';
  expect(extractPageText(root).text.trim()).toBe('deep');
});

describe('offsetOf: DOM points back to text offsets', () => {
  const doc = new DOMParser().parseFromString(
    '<body><p>Alpha <em>beta</em> gamma</p><script>x()</script><p>Delta</p></body>',
    'text/html',
  );
  const page = extractPageText(doc.body);
  const [p1, , p2] = [...doc.body.children];
  test.each([
    ['a text point', () => [p1.firstChild!, 2], 2],
    ['inside <em>', () => [p1.querySelector('em')!.firstChild!, 1], page.text.indexOf('beta') + 1],
    ['an element point before a child', () => [p1, 1], page.text.indexOf('beta')],
    [
      'an element point after the last child',
      () => [p1, p1.childNodes.length],
      page.text.indexOf('gamma') + 5,
    ],
    ['the second paragraph', () => [p2.firstChild!, 0], page.text.indexOf('Delta')],
    ['a skipped script', () => [doc.querySelector('script')!.firstChild!, 0], null],
  ] as [string, () => [Node, number], number | null][])('%s', (_n, point, expected) => {
    const [node, offset] = point();
    expect(offsetOf(page, node, offset)).toBe(expected);
  });
});
