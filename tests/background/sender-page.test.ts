// Which pages a content script may name: its own origin (history.pushState
// reaches no further), or for a document of an opaque origin, its own page.
import { claimedPage, mayName } from '../../src/background/sender-page';

const CH26 = 'https://www.marxists.org/archive/trotsky/1930/hrr/ch26.htm';

test.each([
  [CH26, CH26, true],
  [CH26, `${CH26}#p4`, true],
  [CH26, 'https://www.marxists.org/archive/trotsky/1930/hrr/ch27.htm', true],
  [CH26, 'https://www.marxists.org:8443/archive/x.htm', false],
  [CH26, 'http://www.marxists.org/archive/trotsky/1930/hrr/ch26.htm', false],
  [CH26, 'https://marxists.org/archive/trotsky/1930/hrr/ch26.htm', false],
  [CH26, 'https://www.marxists.org.evil.example/archive/x.htm', false],
  [CH26, 'file:///home/reader/ch26.htm', false],
  [CH26, 'not a url', false],
  ['file:///home/reader/ch26.htm', 'file:///home/reader/ch26.htm#x', true],
  ['file:///home/reader/ch26.htm', 'file:///home/reader/other.htm', false],
  ['about:srcdoc', 'about:srcdoc', true],
  ['about:srcdoc', CH26, false],
])('a content script on %s may name %s: %s', (sender, claimed, allowed) => {
  expect(mayName(sender, claimed)).toBe(allowed);
});

test('claimedPage passes the claim through or refuses, and only for content scripts', () => {
  const content = { caller: 'content' as const, tabId: 3, frameId: 0, url: CH26 };
  expect(claimedPage(content, 'highlightsForPage', `${CH26}#x`)).toBe(`${CH26}#x`);
  expect(() => claimedPage(content, 'highlightsForPage', 'https://blog.example/')).toThrow(
    /^refused: highlightsForPage names a page outside the sender's origin/,
  );
  expect(() =>
    claimedPage(
      { caller: 'page', url: 'chrome-extension://x/library.html' },
      'highlightsForPage',
      CH26,
    ),
  ).toThrow(/comes from a content script/);
});
