// The generated highlight rules per browser: on :root in Chromium (an unscoped
// ::highlight() rule is resolved on every element at each style recalc; the
// highlight cascade carries a :root rule to every descendant), unscoped in
// Firefox 140, which has no highlight inheritance.
import layers from '../../../src/data/layers.json';
import { HIGHLIGHT_SCOPE, highlightCss } from '../../../scripts/lib/highlight-css.mjs';

const rules = (css: string) => css.split('\n').filter((line) => line.includes('::highlight('));
/** Each layer: its light and dark name, and a stance layer its two "-line" names as well. */
const expectedRules = layers.reduce((n, l) => n + (l.kind === 'stance' ? 4 : 2), 0);

describe.each([
  ['chrome', ':root::highlight('],
  ['firefox', '::highlight('],
] as const)('%s build', (browser, start) => {
  const css = highlightCss(undefined, HIGHLIGHT_SCOPE[browser]);

  it(`starts every rule with ${start}`, () => {
    expect(rules(css)).toHaveLength(expectedRules);
    for (const rule of rules(css)) expect(rule.startsWith(start)).toBe(true);
  });

  it('names the same highlights with the same declarations as the other build', () => {
    const other = highlightCss(undefined, HIGHLIGHT_SCOPE[browser === 'chrome' ? 'firefox' : 'chrome']);
    const unscoped = (c: string) => rules(c).map((r) => r.slice(r.indexOf('::highlight(')));
    expect(unscoped(css)).toEqual(unscoped(other));
  });
});
